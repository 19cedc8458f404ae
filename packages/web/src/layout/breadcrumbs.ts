import { flattenMenu } from '../app/menu';
import { PAGES, type PageRoute } from '../app/routes';

export interface Crumb {
  title: string;
  path?: string;
}

/** 首页 / <menu group> / <parent pages> / <page>, from the menu and route registries. */
export function breadcrumbTrail(route: PageRoute): Crumb[] {
  if (route.path === '/') return [{ title: '工作台' }];
  const chain: PageRoute[] = [];
  let current: PageRoute | undefined = route;
  while (current && chain.length < 6) {
    chain.unshift(current);
    const parentPath: string | undefined = current.parent;
    current = parentPath ? PAGES.find((p) => p.path === parentPath) : undefined;
  }
  const trail: Crumb[] = [{ title: '首页', path: '/' }];
  const top = flattenMenu().find(({ entry }) => entry.path === chain[0].path);
  if (top?.group) trail.push({ title: top.group.label });
  else if (chain[0].path.startsWith('/account')) trail.push({ title: '个人中心' });
  chain.forEach((p, i) => {
    const last = i === chain.length - 1;
    trail.push({ title: p.title, path: last || p.path.includes(':') ? undefined : p.path });
  });
  return trail;
}
