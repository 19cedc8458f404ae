import { BellOutlined } from '@ant-design/icons';
import { Card } from 'antd';
import { Link } from 'react-router-dom';
import { NotificationItems } from './NotificationList';
import { useNotifications } from './queries';

/** Workbench card: the latest unread notifications. */
export default function NotificationsWidget() {
  const { data, isLoading } = useNotifications({ unread: 'true', limit: 5, offset: 0 });
  return (
    <Card
      title={
        <span>
          <BellOutlined /> 未读消息{data ? `（${data.unread}）` : ''}
        </span>
      }
      extra={<Link to="/notifications">全部消息</Link>}
      size="small"
    >
      <NotificationItems items={data?.items ?? []} loading={isLoading} />
    </Card>
  );
}
