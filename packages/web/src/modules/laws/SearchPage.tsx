import { Alert, Card, Empty, Input, List, Pagination, Select, Space, Spin, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { QueryError } from '../../shared/QueryError';
import { isLawLevel, LEVEL_COLORS, LEVEL_OPTIONS } from './labels';
import { CitationCopy, Highlight, LevelTag } from './parts';
import { SEARCH_PAGE_SIZE, useLawSearch } from './queries';
import type { SearchHit } from './types';
import './laws.css';

export default function SearchPage() {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const levelParam = params.get('level');
  const level = isLawLevel(levelParam) ? levelParam : undefined;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [draft, setDraft] = useState(q);
  useEffect(() => setDraft(q), [q]);
  const result = useLawSearch(q, level, page);

  const update = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next);
  };

  const data = result.data;
  const terms = data?.terms ?? [];
  return (
    <Card>
      <div className="law-toolbar-filters law-search-bar">
        <Select
          id="search-level"
          className="filter-select-narrow"
          allowClear
          placeholder="全部级别"
          options={LEVEL_OPTIONS}
          value={level}
          onChange={(v) => update({ level: v, page: undefined })}
        />
        <Input.Search
          id="search-q"
          className="law-search-box"
          placeholder="输入词语，多个词用空格分开"
          enterButton="检索"
          allowClear
          maxLength={100}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onSearch={(v) => update({ q: v.trim() || undefined, page: undefined })}
        />
      </div>

      {q.trim() === '' ? (
        <Empty description="输入词语检索法律法规名称和条文，例如：简易程序、噪声、当场收缴罚款" />
      ) : result.isError ? (
        <QueryError error={result.error} onRetry={() => result.refetch()} />
      ) : !data ? (
        <div className="page-loading">
          <Spin />
        </div>
      ) : (
        <>
          {data.laws.length > 0 && (
            <div className="law-search-laws">
              <Typography.Text type="secondary">名称相符的法律法规：</Typography.Text>
              <Space size={[4, 8]} wrap>
                {data.laws.map((l) => (
                  <Link key={l.id} to={`/laws/${l.id}`}>
                    <Tag color={LEVEL_COLORS[l.level]}>{l.shortTitle}</Tag>
                  </Link>
                ))}
              </Space>
            </div>
          )}
          {data.fuzzy && (
            <Alert className="law-search-note" type="info" showIcon title="没有条文包含全部词语，以下为字面相近的条文。" />
          )}
          <Typography.Paragraph type="secondary" className="law-search-count">
            {data.total > 0 ? `共找到 ${data.total} 条相关条文` : '没有找到相关条文，请换个词语试试。'}
          </Typography.Paragraph>
          <Spin spinning={result.isFetching}>
            <List<SearchHit>
              itemLayout="vertical"
              dataSource={data.hits}
              rowKey="articleId"
              renderItem={(h) => (
                <List.Item className="law-hit">
                  <div className="law-hit-head">
                    <Link to={`/laws/articles/${h.articleId}`} className="law-hit-title">
                      <Highlight text={`${h.shortTitle} ${h.label}`} terms={terms} />
                    </Link>
                    <LevelTag level={h.level} />
                  </div>
                  {h.heading && (
                    <div className="law-hit-heading">
                      <Highlight text={h.heading} terms={terms} />
                    </div>
                  )}
                  <div className="law-hit-snippet">
                    <Highlight text={h.snippet} terms={terms} />
                  </div>
                  <CitationCopy citation={h.citation} />
                </List.Item>
              )}
            />
          </Spin>
          {data.total > SEARCH_PAGE_SIZE && (
            <Pagination
              className="law-search-pager"
              current={page}
              pageSize={SEARCH_PAGE_SIZE}
              total={Math.min(data.total, 10_000)}
              showSizeChanger={false}
              onChange={(p) => update({ page: p > 1 ? String(p) : undefined })}
            />
          )}
        </>
      )}
    </Card>
  );
}
