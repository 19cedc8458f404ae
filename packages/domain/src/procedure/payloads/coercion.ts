// 行政强制措施 payloads (行政强制法 第18–33条).
import type * as z from 'zod';
import { bool, clientOnly, date, dateTime, int, list, obj, oneOf, opt, req, serverFilled, text } from './fields';
import { basis, ids, signature } from './common';

export const COERCIVE_MEASURE_KINDS = ['seal', 'seize', 'freeze'] as const;
export type CoerciveMeasureKind = (typeof COERCIVE_MEASURE_KINDS)[number];
export const COERCIVE_MEASURE_KIND_LABELS: Record<CoerciveMeasureKind, string> = {
  seal: '查封',
  seize: '扣押',
  freeze: '冻结',
};

/** 行政强制法 第24条: what the 查封/扣押决定书 must state. */
const decisionDocumentInput = obj({
  partyName: req('当事人名称', text(200)),
  partyAddress: req('当事人地址', text(500)),
  reason: req('理由', text(5000)),
  basis: req('依据', basis(1)),
  periodDays: req('期限（日）', int(1, 60)),
  remediesStated: req('已载明复议、诉讼途径和期限', bool()),
  // The agency's own name when the form leaves it out (the server fills it).
  agencyName: opt('行政机关名称', text(200)),
  sealed: req('已加盖印章', bool()),
});
const decisionDocument = decisionDocumentInput.extend({
  // 决定书 number, issued by the server.
  number: req('文号', text(100)),
  agencyName: req('行政机关名称', text(200)),
});
export type CoerciveDecisionDocument = z.infer<typeof decisionDocument>;

export const applyCoerciveMeasure = serverFilled(
  obj({
    measureId: req('措施编号', text(100)),
    kind: req('措施种类', oneOf(COERCIVE_MEASURE_KINDS, COERCIVE_MEASURE_KIND_LABELS)),
    officerIds: req('执法人员', ids(1)),
    items: req(
      '场所、设施或者财物',
      list(obj({ name: req('名称', text(300)), quantity: req('数量', text(100)) }), 1, 500),
    ),
    decision: req('决定书', decisionDocumentInput),
    // Taken on site before approval (第19条); approval must follow within 24 hours.
    urgent: req('情况紧急当场实施', bool()),
    takenAt: req('实施时间', dateTime()),
    handedOverOnSpot: req('决定书和清单当场交付', bool()),
    inventoryCopies: req('清单份数', int(0, 10)),
    onSiteRecord: req('现场笔录签名', signature),
    // 冻结决定书 delivery date (第31条: within 3 working days).
    freezeNoticeDeliveredOn: opt('冻结决定书交付日期', date()),
    avEvidenceId: opt('音像记录', text(100)),
  }),
  { decision: req('决定书', decisionDocument) },
);
export type ApplyCoerciveMeasurePayload = z.infer<typeof applyCoerciveMeasure.payload>;

export const confirmUrgentMeasure = clientOnly(
  obj({
    measureId: req('措施编号', text(100)),
    approved: req('是否批准', bool()),
    reportedAt: req('报告时间', dateTime()),
    approvedAt: req('批准（或不批准）时间', dateTime()),
  }),
);
export type ConfirmUrgentMeasurePayload = z.infer<typeof confirmUrgentMeasure.payload>;

export const extendCoerciveMeasure = clientOnly(
  obj({
    measureId: req('措施编号', text(100)),
    extensionDays: req('延长天数', int(1, 365)),
    reason: req('延长理由', text(2000)),
    notifiedInWritingOn: req('书面告知日期', date()),
  }),
);
export type ExtendCoerciveMeasurePayload = z.infer<typeof extendCoerciveMeasure.payload>;

export const RELEASE_REASONS = [
  'noViolation',
  'unrelated',
  'decided',
  'expired',
  'notNeeded',
  'urgentNotApproved',
] as const;
export type ReleaseReason = (typeof RELEASE_REASONS)[number];
export const RELEASE_REASON_LABELS: Record<ReleaseReason, string> = {
  noViolation: '当事人没有违法行为',
  unrelated: '场所、设施或者财物与违法行为无关',
  decided: '已作出处理决定',
  expired: '期限已经届满',
  notNeeded: '不再需要采取措施',
  urgentNotApproved: '当场实施后未获批准',
};

export const releaseCoerciveMeasure = clientOnly(
  obj({
    measureId: req('措施编号', text(100)),
    reason: req('解除理由', oneOf(RELEASE_REASONS, RELEASE_REASON_LABELS)),
    note: opt('说明', text(2000)),
  }),
);
export type ReleaseCoerciveMeasurePayload = z.infer<typeof releaseCoerciveMeasure.payload>;

export const EXCLUDED_PERIOD_REASONS = [
  'hearing',
  'publicNotice',
  'testing',
  'inspection',
  'quarantine',
  'appraisal',
  'suspension',
] as const;
export type ExcludedPeriodReason = (typeof EXCLUDED_PERIOD_REASONS)[number];
export const EXCLUDED_PERIOD_REASON_LABELS: Record<ExcludedPeriodReason, string> = {
  hearing: '听证',
  publicNotice: '公告',
  testing: '检测',
  inspection: '检验',
  quarantine: '检疫',
  appraisal: '鉴定',
  suspension: '案件中止',
};

export const excludePeriod = clientOnly(
  obj({
    target: req(
      '适用期限',
      oneOf(['decisionLimit', 'coerciveMeasure'], { decisionLimit: '办案期限', coerciveMeasure: '强制措施期限' }),
    ),
    measureId: opt('措施编号', text(100)),
    from: req('起始日期', date()),
    to: req('终止日期', date()),
    reason: req('扣除事由', oneOf(EXCLUDED_PERIOD_REASONS, EXCLUDED_PERIOD_REASON_LABELS)),
    notifiedInWritingOn: opt('书面告知日期', date()),
  }),
);
export type ExcludePeriodPayload = z.infer<typeof excludePeriod.payload>;
