// Chinese names of audit events and their outcomes; unknown event types show their code.
export const AUDIT_EVENT_LABELS: Record<string, string> = {
  'auth.password': '密码验证',
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
  'agency.peopleSettingsChanged': '修改执法人员设置',
  'person.created': '新增执法人员',
  'person.updated': '修改执法人员',
  'person.identityViewed': '查看完整身份信息',
  'certificate.created': '新增执法证件',
  'certificate.updated': '修改执法证件',
  'certificate.statusChanged': '变更证件状态',
  'training.created': '新增培训记录',
  'training.updated': '修改培训记录',
  'training.deleted': '删除培训记录',
  'training.imported': '导入培训记录',
  'item.created': '新增执法事项',
  'item.updated': '修改执法事项',
  'item.deleted': '删除执法事项',
  'item.imported': '导入执法事项',
  'item.exported': '导出执法事项',
  'law.imported': '导入法律法规',
  'delegation.decided': '赋权决定',
  'delegation.listExported': '导出赋权清单',
  'townshipGroup.created': '新增乡镇分组',
  'townshipGroup.updated': '修改乡镇分组',
  'townshipGroup.deleted': '删除乡镇分组',
};

/** Prefixes offered in the event filter (the server matches event types by prefix). */
export const AUDIT_EVENT_GROUPS: { value: string; label: string }[] = [
  { value: 'auth.', label: '认证（登录、退出、锁定等）' },
  { value: 'user.', label: '用户与角色' },
  { value: 'agency.', label: '执法主体' },
  { value: 'team.', label: '执法队' },
  { value: 'access.', label: '访问控制' },
  { value: 'person.', label: '执法人员' },
  { value: 'certificate.', label: '执法证件' },
  { value: 'training.', label: '培训' },
  { value: 'item.', label: '执法事项' },
  { value: 'law.', label: '法律法规' },
  { value: 'delegation.', label: '赋权' },
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
  region: '行政区划',
  person: '执法人员',
  certificate: '执法证件',
  training: '培训记录',
  item: '执法事项',
  law: '法律法规',
  delegation: '赋权',
  townshipGroup: '乡镇分组',
};

export function eventLabel(eventType: string): string {
  return AUDIT_EVENT_LABELS[eventType] ?? eventType;
}
