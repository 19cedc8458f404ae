import { SafetyCertificateFilled } from '@ant-design/icons';
import { Link } from 'react-router-dom';

export const PLATFORM_NAME = '综合行政执法平台';

export function Logo({ collapsed = false }: { collapsed?: boolean }) {
  return (
    <Link to="/" className={collapsed ? 'app-logo app-logo-collapsed' : 'app-logo'} aria-label={PLATFORM_NAME}>
      <SafetyCertificateFilled className="app-logo-icon" />
      {!collapsed && <span className="app-logo-text">{PLATFORM_NAME}</span>}
    </Link>
  );
}
