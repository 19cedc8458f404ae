import { Menu, type MenuProps } from 'antd';
import { useMemo, useState } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { MENU, flattenMenu, isGroup, type MenuEntry } from '../app/menu';
import { isRegistered } from '../app/routes';
import { useCan } from '../app/session';

type Item = Required<MenuProps>['items'][number];

/** Longest menu path that the current location starts with (detail pages light up their list). */
function selectedEntry(pathname: string): { entry: MenuEntry; groupKey?: string } | undefined {
  let best: { entry: MenuEntry; groupKey?: string } | undefined;
  for (const { entry, group } of flattenMenu()) {
    const hit =
      entry.path === '/' ? pathname === '/' : pathname === entry.path || pathname.startsWith(`${entry.path}/`);
    if (hit && (!best || entry.path.length > best.entry.path.length)) best = { entry, groupKey: group?.key };
  }
  return best;
}

export function SideMenu({ collapsed = false, onNavigate }: { collapsed?: boolean; onNavigate?: () => void }) {
  const can = useCan();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const items = useMemo<Item[]>(() => {
    const visible = (e: MenuEntry) => can(e.permission) && isRegistered(e.path);
    return MENU.flatMap((item): Item[] => {
      if (!isGroup(item)) return visible(item) ? [{ key: item.key, icon: item.icon, label: item.label }] : [];
      const children = item.entries.filter(visible).map((e) => ({ key: e.key, icon: e.icon, label: e.label }));
      return children.length ? [{ key: item.key, icon: item.icon, label: item.label, children }] : [];
    });
  }, [can]);

  const current = selectedEntry(pathname);
  const [openKeys, setOpenKeys] = useState<string[]>(() =>
    // Groups start open so a new user sees everything they may use at a glance.
    MENU.filter(isGroup).map((g) => g.key),
  );
  const byKey = useMemo(() => new Map(flattenMenu().map(({ entry }) => [entry.key, entry])), []);

  return (
    <Menu
      theme="dark"
      mode="inline"
      items={items}
      selectedKeys={current ? [current.entry.key] : []}
      {...(collapsed ? {} : { openKeys, onOpenChange: setOpenKeys })}
      onClick={({ key }) => {
        const entry = byKey.get(key);
        if (entry) {
          void navigate(entry.path);
          onNavigate?.();
        }
      }}
    />
  );
}
