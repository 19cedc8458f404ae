// One line per action for the case's timeline, in the words of the forms.
import {
  CASE_ACTIONS,
  CASE_DISCRETION_TIER_LABELS,
  CLOSURE_REASON_LABELS,
  EVIDENCE_KIND_LABELS,
  FOLLOW_UP_OUTCOME_LABELS,
  describeCorrectionPeriod,
  HEARING_ATTENDANCE_LABELS,
  REVIEW_TRIGGER_LABELS,
  SERVICE_METHOD_LABELS,
  describePenalty,
  isCaseActionType,
  type PenaltyProposal,
} from '@zhifa/domain';
import type { StoredAction } from './load-case';

type P = Record<string, any>;
const cut = (s: unknown, n = 80) => (typeof s === 'string' ? (s.length > n ? `${s.slice(0, n)}…` : s) : '');
const penalty = (p: unknown) => {
  try {
    return describePenalty(p as PenaltyProposal);
  } catch {
    return '';
  }
};
const labelOf = <K extends string>(labels: Record<K, string>, key: unknown) =>
  typeof key === 'string' && key in labels ? labels[key as K] : '';

const SUMMARIES: Record<string, (p: P) => string> = {
  fileCase: (p) => `当事人：${p.party?.name ?? ''}；事项：${(p.items ?? []).map((i: P) => i.name).join('、')}`,
  approveFiling: (p) => cut(p.opinion) || '同意立案',
  refuseFiling: (p) => cut(p.reason),
  assignOfficers: (p) => cut(p.reason),
  addParty: (p) => `追加当事人${p.partyId ?? ''}：${p.party?.name ?? ''}；${cut(p.jointFacts, 60)}`,
  requestRecusal: (p) => cut(p.reason),
  decideRecusal: (p) => `${p.granted ? '准予回避' : '不予回避'}：${cut(p.reason)}`,
  markSuspectedCrime: (p) => cut(p.reportSummary),
  referCriminal: (p) =>
    p.approved
      ? `批准移送${p.recipient ?? ''}${typeof p.approvedAt === 'string' ? `（批准时间 ${p.approvedAt.replace('T', ' ')}，24小时内移送）` : ''}`
      : `不批准移送：${cut(p.reason)}`,
  transferCase: (p) => `移送${p.toAgency ?? ''}`,
  recordInterview: (p) => `被询问人：${p.interviewee ?? ''}`,
  recordSiteInspection: (p) => cut(p.findings),
  addEvidence: (p) => `${labelOf(EVIDENCE_KIND_LABELS, p.kind)}：${p.title ?? ''}`,
  markEvidenceIllegal: (p) => cut(p.reason),
  orderCorrection: (p) =>
    `${p.orderNumber ?? ''}；${describeCorrectionPeriod(p.period)}：${cut(p.requirement, 60)}${p.penaltyOnlyIfUncorrected ? '；逾期不改正的，依法处罚' : ''}`,
  recordFollowUpInspection: (p) => `${labelOf(FOLLOW_UP_OUTCOME_LABELS, p.outcome)}：${cut(p.findings, 60)}`,
  finishInvestigation: (p) => cut(p.report),
  issueNotice: (p) => `${p.noticeNumber ?? ''}；拟${penalty(p.intendedPenalty)}`,
  recordNoticeService: (p) => `${labelOf(SERVICE_METHOD_LABELS, p.method)}，受送达人：${p.recipient ?? ''}`,
  recordStatement: (p) => cut(p.content),
  answerStatement: (p) => cut(p.reasoning),
  requestHearing: (p) => `收到申请：${p.requestedOn ?? ''}`,
  scheduleHearing: (p) => `${p.hearingDate ?? ''} ${p.place ?? ''}`,
  recordHearing: (p) => labelOf(HEARING_ATTENDANCE_LABELS, p.attendance),
  submitForReview: (p) => (p.triggers ?? []).map((t: string) => labelOf(REVIEW_TRIGGER_LABELS, t)).join('、'),
  recordReview: (p) => `${p.outcome === 'pass' ? '通过' : '退回'}：${cut(p.opinion)}`,
  recordDeliberation: (p) => cut(p.conclusion),
  extendDeadline: (p) => `延长 ${p.days ?? ''} 日：${cut(p.reason)}`,
  decide: (p) =>
    `${p.partyId ? `当事人${p.partyId}：` : ''}${p.decisionNumber ?? ''}；${p.outcome === 'noPenalty' ? '不予行政处罚' : penalty(p.penalty)}${Array.isArray(p.uncorrectedOrderIds) && p.uncorrectedOrderIds.length ? `；当事人逾期未改正（责令改正 ${p.uncorrectedOrderIds.join('、')} 经复查）` : ''}`,
  serveDecision: (p) => `${labelOf(SERVICE_METHOD_LABELS, p.method)}，受送达人：${p.recipient ?? ''}`,
  recordPayment: (p) => `${p.amount ?? ''} 元${p.receiptNo ? `，票据号 ${p.receiptNo}` : ''}`,
  decideOnTheSpot: (p) =>
    `${p.formNumber ?? ''}；${penalty(p.penalty)}${labelOf(CASE_DISCRETION_TIER_LABELS, p.tier) ? `（${labelOf(CASE_DISCRETION_TIER_LABELS, p.tier)}）` : ''}`,
  recordSummaryService: (p) => (p.partySigned ? '当事人已签收' : `当事人拒绝签收：${cut(p.refusalNote)}`),
  fileSummaryRecord: (p) => `报${p.filedWith ?? ''}备案`,
  closeCase: (p) => labelOf(CLOSURE_REASON_LABELS, p.reason),
  archiveCase: (p) => `档案号 ${p.archiveNumber ?? ''}`,
};

export function timelineEntry(a: StoredAction) {
  const p = (a.payload ?? {}) as P;
  const summary = SUMMARIES[a.type]?.(p) ?? null;
  return {
    seq: a.seq,
    type: a.type,
    label: isCaseActionType(a.type) ? CASE_ACTIONS[a.type].label : a.type,
    actorName: a.actorName,
    actorRole: a.actorRole,
    at: a.at.toISOString(),
    actionDate: a.actionDate,
    summary,
    payload: a.payload,
    warnings: Array.isArray(a.warnings) ? a.warnings : [],
  };
}
