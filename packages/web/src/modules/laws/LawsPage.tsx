import { ImportOutlined } from '@ant-design/icons';
import { Button, Card, Input, Segmented, Select, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useCan } from '../../app/session';
import { QueryError } from '../../shared/QueryError';
import { useIsMobile } from '../../shared/useIsMobile';
import { useUrlParams } from '../../shared/useUrlParams';
import { ImportLawModal } from './ImportLawModal';
import { isLawLevel, LEVEL_OPTIONS } from './labels';
import { LevelTag } from './parts';
import { useLaws } from './queries';
import type { LawSummary } from '@zhifa/contract';
import './laws.css';

export default function LawsPage() {
  const can = useCan();
  const isMobile = useIsMobile();
  const navigate = useNavigate();
  const url = useUrlParams();
  const levelParam = url.get('level');
  const level = isLawLevel(levelParam) ? levelParam : undefined;
  const [importing, setImporting] = useState(false);
  const laws = useLaws({ level });

  const setLevel = (value: string | undefined) => url.set('level', value);
  const search = (q: string) => {
    const text = q.trim();
    if (!text) return;
    const query = new URLSearchParams({ q: text, ...(level ? { level } : {}) });
    void navigate(`/laws/search?${query.toString()}`);
  };

  const columns: ColumnsType<LawSummary> = [
    {
      title: '名称',
      dataIndex: 'shortTitle',
      render: (short: string, l) => (
        <div>
          <Link to={`/laws/${l.id}`} className="cell-strong">
            {short}
          </Link>
          {l.title !== short && (
            <div className="law-full-title">
              <Typography.Text type="secondary" className="cell-sub">
                {l.title}
              </Typography.Text>
            </div>
          )}
        </div>
      ),
    },
    { title: '效力级别', dataIndex: 'level', width: 110, render: (v: LawSummary['level']) => <LevelTag level={v} /> },
    { title: '制定机关', dataIndex: 'issuer', width: 230, responsive: ['lg'], render: (v: string | null) => v ?? '—' },
    {
      title: '现行版本',
      dataIndex: 'versionDate',
      width: 130,
      render: (d: string, l) => (
        <div>
          <div className="nowrap">{d}</div>
          {l.versionCount > 1 && (
            <Typography.Text type="secondary" className="cell-sub">
              共 {l.versionCount} 个版本
            </Typography.Text>
          )}
        </div>
      ),
    },
    { title: '条数', dataIndex: 'articleCount', width: 70, align: 'right', responsive: ['sm'] },
  ];

  const levelChoices = [{ value: '', label: '全部' }, ...LEVEL_OPTIONS];
  return (
    <Card>
      <div className="table-toolbar">
        <div className="law-toolbar-filters">
          {isMobile ? (
            <Select
              id="law-level"
              className="filter-select"
              value={level ?? ''}
              options={levelChoices}
              onChange={(v) => setLevel(v || undefined)}
            />
          ) : (
            <Segmented
              id="law-level"
              value={level ?? ''}
              options={levelChoices}
              onChange={(v) => setLevel(String(v) || undefined)}
            />
          )}
          <Input.Search
            id="law-search"
            className="law-search-box"
            placeholder="检索法规名称和条文，如：简易程序"
            enterButton="检索"
            allowClear
            maxLength={100}
            onSearch={search}
          />
        </div>
        {can('law:manage') && (
          <Button icon={<ImportOutlined />} onClick={() => setImporting(true)}>
            导入法律法规
          </Button>
        )}
      </div>
      {laws.isError ? (
        <QueryError error={laws.error} onRetry={() => void laws.refetch()} />
      ) : (
        <Table<LawSummary>
          rowKey="id"
          size={isMobile ? 'small' : 'middle'}
          columns={columns}
          dataSource={laws.data ?? []}
          loading={laws.isPending}
          pagination={{ defaultPageSize: 20, hideOnSinglePage: true, showTotal: (total) => `共 ${total} 部` }}
        />
      )}
      {can('law:manage') && <ImportLawModal open={importing} onClose={() => setImporting(false)} />}
    </Card>
  );
}
