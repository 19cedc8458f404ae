import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Skeleton, Typography } from 'antd';
import { formatCitation } from '@zhifa/domain';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { QueryError } from '../../shared/QueryError';
import { validityText } from './labels';
import { ArticleBody, CitationCopy, LevelTag } from './parts';
import { useArticle } from './queries';
import type { ArticleDetail } from '@zhifa/contract';
import './laws.css';

/** Citations of each paragraph and item, for copying into a record. */
function provisionCitations(a: ArticleDetail): { key: string; citation: string }[] {
  if (a.paragraphs.length < 2 && a.paragraphs.every((p) => p.items.length === 0)) return [];
  const base = { lawTitle: a.law.shortTitle, article: a.number, ...(a.suffix ? { articleSuffix: a.suffix } : {}) };
  return a.paragraphs.flatMap((p) => [
    { key: `${p.number}`, citation: formatCitation({ ...base, paragraph: p.number }) },
    ...p.items.map((i) => ({
      key: `${p.number}-${i.number}`,
      citation: formatCitation({ ...base, paragraph: p.number, item: i.number }),
    })),
  ]);
}

export default function ArticlePage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const article = useArticle(id);

  if (article.isError) return <QueryError error={article.error} onRetry={() => void article.refetch()} />;
  if (!article.data)
    return (
      <Card>
        <Skeleton active />
      </Card>
    );
  const a = article.data;
  const place = [a.part, a.chapter, a.section].filter((h) => h !== null).map((h) => `${h.label} ${h.title}`);
  const provisions = provisionCitations(a);
  const lawLink = `/laws/${a.law.id}${a.version.current ? '' : `?version=${a.version.id}`}`;

  return (
    <Card className="law-article-page">
      <div className="law-meta">
        <Link to={lawLink} className="cell-strong">
          {a.law.title}
        </Link>
        <LevelTag level={a.law.level} />
        <span>
          {a.version.versionDate} 版{a.version.current ? '（现行）' : ''}
        </span>
      </div>
      {!a.version.current && (
        <Alert
          className="law-history-alert"
          type="warning"
          showIcon
          title={`历史版本条文，有效期 ${validityText(a.version)}。`}
        />
      )}
      {place.length > 0 && <div className="law-heading">{place.join('　')}</div>}
      <Typography.Title level={4} className="law-title">
        {a.label}
      </Typography.Title>
      <div className="law-article-cite">
        引用：
        <CitationCopy citation={a.citation} />
      </div>
      <div className="law-article-single">
        <ArticleBody paragraphs={a.paragraphs} />
      </div>
      {provisions.length > 0 && (
        <div className="law-provisions">
          <Typography.Text type="secondary">引用到款、项：</Typography.Text>
          <ul>
            {provisions.map((p) => (
              <li key={p.key}>
                <CitationCopy citation={p.citation} />
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="law-pager">
        <Button
          icon={<LeftOutlined />}
          disabled={!a.prev}
          onClick={() => a.prev && void navigate(`/laws/articles/${a.prev.id}`)}
        >
          {a.prev ? a.prev.label : '已是第一条'}
        </Button>
        <Button className="law-pager-back" onClick={() => void navigate(lawLink)}>
          返回全文
        </Button>
        <Button disabled={!a.next} onClick={() => a.next && void navigate(`/laws/articles/${a.next.id}`)}>
          {a.next ? a.next.label : '已是最后一条'}
          <RightOutlined />
        </Button>
      </div>
    </Card>
  );
}
