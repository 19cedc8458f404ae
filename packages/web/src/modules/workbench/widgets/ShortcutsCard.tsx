import { Card } from 'antd';
import { Link } from 'react-router-dom';
import { flattenMenu } from '../../../app/menu';
import { useIsRegistered } from '../../../app/registered-pages';
import { useCan } from '../../../app/session';

interface Shortcut {
  /** Key of a menu entry (menu.tsx): label, icon, path and permission come from there. */
  menuKey: string;
  description: string;
}

export function ShortcutsCard({ title, shortcuts }: { title: string; shortcuts: Shortcut[] }) {
  const can = useCan();
  const isRegistered = useIsRegistered();
  const entries = new Map(flattenMenu().map(({ entry }) => [entry.key, entry]));
  const tiles = shortcuts.flatMap((s) => {
    const entry = entries.get(s.menuKey);
    return entry && can(entry.permission) && isRegistered(entry.path) ? [{ ...s, entry }] : [];
  });
  return (
    <Card className="wb-card" title={title}>
      <div className="shortcut-grid">
        {tiles.map(({ entry, description }) => (
          <Link key={entry.key} to={entry.path} className="shortcut-tile">
            <span className="shortcut-icon">{entry.icon}</span>
            <span className="shortcut-text">
              <span className="shortcut-label">{entry.label}</span>
              <span className="shortcut-desc">{description}</span>
            </span>
          </Link>
        ))}
      </div>
    </Card>
  );
}
