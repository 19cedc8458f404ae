import { useQuery } from '@tanstack/react-query';
import { Card, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router-dom';
import { api } from '../../../api/client';
import type { AuditEntry, AuditPage } from '@zhifa/contract';
import { QueryError } from '../../../shared/QueryError';
import { formatDateTime } from '../../../shared/format';
import { roleLabel } from '../../../shared/roles';
import { useIsMobile } from '../../../shared/useIsMobile';
import { OUTCOME_LABELS, eventLabel } from '../../admin/audit/labels';

const actor = (r: AuditEntry) =>
  r.actorName ? `${r.actorName}${r.actorRole ? `（${roleLabel(r.actorRole)}）` : ''}` : '系统';
const outcomeTag = (o: string) => <Tag color={OUTCOME_LABELS[o]?.color}>{OUTCOME_LABELS[o]?.label ?? o}</Tag>;

const DESKTOP: ColumnsType<AuditEntry> = [
  { title: '时间', dataIndex: 'at', width: 170, render: formatDateTime },
  { title: '操作人', key: 'actor', render: (_v, r) => actor(r) },
  { title: '事件', dataIndex: 'eventType', render: eventLabel },
  { title: '结果', dataIndex: 'outcome', width: 80, render: outcomeTag },
];

const PHONE: ColumnsType<AuditEntry> = [
  {
    title: '事件',
    key: 'event',
    render: (_v, r) => (
      <div className="m-cell">
        <div className="m-cell-head">
          <span>{eventLabel(r.eventType)}</span>
          {outcomeTag(r.outcome)}
        </div>
        <div className="cell-sub m-cell-line">
          {formatDateTime(r.at)} · {actor(r)}
        </div>
      </div>
    ),
  },
];

export default function LatestAuditWidget() {
  const isMobile = useIsMobile();
  const latest = useQuery({
    queryKey: ['audit', 'latest'],
    queryFn: ({ signal }) => api.get<AuditPage>('/api/audit', { limit: 8 }, signal),
  });
  return (
    <Card className="wb-card" title="最新审计事件" extra={<Link to="/admin/audit">查看全部</Link>}>
      {latest.isError ? (
        <QueryError error={latest.error} onRetry={() => void latest.refetch()} />
      ) : (
        <Table<AuditEntry>
          size="small"
          rowKey="seq"
          loading={latest.isPending}
          dataSource={latest.data?.items ?? []}
          pagination={false}
          locale={{ emptyText: '暂无审计事件' }}
          columns={isMobile ? PHONE : DESKTOP}
        />
      )}
    </Card>
  );
}
