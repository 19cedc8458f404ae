// Chinese names of audit events and their outcomes; unknown event types show their code.
export const AUDIT_EVENT_LABELS: Record<string, string> = {
  'auth.login': '登录',
  'auth.secondFactor': '动态验证码验证',
  'auth.logout': '退出登录',
  'auth.lockout': '账号锁定',
  'auth.unlock': '解锁账号',
  'auth.passwordChanged': '修改密码',
  'auth.secondFactorReset': '重置动态验证码',
  'user.created': '新建用户',
  'user.disabledChanged': '停用/启用账号',
  'user.rolesChanged': '调整角色',
  'agency.created': '新增执法主体',
  'agency.updated': '修改执法主体',
  'team.created': '新增执法队',
  'access.denied': '越权访问被拒绝',
  'system.demoSeeded': '生成演示数据',
};

/** Prefixes offered in the event filter (the server matches event types by prefix). */
export const AUDIT_EVENT_GROUPS: { value: string; label: string }[] = [
  { value: 'auth.', label: '认证（登录、退出、锁定等）' },
  { value: 'user.', label: '用户与角色' },
  { value: 'agency.', label: '执法主体' },
  { value: 'team.', label: '执法队' },
  { value: 'access.', label: '访问控制' },
  { value: 'system.', label: '系统' },
  ...Object.entries(AUDIT_EVENT_LABELS).map(([value, label]) => ({ value, label: `${label}（${value}）` })),
];

export const OUTCOME_LABELS: Record<string, { label: string; color: string }> = {
  success: { label: '成功', color: 'green' },
  failure: { label: '失败', color: 'orange' },
  denied: { label: '拒绝', color: 'red' },
};

export const OBJECT_TYPE_LABELS: Record<string, string> = {
  user: '用户',
  agency: '执法主体',
  team: '执法队',
  route: '接口',
  session: '会话',
};

export function eventLabel(eventType: string): string {
  return AUDIT_EVENT_LABELS[eventType] ?? eventType;
}
