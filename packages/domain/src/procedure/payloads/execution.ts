// Execution payloads (第66–73条; 行政强制法 第35–54条).
import type * as z from 'zod';
import { bool, clientOnly, date, dateTime, list, literal, money, obj, oneOf, opt, req, text, time } from './fields';

export const PAYMENT_CHANNELS = ['bank', 'electronic', 'cash'] as const;
export type PaymentChannel = (typeof PAYMENT_CHANNELS)[number];
export const PAYMENT_CHANNEL_LABELS: Record<PaymentChannel, string> = {
  bank: '指定银行缴纳',
  electronic: '电子支付',
  cash: '当场收缴',
};

export const recordPayment = clientOnly(
  obj({
    // 共同违法: whose fine is paid (required when the case decided several parties).
    partyId: opt('当事人', text(20)),
    amount: req('缴纳罚款金额', money()),
    surchargeAmount: opt('缴纳加处罚款金额', money()),
    paidOn: req('缴纳日期', date()),
    channel: req('缴纳方式', oneOf(PAYMENT_CHANNELS, PAYMENT_CHANNEL_LABELS)),
    receiptNo: opt('票据号码', text(100)),
  }),
);
export type RecordPaymentPayload = z.infer<typeof recordPayment.payload>;

export const approveDeferral = clientOnly(
  obj({
    until: req('暂缓至', date()),
    reason: req('确有经济困难的情况', text(5000)),
  }),
);
export type ApproveDeferralPayload = z.infer<typeof approveDeferral.payload>;

export const approveInstalments = clientOnly(
  obj({
    instalments: req('分期计划', list(obj({ due: req('期限', date()), amount: req('金额', money()) }), 2, 60)),
    reason: req('确有经济困难的情况', text(5000)),
  }),
);
export type ApproveInstalmentsPayload = z.infer<typeof approveInstalments.payload>;

export const issueDemand = clientOnly(
  obj({
    servedOn: req('催告书送达日期', date()),
    performBy: req('履行期限', date()),
    amount: req('金额', money()),
    method: req('履行方式', text(2000)),
    // 行政强制法 第35条: the party's right to make representations is stated.
    representationRightStated: req('已告知陈述申辩权', literal(true)),
  }),
);
export type IssueDemandPayload = z.infer<typeof issueDemand.payload>;

export const COURT_MATERIALS = ['application', 'decision', 'partyOpinions', 'demand', 'subject'] as const;
export type CourtMaterial = (typeof COURT_MATERIALS)[number];
export const COURT_MATERIAL_LABELS: Record<CourtMaterial, string> = {
  application: '强制执行申请书',
  decision: '行政决定书及作出决定的事实、理由和依据',
  partyOpinions: '当事人的意见及行政机关催告情况',
  demand: '催告书及送达回证',
  subject: '申请强制执行标的情况',
};

export const applyCourtEnforcement = clientOnly(
  obj({
    court: req('受理法院', text(300)),
    materials: req('申请材料', list(oneOf(COURT_MATERIALS, COURT_MATERIAL_LABELS), 1, 5)),
    signedByHead: req('申请书经负责人签名并加盖印章', bool()),
  }),
);
export type ApplyCourtEnforcementPayload = z.infer<typeof applyCourtEnforcement.payload>;

export const enforceDecision = clientOnly(
  obj({
    method: req('强制执行方式', text(500)),
    scheduledDate: req('实施日期', date()),
    startTime: req('开始时刻', time()),
    urgent: req('情况紧急', bool()),
    urgentReason: opt('紧急情况说明', text(2000)),
    avEvidenceId: opt('音像记录', text(100)),
  }),
);
export type EnforceDecisionPayload = z.infer<typeof enforceDecision.payload>;

export const recordRemedyProceeding = clientOnly(
  obj({
    kind: req(
      '救济程序',
      oneOf(['reconsideration', 'litigation'], { reconsideration: '行政复议', litigation: '行政诉讼' }),
    ),
    from: req('起始日期', date()),
    to: opt('终结日期', date()),
    outcome: opt('结果', text(5000)),
  }),
);
export type RecordRemedyProceedingPayload = z.infer<typeof recordRemedyProceeding.payload>;

// 行政处罚法 第48条第2款: a decision changed, revoked, confirmed unlawful or confirmed void.
export const DECISION_CHANGE_GROUNDS = ['changed', 'revoked', 'confirmedUnlawful', 'confirmedVoid'] as const;
export type DecisionChangeGround = (typeof DECISION_CHANGE_GROUNDS)[number];
export const DECISION_CHANGE_GROUND_LABELS: Record<DecisionChangeGround, string> = {
  changed: '变更',
  revoked: '撤销',
  confirmedUnlawful: '确认违法',
  confirmedVoid: '确认无效',
};
export const DECISION_CHANGE_BODIES = ['reconsideration', 'litigation', 'selfCorrection'] as const;
export type DecisionChangeBody = (typeof DECISION_CHANGE_BODIES)[number];
export const DECISION_CHANGE_BODY_LABELS: Record<DecisionChangeBody, string> = {
  reconsideration: '行政复议决定',
  litigation: '人民法院裁判',
  selfCorrection: '本机关自行纠正',
};

export const recordDecisionChange = clientOnly(
  obj({
    ground: req('决定变动情形', oneOf(DECISION_CHANGE_GROUNDS, DECISION_CHANGE_GROUND_LABELS)),
    by: req('变动途径', oneOf(DECISION_CHANGE_BODIES, DECISION_CHANGE_BODY_LABELS)),
    on: req('变动日期', date()),
    reference: req('文书文号', text(200)),
    note: opt('说明', text(2000)),
  }),
);
export type RecordDecisionChangePayload = z.infer<typeof recordDecisionChange.payload>;

export const CASH_GROUNDS = ['smallAmount', 'hardToCollect', 'remoteArea'] as const;
export type CashGround = (typeof CASH_GROUNDS)[number];
export const CASH_GROUND_LABELS: Record<CashGround, string> = {
  smallAmount: '依法给予一百元以下罚款',
  hardToCollect: '不当场收缴事后难以执行',
  remoteArea: '边远、水上、交通不便地区，当事人提出',
};

export const collectOnTheSpot = clientOnly(
  obj({
    amount: req('收缴金额', money()),
    ground: req('当场收缴情形', oneOf(CASH_GROUNDS, CASH_GROUND_LABELS)),
    // 第69条: in remote areas only on the party's request.
    partyRequested: opt('当事人提出', bool()),
    // 第70条: number of the 财政部门统一制发的专用票据.
    receiptNo: opt('专用票据号码', text(100)),
    collectedAt: req('收缴时间', dateTime()),
    onWater: req('水上收缴', bool()),
    landedOn: opt('抵岸日期', date()),
  }),
);
export type CollectOnTheSpotPayload = z.infer<typeof collectOnTheSpot.payload>;

export const recordCashHandling = clientOnly(
  obj({
    step: req('环节', oneOf(['handIn', 'deposit'], { handIn: '交至行政机关', deposit: '缴付指定银行' })),
    on: req('日期', date()),
  }),
);
export type RecordCashHandlingPayload = z.infer<typeof recordCashHandling.payload>;
