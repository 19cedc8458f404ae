import { Button, List, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { formatMinute } from '../../shared/format';
import { KIND_LABELS, useMarkRead, type NotificationList as Data } from './queries';

/** Notifications as a list: a click marks one read and opens what it is about. */
export function NotificationItems({ items, loading }: { items: Data['items']; loading: boolean }) {
  const navigate = useNavigate();
  const markRead = useMarkRead();
  return (
    <List
      loading={loading}
      dataSource={items}
      locale={{ emptyText: '暂无消息' }}
      renderItem={(n) => (
        <List.Item
          className={n.readAt ? 'notification-read' : 'notification-unread'}
          actions={[
            !n.readAt && (
              <Button key="read" size="small" type="link" onClick={() => markRead.mutate(n.id)}>
                标为已读
              </Button>
            ),
          ]}
        >
          <List.Item.Meta
            title={
              <a
                href={n.href ?? '#'}
                onClick={(e) => {
                  e.preventDefault();
                  if (!n.readAt) markRead.mutate(n.id);
                  if (n.href) void navigate(n.href);
                }}
              >
                <Tag color={n.kind === 'alert' ? 'red' : 'blue'}>{KIND_LABELS[n.kind] ?? n.kind}</Tag>
                {n.readAt ? n.title : <Typography.Text strong>{n.title}</Typography.Text>}
              </a>
            }
            description={`${formatMinute(n.createdAt)}${n.body ? ` · ${n.body}` : ''}`}
          />
        </List.Item>
      )}
    />
  );
}
