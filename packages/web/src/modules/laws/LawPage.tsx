import { MenuFoldOutlined, MenuUnfoldOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Collapse, Drawer, Empty, Row, Select, Skeleton, Space, Typography } from 'antd';
import { Fragment, useMemo, useState } from 'react';
import { useParams } from 'react-router-dom';
import { QueryError } from '../../shared/QueryError';
import { useIsMobile } from '../../shared/useIsMobile';
import { useUrlParams } from '../../shared/useUrlParams';
import { ArticleBlock } from './ArticleBlock';
import { validityText } from './labels';
import { LawToc, type TocSelection } from './LawToc';
import { LevelTag } from './parts';
import { useLaw, useLawArticles } from './queries';
import type { LawArticle, LawDetail } from '@zhifa/contract';
import './laws.css';

function numberParam(v: string | undefined): number | undefined {
  const n = v === undefined ? NaN : Number(v);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

function filterArticles(articles: LawArticle[], s: TocSelection): LawArticle[] {
  return articles.filter(
    (a) =>
      (s.part === undefined || a.partNumber === s.part) &&
      (s.chapter === undefined || a.chapterNumber === s.chapter) &&
      (s.section === undefined || a.sectionNumber === s.section),
  );
}

/** 章/节 headings between articles, so the whole law reads as printed. */
function headingBefore(law: LawDetail, prev: LawArticle | undefined, a: LawArticle): string | null {
  const lines: string[] = [];
  if (a.partNumber !== null && a.partNumber !== prev?.partNumber) {
    const p = law.parts.find((x) => x.number === a.partNumber);
    if (p) lines.push(`${p.label} ${p.title}`);
  }
  const chapter = law.chapters.find((c) => c.number === a.chapterNumber);
  if (chapter && a.chapterNumber !== prev?.chapterNumber) lines.push(`${chapter.label} ${chapter.title}`);
  if (
    chapter &&
    a.sectionNumber !== null &&
    (a.sectionNumber !== prev?.sectionNumber || a.chapterNumber !== prev?.chapterNumber)
  ) {
    const s = chapter.sections.find((x) => x.number === a.sectionNumber);
    if (s) lines.push(`${s.label} ${s.title}`);
  }
  return lines.length ? lines.join('　') : null;
}

export default function LawPage() {
  const { id = '' } = useParams();
  const isMobile = useIsMobile();
  const { get, update } = useUrlParams();
  const versionParam = get('version');
  const selection: TocSelection = {
    part: numberParam(get('part')),
    chapter: numberParam(get('chapter')),
    section: numberParam(get('section')),
  };
  const law = useLaw(id, versionParam);
  const articles = useLawArticles(id, law.data?.version.id);
  const [tocOpen, setTocOpen] = useState(true);
  const [drawer, setDrawer] = useState(false);

  const { part, chapter, section } = selection;
  const shown = useMemo(
    () => filterArticles(articles.data?.articles ?? [], { part, chapter, section }),
    [articles.data, part, chapter, section],
  );

  const select = (s: TocSelection) => {
    update({ part: s.part, chapter: s.chapter, section: s.section });
    setDrawer(false);
  };

  if (law.isError) return <QueryError error={law.error} onRetry={() => void law.refetch()} />;
  if (!law.data)
    return (
      <Card>
        <Skeleton active />
      </Card>
    );
  const data = law.data;
  const v = data.version;
  const hasToc = data.chapters.length > 0;
  const toc = hasToc && (
    <LawToc
      parts={data.parts}
      chapters={data.chapters}
      articleCount={v.articleCount}
      selected={selection}
      onSelect={select}
    />
  );

  return (
    <Space orientation="vertical" size={16} className="full-width">
      <Card>
        <Typography.Title level={4} className="law-title">
          {v.title}
        </Typography.Title>
        <div className="law-meta">
          <LevelTag level={v.level} />
          {v.issuer && <span>{v.issuer}</span>}
          <span>共 {v.articleCount} 条</span>
        </div>
        <div className="law-version-bar">
          <span className="law-version-label">版本：</span>
          <Select
            id="law-version"
            className="law-version-select"
            value={v.id}
            onChange={(value) =>
              update({
                version: value === data.versions.find((x) => x.current)?.id ? undefined : value,
                part: undefined,
                chapter: undefined,
                section: undefined,
              })
            }
            options={data.versions.map((x) => ({
              value: x.id,
              label: `${x.versionDate} 版${x.current ? '（现行）' : ''}　有效期 ${validityText(x)}`,
            }))}
          />
        </div>
        {!v.current && (
          <Alert
            className="law-history-alert"
            type="warning"
            showIcon
            title={`您正在查看历史版本（有效期 ${validityText(v)}），办案请以现行版本为准。`}
          />
        )}
        {v.history.length > 0 && (
          <Collapse
            ghost
            size="small"
            className="law-history"
            items={[
              {
                key: 'history',
                label: '制定及修改沿革',
                children: (
                  <ul className="law-history-list">
                    {v.history.map((h, i) => (
                      <li key={i}>{h.text}</li>
                    ))}
                  </ul>
                ),
              },
            ]}
          />
        )}
      </Card>

      <Row gutter={[16, 16]} wrap={false} className="law-reader">
        {hasToc && !isMobile && tocOpen && (
          <Col flex="300px" className="law-toc-col">
            <Card
              size="small"
              title="目录"
              className="law-toc"
              extra={
                <Button
                  type="text"
                  size="small"
                  icon={<MenuFoldOutlined />}
                  onClick={() => setTocOpen(false)}
                  aria-label="收起目录"
                />
              }
            >
              {toc}
            </Card>
          </Col>
        )}
        <Col flex="auto" className="law-articles-col">
          <Card
            size="small"
            title={
              <Space>
                {hasToc && isMobile && (
                  <Button size="small" icon={<UnorderedListOutlined />} onClick={() => setDrawer(true)}>
                    目录
                  </Button>
                )}
                {hasToc && !isMobile && !tocOpen && (
                  <Button size="small" icon={<MenuUnfoldOutlined />} onClick={() => setTocOpen(true)}>
                    目录
                  </Button>
                )}
                <span>{shown.length === v.articleCount ? '全部条文' : `本部分 ${shown.length} 条`}</span>
              </Space>
            }
          >
            {articles.isError ? (
              <QueryError error={articles.error} onRetry={() => void articles.refetch()} />
            ) : articles.isPending ? (
              <Skeleton active paragraph={{ rows: 8 }} />
            ) : shown.length === 0 ? (
              <Empty description="这一部分没有条文" />
            ) : (
              shown.map((a, i) => {
                const heading = headingBefore(data, shown[i - 1], a);
                return (
                  <Fragment key={a.id}>
                    {heading && <div className="law-heading">{heading}</div>}
                    <ArticleBlock article={a} />
                  </Fragment>
                );
              })
            )}
          </Card>
        </Col>
      </Row>
      {hasToc && isMobile && (
        <Drawer
          open={drawer}
          onClose={() => setDrawer(false)}
          title="目录"
          placement="left"
          size="85%"
          className="law-toc-drawer"
        >
          {toc}
        </Drawer>
      )}
    </Space>
  );
}
