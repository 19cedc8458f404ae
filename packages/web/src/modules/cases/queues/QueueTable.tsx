import { Button, Card, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { dueText, formatMinute } from '../../../shared/format';
import { QueryError } from '../../../shared/QueryError';
import { useIsMobile } from '../../../shared/useIsMobile';
import { useQueue } from '../api';
import type { QueueItem } from '@zhifa/contract';
import '../cases.css';

function target(item: QueueItem, action?: string): string {
  const base = item.href ?? `/cases/${item.caseId ?? item.id}`;
  return action && !base.includes('?') ? `${base}?action=${action}` : base;
}

/** A queue of cases waiting for the signed-in reviewer or head; each row opens the case at its step. */
export function QueueTable({
  kind,
  actionLabel,
  intro,
  emptyText,
}: {
  kind: 'review' | 'approval';
  actionLabel: string;
  intro: string;
  emptyText: string;
}) {
  const isMobile = useIsMobile();
  const queue = useQueue(kind);
  return (
    <Card>
      <Typography.Paragraph type="secondary">{intro}</Typography.Paragraph>
      {queue.isError ? (
        <QueryError error={queue.error} onRetry={() => void queue.refetch()} />
      ) : (
        <Table<QueueItem>
          rowKey={(r) => `${r.caseId ?? r.id}:${r.kind ?? ''}`}
          loading={queue.isPending}
          dataSource={queue.data ?? []}
          pagination={false}
          locale={{ emptyText }}
          scroll={isMobile ? undefined : { x: 860 }}
          columns={[
            {
              title: '案件',
              key: 'case',
              render: (_v, r) => (
                <div>
                  <Link to={target(r)} className="cell-strong">
                    {r.number ?? r.title ?? '案件'}
                  </Link>
                  <div className="cell-sub">
                    {[r.title !== r.number ? r.title : null, r.partyName, r.itemName].filter(Boolean).join(' · ')}
                  </div>
                </div>
              ),
            },
            {
              title: '待办事项',
              key: 'kind',
              width: 180,
              render: (_v, r) => <Tag color="purple">{r.kindLabel}</Tag>,
            },
            ...(isMobile
              ? []
              : [
                  {
                    title: '提交时间',
                    dataIndex: 'submittedAt',
                    width: 160,
                    // A bare date (a hearing's day) has no time of day to show.
                    render: (t: string | null | undefined) => (
                      <span className="mono">{t && /^\d{4}-\d{2}-\d{2}$/.test(t) ? t : formatMinute(t)}</span>
                    ),
                  },
                  {
                    title: '提交人',
                    dataIndex: 'submittedBy',
                    width: 110,
                    render: (v: string | null | undefined) => v ?? '—',
                  },
                ]),
            {
              title: '期限',
              dataIndex: 'due',
              width: 130,
              render: (due: string | null | undefined) =>
                due ? <Tag color={dueText(due).startsWith('已超期') ? 'red' : 'orange'}>{dueText(due)}</Tag> : '—',
            },
            {
              title: '',
              key: 'go',
              width: 90,
              render: (_v, r) => (
                <Link to={target(r, r.kind)}>
                  <Button type="primary" size="small">
                    {actionLabel}
                  </Button>
                </Link>
              ),
            },
          ]}
        />
      )}
    </Card>
  );
}
