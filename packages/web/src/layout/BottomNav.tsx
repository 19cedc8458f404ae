import { HomeOutlined, ProfileOutlined, ThunderboltOutlined, UserOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { useCan } from '../app/session';
import type { Permission } from '@zhifa/domain';

interface Tab {
  path: string;
  label: string;
  icon: ReactNode;
  permission?: Permission;
  /** The tab is current on these paths too (a case opened from the list stays under 案件). */
  active: (pathname: string) => boolean;
}

const TABS: Tab[] = [
  { path: '/', label: '工作台', icon: <HomeOutlined />, active: (p) => p === '/' },
  {
    path: '/cases',
    label: '案件',
    icon: <ProfileOutlined />,
    permission: 'case:read',
    active: (p) => p.startsWith('/cases') && p !== '/cases/new/summary',
  },
  {
    path: '/cases/new/summary',
    label: '当场处罚',
    icon: <ThunderboltOutlined />,
    permission: 'case:handle',
    active: (p) => p === '/cases/new/summary',
  },
  { path: '/me', label: '我的', icon: <UserOutlined />, active: (p) => p === '/me' || p.startsWith('/account') },
];

/** Phones: the four places an officer in the field goes, under the thumb. */
export function BottomNav() {
  const can = useCan();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const tabs = TABS.filter((t) => can(t.permission));
  return (
    <nav className="bottom-nav" aria-label="底部导航">
      {tabs.map((t) => {
        const current = t.active(pathname);
        return (
          <button
            key={t.path}
            type="button"
            className={current ? 'bottom-nav-tab bottom-nav-tab-current' : 'bottom-nav-tab'}
            aria-current={current ? 'page' : undefined}
            onClick={() => void navigate(t.path)}
          >
            <span className="bottom-nav-icon">{t.icon}</span>
            <span className="bottom-nav-label">{t.label}</span>
          </button>
        );
      })}
    </nav>
  );
}
