// 结案 and 归档 payloads.
import type * as z from 'zod';
import { clientOnly, obj, oneOf, opt, req, serverFilled, text } from './fields';
import { education } from './decision';

export const CLOSURE_REASONS = [
  'executed',
  'noPenalty',
  'corrected',
  'transferred',
  'referredCriminal',
  'courtEnforcement',
  'terminated',
] as const;
export type ClosureReason = (typeof CLOSURE_REASONS)[number];
export const CLOSURE_REASON_LABELS: Record<ClosureReason, string> = {
  executed: '处罚决定执行完毕',
  noPenalty: '不予行政处罚',
  corrected: '当事人在责令期限内改正（依法不予处罚）',
  transferred: '已移送有管辖权的机关',
  referredCriminal: '已移送司法机关',
  courtEnforcement: '已申请人民法院强制执行',
  terminated: '终结执行',
};

export const closeCase = clientOnly(
  obj({
    reason: req('结案理由', oneOf(CLOSURE_REASONS, CLOSURE_REASON_LABELS)),
    report: req('结案报告', text(20000)),
    education: opt('教育记录', education),
  }),
);
export type CloseCasePayload = z.infer<typeof closeCase.payload>;

export const archiveCase = serverFilled(
  obj({
    retention: req('保管期限', oneOf(['permanent', 'thirtyYears'], { permanent: '永久', thirtyYears: '30年' })),
  }),
  // 档案号, issued by the server in the case's filing year.
  { archiveNumber: req('档案号', text(20)) },
);
export type ArchiveCasePayload = z.infer<typeof archiveCase.payload>;
