// 行刑衔接 payloads (移送规定 第5–12条).
import type * as z from 'zod';
import { bool, clientOnly, date, dateTime, list, obj, oneOf, opt, req, text } from './fields';
import { ids } from './common';

export const markSuspectedCrime = clientOnly(
  obj({
    reportOn: req('移送报告日期', date()),
    reportSummary: req('涉嫌犯罪情况', text(20000)),
    // 移送规定 第5条: a special team of at least two officers writes the report.
    officerIds: req('专案组执法人员', ids(1)),
  }),
);
export type MarkSuspectedCrimePayload = z.infer<typeof markSuspectedCrime.payload>;

export const REFERRAL_ATTACHMENTS = [
  'transferLetter',
  'investigationReport',
  'itemList',
  'expertReports',
  'otherMaterials',
] as const;
export type ReferralAttachment = (typeof REFERRAL_ATTACHMENTS)[number];
export const REFERRAL_ATTACHMENT_LABELS: Record<ReferralAttachment, string> = {
  transferLetter: '涉嫌犯罪案件移送书',
  investigationReport: '涉嫌犯罪案件情况的调查报告',
  itemList: '涉案物品清单',
  expertReports: '有关检验报告或者鉴定结论',
  otherMaterials: '其他有关涉嫌犯罪的材料',
};

export const referCriminal = clientOnly(
  obj({
    approved: req('是否批准移送', bool()),
    reason: opt('不批准理由', text(2000)),
    recipient: opt('接收机关', text(300)),
    // 移送规定 第5条: the 24 hours to transfer run from this moment (required when approved).
    approvedAt: opt('批准时间', dateTime()),
    transferredAt: opt('移送时间', dateTime()),
    attachments: req('移送材料', list(oneOf(REFERRAL_ATTACHMENTS, REFERRAL_ATTACHMENT_LABELS), 0, 10)),
    // No inspection or expert report exists, so none can be attached.
    noExpertReports: opt('无检验鉴定报告', bool()),
  }),
);
export type ReferCriminalPayload = z.infer<typeof referCriminal.payload>;

export const REFERRAL_RESPONSES = [
  'policeAccepted',
  'policeRefused',
  'reconsiderationRequested',
  'itemsHandedOver',
  'returnedForAdministrative',
] as const;
export type ReferralResponse = (typeof REFERRAL_RESPONSES)[number];
export const REFERRAL_RESPONSE_LABELS: Record<ReferralResponse, string> = {
  policeAccepted: '公安机关立案',
  policeRefused: '公安机关不予立案',
  reconsiderationRequested: '已提请复议',
  itemsHandedOver: '已移交涉案物品和材料',
  returnedForAdministrative: '退回依法作出行政处理',
};

export const recordReferralResponse = clientOnly(
  obj({
    response: req('反馈情况', oneOf(REFERRAL_RESPONSES, REFERRAL_RESPONSE_LABELS)),
    on: req('日期', date()),
    note: opt('说明', text(2000)),
  }),
);
export type RecordReferralResponsePayload = z.infer<typeof recordReferralResponse.payload>;
