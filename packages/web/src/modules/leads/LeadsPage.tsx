import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useCan } from '../../app/session';
import { QueryError } from '../../shared/QueryError';
import { useIsMobile } from '../../shared/useIsMobile';
import '../cases/cases.css';
import { useLeads } from './api';
import { LEAD_SOURCES, LEAD_SOURCE_LABELS, LEAD_STATUS, type LeadStatus } from './labels';
import { RegisterLeadModal } from './RegisterLeadModal';
import type { Lead } from '@zhifa/contract';
import { VetLeadDrawer } from './VetLeadDrawer';
import { VettingTag } from './VettingTag';

export default function LeadsPage() {
  const can = useCan();
  const isMobile = useIsMobile();
  const [params, setParams] = useSearchParams();
  const filter = {
    status: params.get('status') ?? undefined,
    source: params.get('source') ?? undefined,
    q: params.get('q') ?? undefined,
  };
  const setParam = (name: string, value: string | undefined) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );
  const leads = useLeads(filter);
  const rows = leads.data?.pages.flatMap((p) => p.items) ?? [];
  const [registering, setRegistering] = useState(false);
  const [vetting, setVetting] = useState<Lead | null>(null);

  const columns: ColumnsType<Lead> = [
    {
      title: '案源',
      dataIndex: 'number',
      render: (n: string, l) => (
        <div>
          <Link to={`/leads/${l.id}`} className="cell-strong">
            {n}
          </Link>
          <div className="cell-sub">{l.summary}</div>
          {isMobile && (
            <Space size={4} wrap>
              <Tag>{l.sourceLabel}</Tag>
              <Tag color={LEAD_STATUS[l.status]?.color}>{LEAD_STATUS[l.status]?.label}</Tag>
              <VettingTag lead={l} />
            </Space>
          )}
        </div>
      ),
    },
    ...(isMobile
      ? []
      : ([
          { title: '来源', dataIndex: 'sourceLabel', width: 120, render: (s: string) => <Tag>{s}</Tag> },
          { title: '接收日期', dataIndex: 'receivedAt', width: 110 },
          { title: '当事人', dataIndex: 'partyName', width: 160, render: (v: string | null) => v ?? '—' },
          {
            title: '执法事项',
            dataIndex: 'itemName',
            width: 180,
            ellipsis: true,
            render: (v: string | null) => v ?? '—',
          },
          {
            title: '状态',
            dataIndex: 'status',
            width: 150,
            render: (s: LeadStatus, l: Lead) => (
              <Space size={4} wrap>
                <Tag color={LEAD_STATUS[s]?.color}>{LEAD_STATUS[s]?.label ?? s}</Tag>
                <VettingTag lead={l} />
              </Space>
            ),
          },
          {
            title: '核查期限',
            dataIndex: 'vetDue',
            width: 110,
            render: (d: string | null, l: Lead) => (
              <span className={l.overdue ? 'text-danger' : undefined}>{d ?? '—'}</span>
            ),
          },
        ] as ColumnsType<Lead>)),
    {
      title: '',
      key: 'ops',
      width: 100,
      render: (_v, l) =>
        l.caseId ? (
          <Link to={`/cases/${l.caseId}`}>查看案件</Link>
        ) : l.status === 'pending' && can('lead:manage') ? (
          <Button size="small" type="primary" onClick={() => setVetting(l)}>
            核查
          </Button>
        ) : null,
    },
  ];

  return (
    <Card>
      <div className="table-toolbar">
        <Space wrap className="table-filters">
          <Input.Search
            id="leads-q"
            placeholder="编号、内容或当事人"
            allowClear
            enterButton="查询"
            defaultValue={filter.q}
            maxLength={50}
            onSearch={(v) => setParam('q', v.trim() || undefined)}
            className="filter-search"
          />
          <Select
            id="leads-source"
            allowClear
            placeholder="全部来源"
            value={filter.source}
            onChange={(v?: string) => setParam('source', v)}
            options={LEAD_SOURCES.map((s) => ({ value: s, label: LEAD_SOURCE_LABELS[s] }))}
            className="filter-select"
          />
          <Select
            id="leads-status"
            allowClear
            placeholder="全部状态"
            value={filter.status}
            onChange={(v?: string) => setParam('status', v)}
            options={(Object.keys(LEAD_STATUS) as LeadStatus[]).map((s) => ({ value: s, label: LEAD_STATUS[s].label }))}
            className="filter-select"
          />
        </Space>
        {can('lead:manage') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setRegistering(true)}>
            登记案源
          </Button>
        )}
      </div>
      {leads.isError ? (
        <QueryError error={leads.error} onRetry={() => void leads.refetch()} />
      ) : (
        <>
          <Table<Lead>
            rowKey="id"
            loading={leads.isPending}
            dataSource={rows}
            columns={columns}
            pagination={false}
            scroll={isMobile ? undefined : { x: 1000 }}
            locale={{ emptyText: '没有符合条件的案源' }}
          />
          <div className="load-more">
            {leads.hasNextPage ? (
              <Button onClick={() => void leads.fetchNextPage()} loading={leads.isFetchingNextPage}>
                加载更多
              </Button>
            ) : (
              rows.length > 0 && <Typography.Text type="secondary">已显示全部 {rows.length} 条</Typography.Text>
            )}
          </div>
        </>
      )}
      <RegisterLeadModal open={registering} onClose={() => setRegistering(false)} />
      <VetLeadDrawer lead={vetting} onClose={() => setVetting(null)} />
    </Card>
  );
}
