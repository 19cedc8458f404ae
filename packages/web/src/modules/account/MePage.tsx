import { AppstoreOutlined, KeyOutlined, LogoutOutlined, RightOutlined } from '@ant-design/icons';
import { Avatar, Button, Card, Descriptions, List, Tag } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useCurrentUser, useSignOut } from '../../app/session';
import { roleColor, roleLabel } from '../../shared/roles';
import { useMenuDrawer } from '../../layout/menu-drawer';

/** 我的: who is signed in, and the account's own actions, reachable from the phone's bottom bar. */
export default function MePage() {
  const user = useCurrentUser();
  const navigate = useNavigate();
  const signOut = useSignOut();
  const openMenu = useMenuDrawer();
  return (
    <Card className="me-card">
      <div className="me-head">
        <Avatar size={56} className="greeting-avatar">
          {user.name.slice(-2)}
        </Avatar>
        <div>
          <div className="me-name">{user.name}</div>
          <div className="me-username">{user.username}</div>
        </div>
      </div>
      <Descriptions column={1} size="small" className="me-facts">
        <Descriptions.Item label="执法主体">{user.agency?.name ?? '未归属执法主体'}</Descriptions.Item>
        <Descriptions.Item label="角色">
          {user.roles.map((r) => (
            <Tag key={r} color={roleColor(r)}>
              {roleLabel(r)}
            </Tag>
          ))}
        </Descriptions.Item>
      </Descriptions>
      <List
        className="me-actions"
        dataSource={[
          { key: 'menu', icon: <AppstoreOutlined />, label: '全部功能', onClick: openMenu },
          {
            key: 'password',
            icon: <KeyOutlined />,
            label: '修改密码',
            onClick: () => void navigate('/account/password'),
          },
        ]}
        renderItem={(a) => (
          <List.Item className="me-action" onClick={a.onClick} role="button" tabIndex={0}>
            <span>
              {a.icon} {a.label}
            </span>
            <RightOutlined />
          </List.Item>
        )}
      />
      <Button danger block size="large" icon={<LogoutOutlined />} onClick={() => signOut.mutate()}>
        退出登录
      </Button>
    </Card>
  );
}
