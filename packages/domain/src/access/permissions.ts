// The one typed permission catalogue (`resource:action`). Every route declares one of these,
// or `public` / `authenticated` (see the server's route registry).
export const PERMISSIONS = {
  'region:read': '查看行政区划',
  'agency:read': '查看执法主体',
  'agency:manage': '管理执法主体与执法队',
  'user:read': '查看用户',
  'user:manage': '管理用户账号',
  'user:unlock': '解锁账号',
  'role:read': '查看角色与权限',
  'role:assign': '分配角色',
  'config:manage': '管理系统配置与节假日',
  'audit:read': '查看审计日志',
  'audit:verify': '校验审计链',
  'workbench:read': '查看工作台',
  'law:read': '查阅法律法规库',
  'law:manage': '导入与维护法律法规',
  'item:read': '查看执法事项',
  'item:manage': '维护执法事项目录',
  'delegation:read': '查看赋权清单',
  'delegation:manage': '赋权与收回',
  'person:read': '查看执法人员',
  'person:manage': '维护执法人员、证件与培训',
  'person:viewIdentity': '查看完整身份证号与电话',
  'lead:read': '查看案源',
  'lead:manage': '登记与处理案源',
  'lead:viewComplainant': '查看公众投诉人身份（每次查看留痕）',
  'case:read': '查看案件',
  'case:handle': '办理案件',
  'case:review': '法制审核',
  'case:approve': '负责人审批',
  'evidence:read': '查看与下载证据',
  'evidence:upload': '上传证据',
  'oversight:read': '执法监督查询',
  'document:configure': '维护文书代字与罚没款收款账户',
  'alert:read': '查看执法预警',
  'alert:handle': '处理执法预警（知悉、复核）',
  'alert:run': '立即运行预警规则',
  'correction:read': '查看执法监督意见书',
  'correction:issue': '制发与审查执法监督意见书',
  'correction:reply': '回复执法监督意见书',
  'disclosure:read': '查看事后公示任务',
  'disclosure:publish': '审核、发布与撤回公示信息',
  'disclosure:configure': '设置事后公示（公示期限、公示期、姓名显示方式）',
  'oversight:review': '案卷评查与考核评议（制定评查标准、抽取与评查案卷、设置考核权重）',
} as const;

export type Permission = keyof typeof PERMISSIONS;

export const PERMISSION_LIST = Object.keys(PERMISSIONS) as Permission[];

export function isPermission(value: string): value is Permission {
  return Object.prototype.hasOwnProperty.call(PERMISSIONS, value);
}
