import { Button, Card, Pagination, Segmented, Space } from 'antd';
import { useState } from 'react';
import { NotificationItems } from './NotificationList';
import { useMarkAllRead, useNotifications } from './queries';

const PAGE = 20;

export default function NotificationsPage() {
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [page, setPage] = useState(1);
  const { data, isLoading, dataUpdatedAt } = useNotifications({
    ...(unreadOnly ? { unread: 'true' as const } : {}),
    limit: PAGE,
    offset: (page - 1) * PAGE,
  });
  const markAll = useMarkAllRead();
  return (
    <Card
      title={`消息中心${data ? `（未读 ${data.unread} 条）` : ''}`}
      extra={
        <Space>
          <Segmented
            options={[
              { label: '全部', value: 'all' },
              { label: '未读', value: 'unread' },
            ]}
            value={unreadOnly ? 'unread' : 'all'}
            onChange={(v) => {
              setUnreadOnly(v === 'unread');
              setPage(1);
            }}
          />
          <Button
            disabled={!data?.unread}
            loading={markAll.isPending}
            onClick={() => markAll.mutate(new Date(dataUpdatedAt || Date.now()).toISOString())}
          >
            全部标为已读
          </Button>
        </Space>
      }
    >
      <NotificationItems items={data?.items ?? []} loading={isLoading} />
      {data && data.total > PAGE && (
        <Pagination current={page} pageSize={PAGE} total={data.total} onChange={setPage} showSizeChanger={false} />
      )}
    </Card>
  );
}
