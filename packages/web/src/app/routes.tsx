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
  /** Starts loading the page's code (before the layout asks for it). */
  preload: () => Promise<unknown>;
}

function page(
  path: string,
  title: string,
  permission: Permission | undefined,
  load: () => Promise<{ default: ComponentType }>,
  options: { parent?: string } = {},
): PageRoute {
  return { path, title, permission, component: lazy(load), preload: load, ...options };
}

export const PAGES: PageRoute[] = [
  page('/', '工作台', undefined, () => import('../modules/workbench/WorkbenchPage')),
  page('/account/password', '修改密码', undefined, () => import('../modules/account/ChangePasswordPage')),
  page('/me', '我的', undefined, () => import('../modules/account/MePage')),

  // 系统管理
  page('/admin/agencies', '执法主体', 'agency:read', () => import('../modules/admin/agencies/AgenciesPage')),
  page('/admin/users', '用户管理', 'user:read', () => import('../modules/admin/users/UsersPage')),
  page('/admin/roles', '角色权限', 'role:read', () => import('../modules/admin/roles/RolesPage')),
  page('/admin/audit', '审计日志', 'audit:read', () => import('../modules/admin/audit/AuditPage')),
  page('/admin/calendar', '节假日安排', 'config:manage', () => import('../modules/admin/calendar/CalendarPage')),
  // One page, two doors: any agency for the administrator, the head's own agency for the head.
  page(
    '/admin/document-settings',
    '文书编号与收款账户',
    'agency:manage',
    () => import('../modules/documents/DocumentSettingsPage'),
  ),
  page(
    '/agency/document-settings',
    '文书编号与收款账户',
    'case:approve',
    () => import('../modules/documents/DocumentSettingsPage'),
  ),

  // ── 业务模块在此登记页面（每页一行），路径与 menu.tsx 中的菜单项一致，例如：
  // page('/laws', '法律法规库', 'law:read', () => import('../modules/laws/LawsPage')),
  // page('/cases/:id', '案件详情', 'case:read', () => import('../modules/cases/CaseDetailPage'), { parent: '/cases' }),
  page('/laws', '法律法规库', 'law:read', () => import('../modules/laws/LawsPage')),
  // 执法监督：预警、监督意见书；消息中心（每个登录用户）
  page('/oversight/alerts', '预警中心', 'alert:read', () => import('../modules/alerts/AlertsPage')),
  page(
    '/oversight/corrections',
    '执法监督意见书',
    'correction:read',
    () => import('../modules/corrections/CorrectionsPage'),
  ),
  page(
    '/oversight/corrections/:id',
    '意见书详情',
    'correction:read',
    () => import('../modules/corrections/CorrectionDetailPage'),
    { parent: '/oversight/corrections' },
  ),
  page('/notifications', '消息中心', undefined, () => import('../modules/notifications/NotificationsPage')),
  page('/items', '执法事项', 'item:read', () => import('../modules/catalogue/ItemsPage')),
  page('/items/import', '导入执法事项', 'item:manage', () => import('../modules/catalogue/ItemImportPage'), {
    parent: '/items',
  }),
  page('/benchmarks', '裁量基准', 'item:read', () => import('../modules/catalogue/benchmarks/BenchmarksPage')),
  page(
    '/benchmarks/import',
    '导入裁量基准',
    'item:manage',
    () => import('../modules/catalogue/benchmarks/BenchmarkImportPage'),
    { parent: '/benchmarks' },
  ),
  page('/delegations', '赋权清单', 'delegation:read', () => import('../modules/delegation/DelegationPage')),
  page(
    '/delegations/new',
    '登记赋权决定',
    'delegation:manage',
    () => import('../modules/delegation/DecisionWizardPage'),
    { parent: '/delegations' },
  ),
  page(
    '/delegations/townships/:agencyId',
    '乡镇赋权清单',
    'delegation:read',
    () => import('../modules/delegation/TownshipListPage'),
    { parent: '/delegations' },
  ),
  page('/laws/search', '法规检索', 'law:read', () => import('../modules/laws/SearchPage'), { parent: '/laws' }),
  page('/laws/thesaurus', '执法同义词表', 'law:read', () => import('../modules/laws/ThesaurusPage'), {
    parent: '/laws/search',
  }),
  page('/laws/articles/:id', '条文', 'law:read', () => import('../modules/laws/ArticlePage'), { parent: '/laws' }),
  page('/laws/:id', '法律法规', 'law:read', () => import('../modules/laws/LawPage'), { parent: '/laws' }),
  page('/people', '执法人员', 'person:read', () => import('../modules/people/PeoplePage')),
  page('/people/:id', '人员详情', 'person:read', () => import('../modules/people/PersonDetailPage'), {
    parent: '/people',
  }),
  page('/training/shortfall', '学时统计', 'person:read', () => import('../modules/people/ShortfallPage')),
  page('/training/import', '培训记录导入', 'person:manage', () => import('../modules/people/TrainingImportPage'), {
    parent: '/training/shortfall',
  }),
  page('/reviewer-ratio', '法制审核人员配备', 'person:read', () => import('../modules/people/ReviewerRatioPage')),
  page('/leads', '案源登记', 'lead:read', () => import('../modules/leads/LeadsPage')),
  page('/leads/:id', '案源详情', 'lead:read', () => import('../modules/leads/LeadDetailPage'), { parent: '/leads' }),
  page('/cases', '案件办理', 'case:read', () => import('../modules/cases/CasesPage')),
  page('/disclosure', '公示管理', 'disclosure:read', () => import('../modules/disclosure/DisclosurePage')),
  page('/disclosure/settings', '公示设置', 'disclosure:configure', () => import('../modules/disclosure/SettingsPage'), {
    parent: '/disclosure',
  }),
  page('/cases/deadline-moves', '期限重算记录', 'case:read', () => import('../modules/cases/DeadlineMovesPage'), {
    parent: '/cases',
  }),
  page('/cases/new/summary', '简易程序案件', 'case:handle', () => import('../modules/cases/summary/SummaryCasePage'), {
    parent: '/cases',
  }),
  page('/cases/:id', '案件详情', 'case:read', () => import('../modules/cases/CaseDetailPage'), { parent: '/cases' }),
  page(
    '/cases/:id/documents/:docId/print',
    '打印文书',
    'case:read',
    () => import('../modules/documents/PrintDocumentPage'),
    {
      parent: '/cases/:id',
    },
  ),
  page('/queues/review', '法制审核', 'case:review', () => import('../modules/cases/queues/ReviewQueuePage')),
  page('/queues/approval', '负责人审批', 'case:approve', () => import('../modules/cases/queues/ApprovalQueuePage')),
  // 执法监督
  page('/oversight', '监督驾驶舱', 'oversight:read', () => import('../modules/oversight/DashboardPage')),
  page('/oversight/review-standards', '评查标准', 'oversight:read', () => import('../modules/oversight/StandardsPage')),
  page('/oversight/review-plans', '评查计划', 'oversight:read', () => import('../modules/oversight/PlansPage')),
  page('/oversight/review-plans/:id', '评查结果', 'oversight:read', () => import('../modules/oversight/PlanPage'), {
    parent: '/oversight/review-plans',
  }),
  page(
    '/oversight/file-reviews/:id',
    '案卷评查',
    'oversight:read',
    () => import('../modules/oversight/FileReviewPage'),
    {
      parent: '/oversight/review-plans/:id',
    },
  ),
  page(
    '/oversight/rectifications',
    '评查整改任务',
    'oversight:read',
    () => import('../modules/oversight/RectificationsPage'),
  ),
  page('/oversight/evaluation', '考核评议', 'oversight:read', () => import('../modules/oversight/EvaluationPage')),
];

export function isRegistered(path: string): boolean {
  return PAGES.some((p) => p.path === path);
}
