import { PlusOutlined } from '@ant-design/icons';
import { Button, Space, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useCan } from '../../app/session';
import { FilterSearch, FilterSelect } from '../../shared/list/filters';
import { ListPage } from '../../shared/list/ListPage';
import { useIsMobile } from '../../shared/useIsMobile';
import { useUrlParams } from '../../shared/useUrlParams';
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
  const url = useUrlParams();
  const filter = { status: url.get('status'), source: url.get('source'), q: url.get('q') };
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
    <ListPage<Lead>
      filters={
        <>
          <FilterSearch
            id="leads-q"
            placeholder="编号、内容或当事人"
            value={filter.q}
            onSearch={(v) => url.set('q', v)}
          />
          <FilterSelect
            id="leads-source"
            placeholder="全部来源"
            {...url.field('source')}
            options={LEAD_SOURCES.map((s) => ({ value: s, label: LEAD_SOURCE_LABELS[s] }))}
          />
          <FilterSelect
            id="leads-status"
            placeholder="全部状态"
            {...url.field('status')}
            options={(Object.keys(LEAD_STATUS) as LeadStatus[]).map((s) => ({ value: s, label: LEAD_STATUS[s].label }))}
          />
        </>
      }
      actions={
        can('lead:manage') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setRegistering(true)}>
            登记案源
          </Button>
        )
      }
      query={leads}
      table={{
        loading: leads.isPending,
        dataSource: rows,
        columns,
        scroll: isMobile ? undefined : { x: 1000 },
        locale: { emptyText: '没有符合条件的案源' },
      }}
      more={{ query: leads, count: rows.length, allText: (n) => `已显示全部 ${n} 条` }}
    >
      <RegisterLeadModal open={registering} onClose={() => setRegistering(false)} />
      <VetLeadDrawer lead={vetting} onClose={() => setVetting(null)} />
    </ListPage>
  );
}
