import { BellOutlined } from '@ant-design/icons';
import { Badge, Button } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useUnreadCount } from './queries';

/** The bell in the header: unread count, opens the notification centre. */
export default function NotificationBell() {
  const navigate = useNavigate();
  const { data } = useUnreadCount();
  const unread = data?.unread ?? 0;
  return (
    <Badge count={unread} size="small" overflowCount={99} offset={[-4, 4]}>
      <Button
        type="text"
        className="app-header-bell"
        aria-label={unread ? `消息中心（${unread} 条未读）` : '消息中心'}
        icon={<BellOutlined />}
        onClick={() => void navigate('/notifications')}
      />
    </Badge>
  );
}
