import {
  DownOutlined,
  KeyOutlined,
  LogoutOutlined,
  MenuFoldOutlined,
  MenuUnfoldOutlined,
  MenuOutlined,
} from '@ant-design/icons';
import { Avatar, Button, Dropdown, Layout, Typography, type MenuProps } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useCurrentUser, useSignOut } from '../app/session';
import { roleLabels } from '../shared/roles';
import NotificationBell from '../modules/notifications/NotificationBell';

interface Props {
  isMobile: boolean;
  collapsed: boolean;
  onToggle: () => void;
}

export function HeaderBar({ isMobile, collapsed, onToggle }: Props) {
  const user = useCurrentUser();
  const navigate = useNavigate();
  const signOut = useSignOut();
  const roles = roleLabels(user.roles);
  const agency = user.agency?.name ?? '未归属执法主体';

  const items: MenuProps['items'] = [
    {
      key: 'who',
      disabled: true,
      className: 'account-menu-who',
      label: (
        <div>
          <div className="account-menu-name">
            {user.name}（{user.username}）
          </div>
          <div className="account-menu-meta">{agency}</div>
          <div className="account-menu-meta">{roles}</div>
        </div>
      ),
    },
    { type: 'divider' },
    { key: 'password', icon: <KeyOutlined />, label: '修改密码' },
    { key: 'logout', icon: <LogoutOutlined />, label: '退出登录', danger: true },
  ];

  return (
    <Layout.Header className="app-header">
      <Button
        type="text"
        className="app-header-toggle"
        aria-label={isMobile ? '打开菜单' : collapsed ? '展开菜单' : '收起菜单'}
        icon={isMobile ? <MenuOutlined /> : collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
        onClick={onToggle}
      />
      {isMobile && <span className="app-header-title">综合行政执法平台</span>}
      <div className="app-header-right">
        <NotificationBell />
        <Dropdown
          trigger={['click']}
          placement="bottomRight"
          menu={{
            items,
            onClick: ({ key }) => {
              if (key === 'password') void navigate('/account/password');
              if (key === 'logout') signOut.mutate();
            },
          }}
        >
          <button type="button" className="app-account" aria-label="账号菜单">
            <Avatar size={32} className="app-account-avatar">
              {user.name.slice(-2)}
            </Avatar>
            {!isMobile && (
              <span className="app-account-text">
                <Typography.Text strong className="app-account-name">
                  {user.name}
                </Typography.Text>
                <Typography.Text type="secondary" className="app-account-meta">
                  {user.agency?.shortName ?? agency} · {roles}
                </Typography.Text>
              </span>
            )}
            <DownOutlined className="app-account-caret" />
          </button>
        </Dropdown>
      </div>
    </Layout.Header>
  );
}
