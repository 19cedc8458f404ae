// The alert rules (预警规则) of the oversight platform as data: each rule's name, Chinese title,
// what it finds, its legal basis and how grave it is. The server holds one query per rule
// (modules/alerts/rules/<rule>.ts); the web shows these texts beside every alert.

export type AlertSeverity = 'high' | 'medium' | 'low';
export type AlertStatus = 'open' | 'acknowledged' | 'resolved';

export const ALERT_SEVERITY_LABELS: Record<AlertSeverity, string> = { high: '严重', medium: '一般', low: '提示' };
export const ALERT_STATUS_LABELS: Record<AlertStatus, string> = {
  open: '待处理',
  acknowledged: '已知悉',
  resolved: '已消除',
};

export interface AlertRuleDefinition {
  title: string;
  description: string;
  legalBasis: string;
  severity: AlertSeverity;
  /** What an alert of this rule points at (the subject its unique key is built from). */
  subject:
    | 'case'
    | 'officer'
    | 'item'
    | 'agency'
    | 'evidence'
    | 'auditChain'
    | 'enterprise'
    | 'correctionNotice'
    | 'rectification';
  /** planned: defined here, no query yet (another module supplies its data). */
  planned?: true;
}

export const ALERT_RULES = {
  deadlineOverdue: {
    title: '法定期限逾期',
    description: '案件的法定办理期限（立案、告知、听证、决定、送达、执行等）已过而相应步骤尚未完成。',
    legalBasis: '《行政处罚法》第54条、第60条、第64条、第66条、第73条；《广东省行政执法监督条例》',
    severity: 'high',
    subject: 'case',
  },
  decisionWithoutReview: {
    title: '应审未审作出决定',
    description: '案件属于应当进行法制审核的情形，未经法制审核通过即作出处罚决定。',
    legalBasis: '《行政处罚法》第58条',
    severity: 'high',
    subject: 'case',
  },
  fineOutsideBenchmark: {
    title: '罚款超出裁量基准',
    description: '处罚决定的罚款金额不在所适用裁量基准档次允许的范围内。',
    legalBasis: '《行政处罚法》第34条；《广东省市场监督管理局行政处罚裁量权适用规则》',
    severity: 'medium',
    subject: 'case',
  },
  officerUncertified: {
    title: '执法人员无有效执法证或辅助人员充当执法人员',
    description: '在办案件的承办执法人员没有有效的行政执法证件，或为执法辅助人员。',
    legalBasis: '《行政处罚法》第42条；《广东省行政执法监督条例》',
    severity: 'high',
    subject: 'officer',
  },
  sameHandlerReviewer: {
    title: '办案与审核为同一人',
    description: '法制审核人员同时是本案的承办执法人员。',
    legalBasis: '《行政处罚法》第58条（初次从事法制审核的人员应当取得法律职业资格；审核与办理相分离）',
    severity: 'high',
    subject: 'case',
  },
  caseOver90Days: {
    title: '立案超过90日未办结且未延期',
    description:
      '普通程序案件自立案之日起超过90日（听证、公告、检测、鉴定、案件中止等期间不计入）仍未作出处理决定，且未经批准延长办案期限。',
    legalBasis: '《行政处罚法》第60条',
    severity: 'high',
    subject: 'case',
  },
  itemNotHeld: {
    title: '超越职权行使事项',
    description: '执法主体在立案之日并不享有所办事项的行政处罚权（未赋权或已收回）。',
    legalBasis: '《行政处罚法》第24条、第38条',
    severity: 'high',
    subject: 'case',
  },
  inspectionCap: {
    title: '同一企业检查过频',
    description: '同一企业在一年内被检查的次数超过设定的上限（暂以登记为“检查发现”的案源计）。',
    legalBasis: '《优化营商环境条例》第59条；《行政执法监督条例》',
    severity: 'medium',
    subject: 'enterprise',
  },
  idleItem: {
    title: '赋权事项长期未行使',
    description: '乡镇（街道）承接的赋权事项连续12个月无案件、无检查（零执法事项），应评估是否调整。',
    legalBasis: '《行政处罚法》第24条（定期组织评估）',
    severity: 'low',
    subject: 'item',
  },
  trainingShort: {
    title: '培训学时不足',
    description: '持证执法人员上一年度的培训学时未达到本主体要求。',
    legalBasis: '《广东省行政执法人员培训办法》',
    severity: 'low',
    subject: 'officer',
  },
  reviewerRatioLow: {
    title: '法制审核人员不足5%',
    description: '执法主体的法制审核人员人数低于本主体执法人员总数的规定比例（默认5%）。',
    legalBasis:
      '《关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》（国办发〔2018〕118号）',
    severity: 'medium',
    subject: 'agency',
  },
  evidenceHashMismatch: {
    title: '证据文件与登记哈希不符',
    description: '证据库中存储的文件缺失，或其内容的 SHA-256 与登记时不一致，证据可能已被篡改。',
    legalBasis: '《行政处罚法》第46条、第47条（证据真实，执法全过程记录）',
    severity: 'high',
    subject: 'evidence',
  },
  auditChainBroken: {
    title: '审计链断裂',
    description: '审计日志的哈希链或签封校验失败，审计记录可能已被篡改或删除。',
    legalBasis: 'GB/T 22239-2019 8.1.4.3（安全审计）',
    severity: 'high',
    subject: 'auditChain',
  },
  correctionOverdue: {
    title: '监督意见书逾期未整改',
    description: '执法监督意见书的整改期限已过，执法主体尚未回复或回复被退回后未再回复。',
    legalBasis: '《广东省行政执法监督条例》',
    severity: 'medium',
    subject: 'correctionNotice',
  },
  rectificationOverdue: {
    title: '评查整改逾期',
    description: '案卷评查下达的整改任务已过整改期限，执法主体尚未回复或回复被退回后未再回复。',
    legalBasis: '《广东省行政执法监督条例》（案卷评查与整改）',
    severity: 'medium',
    subject: 'rectification',
  },
  disclosureLate: {
    title: '公示逾期',
    description:
      '行政处罚决定的公示任务过了应公开之日（默认作出决定后7个工作日）仍未公开，或仍因检测到个人信息而暂缓待审。',
    legalBasis: '《行政处罚法》第48条',
    severity: 'medium',
    subject: 'case',
  },
  withdrawalLate: {
    title: '撤下公示逾期',
    description: '处罚决定被变更、撤销、确认违法或无效后3个工作日内未撤下公示（仍在公示或仍待公示）。',
    legalBasis: '《行政处罚法》第48条第2款',
    severity: 'high',
    subject: 'case',
  },
} as const satisfies Record<string, AlertRuleDefinition>;

export type AlertRuleId = keyof typeof ALERT_RULES;
/** Rules that have a query; the planned ones (公示) wait for the disclosure module's data. */
export type ActiveAlertRuleId = {
  [K in AlertRuleId]: (typeof ALERT_RULES)[K] extends { planned: true } ? never : K;
}[AlertRuleId];

export const ALERT_RULE_IDS = Object.keys(ALERT_RULES) as AlertRuleId[];

export function isAlertRuleId(value: string): value is AlertRuleId {
  return Object.prototype.hasOwnProperty.call(ALERT_RULES, value);
}
