// 法制审核, 集体讨论 and decision-limit extension payloads (第57–58条, 第60条).
import type * as z from 'zod';
import { bool, clientOnly, date, int, list, obj, oneOf, opt, req, text } from './fields';
import { ids, penalty } from './common';

/** The nine review headings of 国办发〔2018〕118号 (eight plus the transfer check). */
export const REVIEW_ITEMS = [
  'subject',
  'competence',
  'procedure',
  'facts',
  'evidence',
  'legalBasis',
  'discretion',
  'documents',
  'criminalTransfer',
] as const;
export type ReviewItem = (typeof REVIEW_ITEMS)[number];
// Stated so that 符合 always means the case is in order (a question such as 「是否涉嫌犯罪」 would
// make 符合 ambiguous).
export const REVIEW_ITEM_LABELS: Record<ReviewItem, string> = {
  subject: '执法主体合法，执法人员具备执法资格',
  competence: '未超越法定权限',
  procedure: '执法程序合法',
  facts: '案件事实清楚',
  evidence: '证据合法、充分',
  legalBasis: '适用法律、法规、规章准确',
  discretion: '裁量基准运用适当',
  documents: '执法文书完备、规范',
  criminalTransfer: '不涉嫌犯罪，无需移送司法机关',
};

export const REVIEW_TRIGGERS = [
  'majorPublicInterest',
  'hearingMajorRights',
  'complex',
  'lawRequires',
  'majorList',
  'benchmarkDeviation',
  'voluntary',
] as const;
export type ReviewTrigger = (typeof REVIEW_TRIGGERS)[number];
export const REVIEW_TRIGGER_LABELS: Record<ReviewTrigger, string> = {
  majorPublicInterest: '涉及重大公共利益',
  hearingMajorRights: '直接关系重大权益且经过听证',
  complex: '案件情况疑难复杂、涉及多个法律关系',
  lawRequires: '法律、法规规定应当法制审核',
  majorList: '列入重大执法决定法制审核目录',
  benchmarkDeviation: '罚款或裁量阶次偏离裁量基准',
  voluntary: '机关决定提交审核',
};

export const submitForReview = clientOnly(
  obj({
    triggers: req('审核情形', list(oneOf(REVIEW_TRIGGERS, REVIEW_TRIGGER_LABELS), 1, REVIEW_TRIGGERS.length)),
    materials: req('送审材料', text(20000)),
  }),
);
export type SubmitForReviewPayload = z.infer<typeof submitForReview.payload>;

const checklistEntry = obj({ ok: req('符合', bool()), note: opt('意见', text(5000)) });
export type ReviewChecklistEntry = z.infer<typeof checklistEntry>;

const checklist = obj(
  Object.fromEntries(REVIEW_ITEMS.map((item) => [item, opt(REVIEW_ITEM_LABELS[item], checklistEntry)])) as {
    [K in ReviewItem]: z.ZodOptional<typeof checklistEntry>;
  },
);

export const recordReview = clientOnly(
  obj({
    outcome: req('审核结论', oneOf(['pass', 'return'], { pass: '同意（通过）', return: '存在问题，退回' })),
    opinion: req('审核意见', text(20000)),
    checklist: req('审核事项', checklist),
  }),
);
export type RecordReviewPayload = z.infer<typeof recordReview.payload>;

export const recordDeliberation = clientOnly(
  obj({
    heldOn: req('讨论日期', date()),
    participantIds: req('参加讨论的负责人', ids(2)),
    conclusion: req('讨论结论', text(20000)),
    proposedPenalty: opt('讨论确定的处罚', penalty),
  }),
);
export type RecordDeliberationPayload = z.infer<typeof recordDeliberation.payload>;

export const extendDeadline = clientOnly(
  obj({
    days: req('延长天数', int(1, 365)),
    reason: req('延长理由', text(5000)),
    approval: req('批准方式', oneOf(['head', 'collective'], { head: '负责人批准', collective: '集体讨论决定' })),
  }),
);
export type ExtendDeadlinePayload = z.infer<typeof extendDeadline.payload>;
