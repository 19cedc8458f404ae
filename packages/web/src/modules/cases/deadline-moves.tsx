import { Table, Tag } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { api } from '../../api/client';
import type { DeadlineMove, ResponseOf } from '@zhifa/contract';

export function useDeadlineMoves(limit = 200) {
  return useQuery({
    queryKey: ['deadline-moves', limit],
    queryFn: ({ signal }) => api.get<ResponseOf<'GET /api/deadline-moves'>>('/api/deadline-moves', { limit }, signal),
  });
}

/** Deadlines that moved when a year's holiday notice was loaded (按法定节日暂算 → 按通知重算). */
export function DeadlineMovesTable({
  items,
  loading,
  pageSize = 20,
}: {
  items: DeadlineMove[];
  loading?: boolean;
  pageSize?: number;
}) {
  return (
    <Table<DeadlineMove>
      size="small"
      rowKey={(m) => `${m.caseId}:${m.label}:${m.recordedAt}`}
      loading={loading}
      dataSource={items}
      pagination={items.length > pageSize ? { pageSize } : false}
      scroll={{ x: 760 }}
      locale={{ emptyText: '没有因导入节假日安排而变动的期限' }}
      columns={[
        {
          title: '案件',
          key: 'case',
          render: (_v, m) => (
            <div>
              <Link to={`/cases/${m.caseId}`}>{m.caseNumber}</Link>
              <div className="cell-sub">{m.caseTitle}</div>
            </div>
          ),
        },
        { title: '执法主体', dataIndex: 'agencyName', width: 120 },
        {
          title: '期限',
          dataIndex: 'label',
          render: (label: string, m) => (
            <div>
              {label}
              {m.partyFacing && <div className="cell-sub">当事人的期限（已告知的日期不会提前）</div>}
            </div>
          ),
        },
        {
          title: '原暂算日期',
          dataIndex: 'oldDue',
          width: 110,
          render: (d: string | null) => <span className="mono">{d ?? '—'}</span>,
        },
        {
          title: '重算后日期',
          dataIndex: 'newDue',
          width: 130,
          render: (d: string | null, m) => (
            <span>
              <span className="mono">{d ?? '—'}</span> {m.stillProvisional && <Tag color="gold">仍为暂算</Tag>}
            </span>
          ),
        },
        { title: '依据年度', dataIndex: 'year', width: 90, render: (y: number) => `${y} 年通知` },
      ]}
    />
  );
}
