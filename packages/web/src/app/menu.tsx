import {
  FileDoneOutlined,
  AlertOutlined,
  ApartmentOutlined,
  AuditOutlined,
  CalendarOutlined,
  BookOutlined,
  FileProtectOutlined,
  FileSearchOutlined,
  FolderOpenOutlined,
  GlobalOutlined,
  HomeOutlined,
  IdcardOutlined,
  MonitorOutlined,
  NumberOutlined,
  OrderedListOutlined,
  ControlOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Permission } from '@zhifa/domain';

// The side menu. An entry appears when the user holds its permission AND a page is registered
// for its path in routes.tsx — so entries for modules still being built can sit here already and
// light up the moment their page is added.

export interface MenuEntry {
  key: string;
  label: string;
  icon: ReactNode;
  path: string;
  /** Omitted: every signed-in user. */
  permission?: Permission;
}

export interface MenuGroup {
  key: string;
  label: string;
  icon: ReactNode;
  entries: MenuEntry[];
}

export type MenuItem = MenuEntry | MenuGroup;

export const isGroup = (item: MenuItem): item is MenuGroup => 'entries' in item;

export const MENU: MenuItem[] = [
  { key: 'workbench', label: '工作台', icon: <HomeOutlined />, path: '/' },

  // ── 执法依据：法律法规库、执法事项、赋权清单（模块开发中，页面登记后自动显示）──
  {
    key: 'basis',
    label: '执法依据',
    icon: <BookOutlined />,
    entries: [
      { key: 'laws', label: '法律法规库', icon: <BookOutlined />, path: '/laws', permission: 'law:read' },
      { key: 'items', label: '执法事项', icon: <OrderedListOutlined />, path: '/items', permission: 'item:read' },
      { key: 'benchmarks', label: '裁量基准', icon: <ControlOutlined />, path: '/benchmarks', permission: 'item:read' },
      {
        key: 'delegations',
        label: '赋权清单',
        icon: <FileProtectOutlined />,
        path: '/delegations',
        permission: 'delegation:read',
      },
    ],
  },

  // ── 执法办案：案源、案件、法制审核（模块开发中）──
  {
    key: 'handling',
    label: '执法办案',
    icon: <FolderOpenOutlined />,
    entries: [
      { key: 'leads', label: '案源登记', icon: <AlertOutlined />, path: '/leads', permission: 'lead:read' },
      { key: 'cases', label: '案件办理', icon: <FolderOpenOutlined />, path: '/cases', permission: 'case:read' },
      {
        key: 'reviews',
        label: '法制审核',
        icon: <FileSearchOutlined />,
        path: '/queues/review',
        permission: 'case:review',
      },
      {
        key: 'approvals',
        label: '负责人审批',
        icon: <FileProtectOutlined />,
        path: '/queues/approval',
        permission: 'case:approve',
      },
      {
        key: 'disclosure',
        label: '公示管理',
        icon: <GlobalOutlined />,
        path: '/disclosure',
        permission: 'disclosure:read',
      },
      {
        key: 'disclosure-settings',
        label: '公示设置',
        icon: <SettingOutlined />,
        path: '/disclosure/settings',
        permission: 'disclosure:configure',
      },
      {
        key: 'agency-document-settings',
        label: '文书编号与收款账户',
        icon: <NumberOutlined />,
        path: '/agency/document-settings',
        permission: 'case:approve',
      },
    ],
  },

  // ── 执法队伍（模块开发中）──
  {
    key: 'workforce',
    label: '执法队伍',
    icon: <IdcardOutlined />,
    entries: [
      { key: 'people', label: '执法人员', icon: <IdcardOutlined />, path: '/people', permission: 'person:read' },
      {
        key: 'training-shortfall',
        label: '学时统计',
        icon: <OrderedListOutlined />,
        path: '/training/shortfall',
        permission: 'person:read',
      },
      {
        key: 'training-import',
        label: '培训记录导入',
        icon: <FolderOpenOutlined />,
        path: '/training/import',
        permission: 'person:manage',
      },
      {
        key: 'reviewer-ratio',
        label: '法制审核人员配备',
        icon: <SafetyCertificateOutlined />,
        path: '/reviewer-ratio',
        permission: 'person:read',
      },
    ],
  },

  // ── 执法监督 ──
  {
    key: 'supervision',
    label: '执法监督',
    icon: <MonitorOutlined />,
    entries: [
      {
        key: 'oversight',
        label: '监督驾驶舱',
        icon: <MonitorOutlined />,
        path: '/oversight',
        permission: 'oversight:read',
      },
      {
        key: 'alerts',
        label: '预警中心',
        icon: <AlertOutlined />,
        path: '/oversight/alerts',
        permission: 'alert:read',
      },
      {
        key: 'corrections',
        label: '监督意见书',
        icon: <FileSearchOutlined />,
        path: '/oversight/corrections',
        permission: 'correction:read',
      },
      {
        key: 'review-plans',
        label: '案卷评查',
        icon: <FileDoneOutlined />,
        path: '/oversight/review-plans',
        permission: 'oversight:read',
      },
      {
        key: 'rectifications',
        label: '评查整改',
        icon: <FileDoneOutlined />,
        path: '/oversight/rectifications',
        permission: 'oversight:read',
      },
      {
        key: 'review-standards',
        label: '评查标准',
        icon: <OrderedListOutlined />,
        path: '/oversight/review-standards',
        permission: 'oversight:read',
      },
      {
        key: 'evaluation',
        label: '考核评议',
        icon: <AuditOutlined />,
        path: '/oversight/evaluation',
        permission: 'oversight:read',
      },
    ],
  },

  // ── 系统管理（三员分立：系统、安全、审计管理员各见其页）──
  {
    key: 'admin',
    label: '系统管理',
    icon: <SettingOutlined />,
    entries: [
      // Every business role may read agencies (for pickers); only their managers need the page in the menu.
      {
        key: 'agencies',
        label: '执法主体',
        icon: <ApartmentOutlined />,
        path: '/admin/agencies',
        permission: 'agency:manage',
      },
      { key: 'users', label: '用户管理', icon: <TeamOutlined />, path: '/admin/users', permission: 'user:read' },
      {
        key: 'roles',
        label: '角色权限',
        icon: <SafetyCertificateOutlined />,
        path: '/admin/roles',
        permission: 'role:read',
      },
      { key: 'audit', label: '审计日志', icon: <AuditOutlined />, path: '/admin/audit', permission: 'audit:read' },
      {
        key: 'calendar',
        label: '节假日安排',
        icon: <CalendarOutlined />,
        path: '/admin/calendar',
        permission: 'config:manage',
      },
      {
        key: 'document-settings',
        label: '文书编号与收款账户',
        icon: <NumberOutlined />,
        path: '/admin/document-settings',
        permission: 'agency:manage',
      },
    ],
  },
];

export function flattenMenu(items: MenuItem[] = MENU): { entry: MenuEntry; group?: MenuGroup }[] {
  return items.flatMap((item) =>
    isGroup(item) ? item.entries.map((entry) => ({ entry, group: item })) : [{ entry: item }],
  );
}
