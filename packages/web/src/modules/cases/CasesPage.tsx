import { PlusOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { Button, Space, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { CASE_PROCEDURE_LABELS, CASE_STATUSES, CASE_STATUS_LIST, flagDueSoon, type CaseStatus } from '@zhifa/domain';
import { Link, useNavigate } from 'react-router-dom';
import { useCan } from '../../app/session';
import { dueText, formatDate } from '../../shared/format';
import { FilterCheck, FilterSearch, FilterSelect } from '../../shared/list/filters';
import { ListPage } from '../../shared/list/ListPage';
import { useIsMobile } from '../../shared/useIsMobile';
import { useUrlParams } from '../../shared/useUrlParams';
import { ActiveFilters } from './ActiveFilters';
import { type CaseFilter, useAgencyOptions, useCaseList } from './api';
import { withCalendar } from './fields/calendar';
import { todayString } from './fields/today';
import { statusColor } from './labels';
import type { CaseListItem } from '@zhifa/contract';
import './cases.css';

function dueSoon(d: NonNullable<CaseListItem['nextDeadline']>): boolean {
  if (d.status !== 'open' || !d.due) return false;
  const row = {
    key: 'next',
    label: d.label,
    due: d.due,
    basis: '',
    partyFacing: false,
    status: 'open' as const,
    provisional: d.provisional,
  };
  return withCalendar((cal) => flagDueSoon([row], todayString(), cal)).length > 0;
}

function NextDeadline({ c }: { c: CaseListItem }) {
  const d = c.nextDeadline;
  if (!d) return <span>—</span>;
  const color = d.status === 'overdue' ? 'red' : dueSoon(d) ? 'orange' : 'default';
  return (
    <div>
      <div className="cell-sub">{d.label}</div>
      {d.due && (
        <Tag color={color}>{d.status === 'overdue' ? `已逾期（${d.due}）` : `${d.due}（${dueText(d.due)}）`}</Tag>
      )}
      {d.provisional && <Tag color="gold">暂算</Tag>}
    </div>
  );
}

/** The list's filters as the ledger export's query: the 台账 holds what the list shows. */
function ledgerQuery(filter: CaseFilter): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(filter)) if (v) params.set(k, v);
  const qs = params.toString();
  return qs ? `?${qs}` : '';
}

export default function CasesPage() {
  const can = useCan();
  const navigate = useNavigate();
  const isMobile = useIsMobile();
  const url = useUrlParams();
  const filter: CaseFilter = {
    status: url.get('status'),
    procedure: url.get('procedure'),
    assigned: url.get('assigned'),
    overdue: url.get('overdue'),
    q: url.get('q'),
    agencyId: url.get('agencyId'),
    itemCode: url.get('itemCode'),
    domain: url.get('domain'),
    filedFrom: url.get('filedFrom'),
    filedTo: url.get('filedTo'),
    closedFrom: url.get('closedFrom'),
    closedTo: url.get('closedTo'),
  };
  const list = useCaseList(filter);
  // Supervisors read several townships' cases: they get the agency as a column and a filter.
  const acrossAgencies = !can('case:handle') && can('agency:read');
  const agencies = useAgencyOptions(acrossAgencies || !!filter.agencyId);
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];

  const columns: ColumnsType<CaseListItem> = [
    {
      title: '案件',
      dataIndex: 'number',
      render: (_v, c) => (
        <div>
          <Link to={`/cases/${c.id}`} className="cell-strong">
            {c.number ?? '（未编号）'}
          </Link>
          <div className="cell-sub clamp-2" title={c.title}>
            {c.title}
          </div>
          {isMobile && (
            <Space size={4} wrap>
              <Tag color={statusColor(c.status)}>{c.statusLabel}</Tag>
              <Tag>{CASE_PROCEDURE_LABELS[c.procedure]}</Tag>
            </Space>
          )}
        </div>
      ),
    },
    ...(isMobile
      ? []
      : ([
          ...(acrossAgencies || filter.agencyId
            ? [{ title: '执法主体', dataIndex: 'agencyName', width: 140, ellipsis: true }]
            : []),
          { title: '当事人', dataIndex: 'partyName', width: 180, render: (v: string | null) => v ?? '—' },
          {
            title: '执法事项',
            dataIndex: 'itemName',
            width: 200,
            ellipsis: true,
            render: (v: string | null) => v ?? '—',
          },
          {
            title: '程序',
            dataIndex: 'procedure',
            width: 90,
            render: (p: CaseListItem['procedure']) => <Tag>{CASE_PROCEDURE_LABELS[p]}</Tag>,
          },
          {
            title: '状态',
            dataIndex: 'status',
            width: 150,
            render: (s: CaseStatus, c: CaseListItem) => <Tag color={statusColor(s)}>{c.statusLabel}</Tag>,
          },
          { title: '立案日期', dataIndex: 'filedOn', width: 110, render: (d: string | null) => formatDate(d) },
        ] as ColumnsType<CaseListItem>)),
    { title: '下一期限', key: 'deadline', width: isMobile ? 130 : 220, render: (_v, c) => <NextDeadline c={c} /> },
  ];

  return (
    <ListPage<CaseListItem>
      filters={
        <>
          <FilterSearch
            id="cases-q"
            placeholder="案号、当事人或事项"
            value={filter.q}
            onSearch={(v) => url.set('q', v)}
          />
          {(acrossAgencies || filter.agencyId) && (
            <FilterSelect
              id="cases-agency"
              placeholder="全部乡镇（街道）"
              searchable
              {...url.field('agencyId')}
              options={(agencies.data ?? []).map((a) => ({ value: a.id, label: a.shortName || a.name }))}
            />
          )}
          <FilterSelect
            id="cases-status"
            placeholder="全部状态"
            {...url.field('status')}
            options={CASE_STATUS_LIST.map((s) => ({ value: s, label: CASE_STATUSES[s].label }))}
          />
          <FilterSelect
            id="cases-procedure"
            placeholder="全部程序"
            {...url.field('procedure')}
            options={Object.entries(CASE_PROCEDURE_LABELS).map(([value, label]) => ({ value, label }))}
          />
          <FilterCheck on="me" {...url.field('assigned')}>
            我办理的
          </FilterCheck>
          <FilterCheck on="true" {...url.field('overdue')}>
            逾期
          </FilterCheck>
        </>
      }
      actions={
        can('case:handle') && (
          <Space wrap>
            <Button type="primary" icon={<ThunderboltOutlined />} onClick={() => void navigate('/cases/new/summary')}>
              新建简易程序案件
            </Button>
            {can('lead:manage') && (
              <Button icon={<PlusOutlined />} onClick={() => void navigate('/leads')}>
                从案源立案
              </Button>
            )}
          </Space>
        )
      }
      exportHref={`/api/cases/export${ledgerQuery(filter)}`}
      query={list}
      summary={
        <ActiveFilters
          filter={filter}
          url={url}
          agencyName={(id) => {
            const a = agencies.data?.find((x) => x.id === id);
            return a ? a.shortName || a.name : undefined;
          }}
        />
      }
      table={{
        size: 'middle',
        loading: list.isPending,
        dataSource: rows,
        columns,
        scroll: isMobile ? undefined : { x: 1000 },
        locale: { emptyText: '没有符合条件的案件' },
        onRow: (c) => ({
          onClick: (e) => {
            if (!(e.target as HTMLElement).closest('a')) void navigate(`/cases/${c.id}`);
          },
          className: 'clickable-row',
        }),
      }}
      more={{ query: list, count: rows.length, allText: (n) => `已显示全部 ${n} 件` }}
    />
  );
}
