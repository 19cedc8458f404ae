import { useQuery } from '@tanstack/react-query';
import { Card, Table, Tag } from 'antd';
import { Link } from 'react-router-dom';
import { api } from '../../../api/client';
import type { AuditEntry, AuditPage } from '../../../api/types';
import { QueryError } from '../../../shared/QueryError';
import { formatDateTime } from '../../../shared/format';
import { roleLabel } from '../../../shared/roles';
import { OUTCOME_LABELS, eventLabel } from '../../admin/audit/labels';

export default function LatestAuditWidget() {
  const latest = useQuery({
    queryKey: ['audit', 'latest'],
    queryFn: ({ signal }) => api.get<AuditPage>('/api/audit', { limit: 8 }, signal),
  });
  return (
    <Card className="wb-card" title="最新审计事件" extra={<Link to="/admin/audit">查看全部</Link>}>
      {latest.isError ? (
        <QueryError error={latest.error} onRetry={() => latest.refetch()} />
      ) : (
        <Table<AuditEntry>
          size="small"
          rowKey="seq"
          loading={latest.isPending}
          dataSource={latest.data?.items ?? []}
          pagination={false}
          scroll={{ x: 640 }}
          locale={{ emptyText: '暂无审计事件' }}
          columns={[
            { title: '时间', dataIndex: 'at', width: 170, render: formatDateTime },
            {
              title: '操作人',
              dataIndex: 'actorName',
              render: (name: string | null, r) => (name ? `${name}${r.actorRole ? `（${roleLabel(r.actorRole)}）` : ''}` : '—'),
            },
            { title: '事件', dataIndex: 'eventType', render: eventLabel },
            {
              title: '结果',
              dataIndex: 'outcome',
              width: 80,
              render: (o: string) => <Tag color={OUTCOME_LABELS[o]?.color}>{OUTCOME_LABELS[o]?.label ?? o}</Tag>,
            },
          ]}
        />
      )}
    </Card>
  );
}
