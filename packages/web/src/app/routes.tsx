import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { Permission } from '@zhifa/domain';

// Every page inside the signed-in layout. Adding a page = one line here + one component under
// src/modules/<module>/ (default export). The side-menu entry for the path (menu.tsx) appears by
// itself once the page is registered; the permission is checked before the page renders (403).

export interface PageRoute {
  /** react-router path, e.g. '/cases' or '/cases/:id'. */
  path: string;
  /** Heading, last breadcrumb and browser-tab title. */
  title: string;
  /** Omitted: every signed-in user. */
  permission?: Permission;
  /** Path of the list page a detail page belongs to, for the breadcrumb trail. */
  parent?: string;
  component: LazyExoticComponent<ComponentType>;
}

function page(
  path: string,
  title: string,
  permission: Permission | undefined,
  load: () => Promise<{ default: ComponentType }>,
  options: { parent?: string } = {},
): PageRoute {
  return { path, title, permission, component: lazy(load), ...options };
}

export const PAGES: PageRoute[] = [
  page('/', '工作台', undefined, () => import('../modules/workbench/WorkbenchPage')),
  page('/account/password', '修改密码', undefined, () => import('../modules/account/ChangePasswordPage')),

  // 系统管理
  page('/admin/agencies', '执法主体', 'agency:read', () => import('../modules/admin/agencies/AgenciesPage')),
  page('/admin/users', '用户管理', 'user:read', () => import('../modules/admin/users/UsersPage')),
  page('/admin/roles', '角色权限', 'role:read', () => import('../modules/admin/roles/RolesPage')),
  page('/admin/audit', '审计日志', 'audit:read', () => import('../modules/admin/audit/AuditPage')),

  // ── 业务模块在此登记页面（每页一行），路径与 menu.tsx 中的菜单项一致，例如：
  // page('/laws', '法律法规库', 'law:read', () => import('../modules/laws/LawsPage')),
  // page('/cases/:id', '案件详情', 'case:read', () => import('../modules/cases/CaseDetailPage'), { parent: '/cases' }),
];

export function isRegistered(path: string): boolean {
  return PAGES.some((p) => p.path === path);
}
