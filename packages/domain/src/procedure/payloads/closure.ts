// 结案 and 归档 payloads.
import { type Validator, obj, oneOf, opt, req, text } from '../validate';
import { type EducationRecord, validateEducation } from './decision';

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

export interface CloseCasePayload {
  reason: ClosureReason;
  report: string;
  education?: EducationRecord;
}
export const validateCloseCase: Validator = obj({
  reason: req('结案理由', oneOf(CLOSURE_REASONS, CLOSURE_REASON_LABELS)),
  report: req('结案报告', text(20000)),
  education: opt('教育记录', validateEducation),
});

export interface ArchiveCasePayload {
  archiveNumber: string;
  retention: 'permanent' | 'thirtyYears';
}
export const validateArchiveCase: Validator = obj({
  archiveNumber: req('档案号', text(20)),
  retention: req('保管期限', oneOf(['permanent', 'thirtyYears'], { permanent: '永久', thirtyYears: '30年' })),
});
