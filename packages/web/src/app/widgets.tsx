import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { Permission } from '@zhifa/domain';

// Cards on the workbench (/). A card shows when the user holds its permission, so each role sees
// its own set. Modules add a card with one entry here and a component under src/modules/<module>/.

export interface WorkbenchWidget {
  key: string;
  /** Omitted: every signed-in user. */
  permission?: Permission;
  /** Width on large screens: a third, half or the whole row. Phones always use the whole row. */
  width: 'third' | 'half' | 'full';
  /** Lower first. */
  order: number;
  component: LazyExoticComponent<ComponentType>;
}

function widget(
  key: string,
  permission: Permission | undefined,
  width: WorkbenchWidget['width'],
  order: number,
  load: () => Promise<{ default: ComponentType }>,
): WorkbenchWidget {
  return { key, permission, width, order, component: lazy(load) };
}

export const WIDGETS: WorkbenchWidget[] = [
  // Business roles. /api/workbench feeds all three; until it exists they show their empty state.
  widget('todo', 'workbench:read', 'third', 10, () => import('../modules/workbench/widgets/TodoWidget')),
  widget('deadlines', 'workbench:read', 'third', 20, () => import('../modules/workbench/widgets/DeadlinesWidget')),
  widget('my-cases', 'workbench:read', 'third', 30, () => import('../modules/workbench/widgets/MyCasesWidget')),
  widget('deadline-moves', 'case:read', 'full', 40, () => import('../modules/workbench/widgets/DeadlineMovesWidget')),
  widget('notifications', 'workbench:read', 'half', 35, () => import('../modules/notifications/NotificationsWidget')),

  // 系统管理员
  widget(
    'system-shortcuts',
    'user:manage',
    'full',
    10,
    () => import('../modules/workbench/widgets/SystemShortcutsWidget'),
  ),
  // 安全管理员
  widget(
    'locked-accounts',
    'user:unlock',
    'half',
    10,
    () => import('../modules/workbench/widgets/LockedAccountsWidget'),
  ),
  widget(
    'security-shortcuts',
    'role:assign',
    'half',
    20,
    () => import('../modules/workbench/widgets/SecurityShortcutsWidget'),
  ),
  // 审计管理员
  widget('audit-verify', 'audit:verify', 'full', 10, () => import('../modules/workbench/widgets/AuditVerifyWidget')),
  widget('audit-latest', 'audit:read', 'full', 20, () => import('../modules/workbench/widgets/LatestAuditWidget')),
];
