import { Alert, Card, DatePicker, Empty, Input, Space, Spin, Tag, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { QueryError } from '../../shared/QueryError';
import { useUrlParams } from '../../shared/useUrlParams';
import { CitationCopy, Highlight, LevelTag } from './parts';
import { useLawFind } from './queries';
import type { FindArticle, FindItem, FindReason, VersionRelation } from '@zhifa/contract';
import './laws.css';

const RELATION_LABEL: Record<VersionRelation, string> = { inForce: '当日有效', older: '旧版本', newer: '尚未施行' };
const RELATION_COLOR: Record<VersionRelation, string> = { inForce: 'green', older: 'default', newer: 'orange' };
const ROLE_LABEL = { basis: '违法依据', penalty: '处罚依据' } as const;

/** Why a result matched, in words: the thesaurus entry that led there, or the words found. */
function reasonText(r: FindReason): string {
  const via = r.thesaurus && r.matched !== r.thesaurus.term ? `${r.term} → ` : '';
  switch (r.kind) {
    case 'phrase':
      return `${via}“${r.matched}”`;
    case 'words':
      return `${via}词语 ${r.matched}`;
    case 'title':
      return `法规名称含“${r.matched}”`;
    case 'fuzzy':
      return r.matched && r.matched !== r.term ? `${r.term} → “${r.matched}”（字形相近）` : `字形相近：${r.term}`;
  }
}

function Reasons({ reasons }: { reasons: FindReason[] }) {
  if (reasons.length === 0) return null;
  return (
    <div className="find-reasons">
      <Typography.Text type="secondary">匹配：</Typography.Text>
      {reasons.map((r, i) => (
        <Tooltip
          key={i}
          title={r.thesaurus ? `同义词表：${r.thesaurus.term} → ${r.thesaurus.expansions.join('、')}` : undefined}
        >
          <Tag className="find-reason" color={r.thesaurus ? 'purple' : r.kind === 'fuzzy' ? 'orange' : 'blue'}>
            {r.thesaurus ? '同义词 ' : ''}
            {reasonText(r)}
          </Tag>
        </Tooltip>
      ))}
    </div>
  );
}

function ItemCard({ item }: { item: FindItem }) {
  return (
    <div className="find-result find-item" data-code={item.code}>
      <div className="find-head">
        <Tag color="geekblue">执法事项</Tag>
        <span className="find-title">
          <Highlight text={item.name} terms={item.highlights} />
        </span>
      </div>
      <Space size={[4, 4]} wrap className="find-meta">
        <Typography.Text type="secondary">{item.code}</Typography.Text>
        <Tag>{item.domain}</Tag>
        {item.delegated && <Tag color="green">本乡镇已赋权</Tag>}
        {!item.active && <Tag>已停用</Tag>}
      </Space>
      <Reasons reasons={item.reasons} />
      {item.articles.length > 0 && (
        <div className="find-links">
          {item.articles.map((a, i) => (
            <div key={i} className="find-link">
              <Typography.Text type="secondary">{ROLE_LABEL[a.role]}：</Typography.Text>
              {a.articleId ? <Link to={`/laws/articles/${a.articleId}`}>{a.citation}</Link> : a.citation}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}

function ArticleCard({ article: a }: { article: FindArticle }) {
  return (
    <div className="find-result find-article" data-citation={a.citation}>
      <div className="find-head">
        <Tag color="cyan">法条</Tag>
        <Link to={`/laws/articles/${a.articleId}`} className="find-title">
          {a.shortTitle} {a.label}
        </Link>
      </div>
      <Space size={[4, 4]} wrap className="find-meta">
        <LevelTag level={a.level} />
        {a.penalty && <Tag color="red">罚则</Tag>}
        <Tag color={RELATION_COLOR[a.version.relation]} className="find-version">
          {a.version.versionDate} 版 · {RELATION_LABEL[a.version.relation]}
        </Tag>
        {a.otherVersions.map((v) => (
          <Link key={v.versionId} to={`/laws/${a.lawId}?version=${v.versionId}`}>
            <Tag className="find-other-version">
              另有 {v.versionDate} 版（{RELATION_LABEL[v.relation]}）
            </Tag>
          </Link>
        ))}
      </Space>
      {a.heading && <div className="law-hit-heading">{a.heading}</div>}
      <div className="law-hit-snippet">
        <Highlight text={a.snippet} terms={a.highlights} />
      </div>
      <Reasons reasons={a.reasons} />
      {a.citedBy.length > 0 && (
        <div className="find-links">
          <Typography.Text type="secondary">引用本条的执法事项：</Typography.Text>
          {a.citedBy.map((c) => (
            <div key={`${c.itemId}-${c.role}`} className="find-link">
              {c.name}
              <Typography.Text type="secondary">
                {' '}
                （{c.code}，{ROLE_LABEL[c.role]}
                {c.delegated ? '，本乡镇已赋权' : ''}）
              </Typography.Text>
            </div>
          ))}
        </div>
      )}
      <CitationCopy citation={a.citation} />
    </div>
  );
}

/**
 * The law search: officers type what they see (占道经营, 遛狗不牵绳, 过了两年还能罚吗) and get the
 * enforcement items and the articles together, each saying why it matched, with the version in
 * force on the chosen date (today, or a case's act date).
 */
export default function SearchPage() {
  // Each search is a step in the history, so the back button returns to the previous one.
  const { get, update } = useUrlParams({ replace: false });
  const q = get('q') ?? '';
  const dateParam = get('date');
  const date = dateParam && /^\d{4}-\d{2}-\d{2}$/.test(dateParam) ? dateParam : undefined;
  const [draft, setDraft] = useState(q);
  useEffect(() => setDraft(q), [q]);
  const result = useLawFind(q, date);

  const data = result.data;
  return (
    <Card>
      <div className="law-toolbar-filters law-search-bar find-bar">
        <Input.Search
          id="search-q"
          className="law-search-box"
          placeholder="用平常的话描述，例如：占道经营、遛狗不牵绳、过了两年还能罚吗"
          enterButton="检索"
          allowClear
          maxLength={100}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onSearch={(v) => update({ q: v.trim() || undefined })}
        />
        <DatePicker
          id="search-date"
          className="find-date"
          placeholder="版本日期（默认今天）"
          value={date ? dayjs(date) : null}
          onChange={(d) => update({ date: d ? d.format('YYYY-MM-DD') : undefined })}
        />
        <Link to="/laws/thesaurus">同义词表</Link>
      </div>

      {q.trim() === '' ? (
        <Empty description="输入执法中常说的词语或问题，同时检索执法事项和法条，例如：违建、餐馆油烟、找不到当事人怎么送达" />
      ) : result.isError ? (
        <QueryError error={result.error} onRetry={() => void result.refetch()} />
      ) : !data ? (
        <div className="page-loading">
          <Spin />
        </div>
      ) : (
        <Spin spinning={result.isFetching}>
          {data.thesaurus.length > 0 && (
            <div className="find-thesaurus">
              <Typography.Text type="secondary">按同义词表一并检索：</Typography.Text>
              {data.thesaurus.map((t) => (
                <Tag key={t.id} color="purple">
                  {t.term} → {t.expansions.join('、')}
                </Tag>
              ))}
            </div>
          )}
          {data.corrections.length > 0 && (
            <Alert
              className="law-search-note"
              type="info"
              showIcon
              title={`已按${data.corrections.map((c) => `“${c.word}”`).join('、')}检索（输入的是${data.corrections.map((c) => `“${c.typed}”`).join('、')}）。`}
            />
          )}
          {data.fuzzy && data.corrections.length === 0 && (
            <Alert
              className="law-search-note"
              type="info"
              showIcon
              title="有词语在法规中找不到，以下含字面相近的结果。"
            />
          )}
          <Typography.Paragraph type="secondary" className="law-search-count">
            {data.items.length + data.articles.length > 0
              ? `执法事项 ${data.items.length} 项，法条 ${data.articles.length} 条（${data.date} 有效版本）`
              : '没有找到相关的执法事项或法条，请换个说法试试。'}
          </Typography.Paragraph>
          <div className="find-columns">
            {data.items.length > 0 && (
              <section className="find-section" aria-label="执法事项">
                <Typography.Title level={5}>执法事项</Typography.Title>
                {data.items.slice(0, 8).map((i) => (
                  <ItemCard key={i.itemId} item={i} />
                ))}
              </section>
            )}
            {data.articles.length > 0 && (
              <section className="find-section" aria-label="法条">
                <Typography.Title level={5}>法条</Typography.Title>
                {data.articles.map((a) => (
                  <ArticleCard key={a.articleId} article={a} />
                ))}
              </section>
            )}
          </div>
        </Spin>
      )}
    </Card>
  );
}
