// Every action a case can take, in one table: who may take it, from which statuses, where it
// leads, and how its payload is checked. allowedActions(), decide(), fold and the README's
// action table all read from here.
import type { BusinessRole } from '../access/index';
import { ART } from './articles';
import * as coercion from './payloads/coercion';
import * as correction from './payloads/correction';
import * as closure from './payloads/closure';
import * as criminal from './payloads/criminal';
import * as decision from './payloads/decision';
import * as execution from './payloads/execution';
import * as filing from './payloads/filing';
import type { CaseActionType } from './payloads/index';
import * as investigation from './payloads/investigation';
import * as notice from './payloads/notice';
import * as parties from './payloads/parties';
import * as review from './payloads/review';
import * as service from './payloads/service';
import * as summary from './payloads/summary';
import type { CaseStatus } from './status';
import { type Validator, unknownKeys, validateWith } from './validate';

/**
 * 办、审、定三分离: which hat the actor wears.
 * - handle: an officer assigned to the case (办).
 * - approve: a head approving; must not be one of the case's investigators.
 * - review: the legal reviewer (审); must not be an investigator.
 * - decide: the head signing the decision (定); neither an investigator nor a reviewer of the case.
 * - none: clerical or party-driven steps.
 */
export type CaseDuty = 'handle' | 'approve' | 'review' | 'decide' | 'none';

export interface CaseActionSpec {
  label: string;
  procedure: 'summary' | 'ordinary' | 'both';
  from: readonly CaseStatus[];
  /** The usual next status ('same' = unchanged). */
  to: CaseStatus | 'same';
  /** Other statuses the payload can lead to (e.g. a review that returns the case). */
  alsoTo?: readonly (CaseStatus | 'same')[];
  roles: readonly BusinessRole[];
  duty: CaseDuty;
  /** The step's legal basis, cited when the step itself is refused. */
  basis: string;
  validate: PayloadValidator;
}

type PayloadValidator = ((payload: unknown) => string[]) & { check: Validator };

const v = (check: Validator): PayloadValidator => Object.assign((payload: unknown) => validateWith(check, payload), { check });

const PRE_DECISION: CaseStatus[] = [
  'investigating',
  'awaitingJurisdictionRuling',
  'investigated',
  'noticeIssued',
  'noticeServed',
  'hearingRequested',
  'hearingScheduled',
  'hearingHeld',
  'underReview',
  'reviewPassed',
  'deliberated',
];
const AFTER_DECISION: CaseStatus[] = ['decided', 'noPenaltyDecided', 'served', 'executing', 'overdue', 'courtEnforcement', 'executed'];
const ORDINARY_OPEN: CaseStatus[] = ['filingRequested', ...PRE_DECISION, ...AFTER_DECISION, 'transferred', 'referredCriminal'];
const SUMMARY_OPEN: CaseStatus[] = ['summaryDecided', 'summaryServed', 'summaryFiled'];
const EXECUTION: CaseStatus[] = ['served', 'executing', 'overdue', 'courtEnforcement', 'summaryServed', 'summaryFiled'];
const STATEMENT_PHASE: CaseStatus[] = ['noticeServed', 'hearingRequested', 'hearingScheduled', 'hearingHeld'];
const DECIDABLE: CaseStatus[] = ['investigated', 'noticeServed', 'hearingHeld', 'reviewPassed', 'deliberated'];

export const CASE_ACTIONS: Record<CaseActionType, CaseActionSpec> = {
  fileCase: { label: '立案申请', procedure: 'ordinary', from: ['draft'], to: 'filingRequested', roles: ['officer'], duty: 'none', basis: ART.filing, validate: v(filing.validateFileCase) },
  approveFiling: { label: '批准立案', procedure: 'ordinary', from: ['filingRequested'], to: 'investigating', roles: ['agencyHead'], duty: 'approve', basis: ART.filing, validate: v(filing.validateApproveFiling) },
  refuseFiling: { label: '不予立案', procedure: 'ordinary', from: ['filingRequested'], to: 'filingRefused', roles: ['agencyHead'], duty: 'approve', basis: ART.filing, validate: v(filing.validateRefuseFiling) },
  assignOfficers: { label: '调整承办人员', procedure: 'ordinary', from: ['filingRequested', ...PRE_DECISION], to: 'same', roles: ['agencyHead'], duty: 'approve', basis: ART.twoOfficers, validate: v(filing.validateAssignOfficers) },
  addParty: { label: '追加共同违法当事人', procedure: 'ordinary', from: ['filingRequested', 'investigating', 'awaitingJurisdictionRuling', 'investigated'], to: 'same', roles: ['agencyHead'], duty: 'approve', basis: ART.filing, validate: v(parties.validateAddParty) },
  requestRecusal: { label: '登记回避申请', procedure: 'ordinary', from: ['filingRequested', ...PRE_DECISION], to: 'same', roles: ['officer', 'auxiliary'], duty: 'none', basis: ART.recusalApplication, validate: v(filing.validateRequestRecusal) },
  decideRecusal: { label: '回避决定', procedure: 'ordinary', from: ['filingRequested', ...PRE_DECISION], to: 'same', roles: ['agencyHead'], duty: 'approve', basis: ART.recusalApplication, validate: v(filing.validateDecideRecusal) },
  transferCase: { label: '移送有管辖权机关', procedure: 'ordinary', from: ['filingRequested', 'investigating', 'investigated', 'awaitingJurisdictionRuling'], to: 'transferred', roles: ['agencyHead'], duty: 'approve', basis: ART.jurisdictionPlace, validate: v(filing.validateTransferCase) },
  requestJurisdictionRuling: { label: '报请指定管辖', procedure: 'ordinary', from: ['investigating'], to: 'awaitingJurisdictionRuling', roles: ['agencyHead'], duty: 'approve', basis: ART.jurisdictionRuling, validate: v(filing.validateRequestJurisdictionRuling) },
  recordJurisdictionRuling: { label: '登记指定管辖结果', procedure: 'ordinary', from: ['awaitingJurisdictionRuling'], to: 'investigating', alsoTo: ['transferred'], roles: ['officer', 'agencyHead'], duty: 'none', basis: ART.jurisdictionRuling, validate: v(filing.validateRecordJurisdictionRuling) },
  recordInterview: { label: '询问笔录', procedure: 'ordinary', from: ['investigating'], to: 'same', roles: ['officer'], duty: 'handle', basis: ART.investigationRecord, validate: v(investigation.validateRecordInterview) },
  recordSiteInspection: { label: '现场检查（勘验）笔录', procedure: 'ordinary', from: ['investigating'], to: 'same', roles: ['officer'], duty: 'handle', basis: ART.investigationRecord, validate: v(investigation.validateRecordSiteInspection) },
  orderCorrection: { label: '责令（限期）改正', procedure: 'ordinary', from: ['filingRequested', ...PRE_DECISION], to: 'same', roles: ['officer'], duty: 'handle', basis: ART.correction, validate: v(correction.validateOrderCorrection) },
  recordFollowUpInspection: { label: '复查（责令改正情况）', procedure: 'ordinary', from: ['filingRequested', ...PRE_DECISION, ...AFTER_DECISION], to: 'same', roles: ['officer'], duty: 'handle', basis: ART.correction, validate: v(correction.validateRecordFollowUpInspection) },
  addEvidence: { label: '登记证据', procedure: 'both', from: ['filingRequested', ...PRE_DECISION, ...AFTER_DECISION, ...SUMMARY_OPEN], to: 'same', roles: ['officer', 'auxiliary'], duty: 'none', basis: ART.evidence, validate: v(investigation.validateAddEvidence) },
  markEvidenceIllegal: { label: '标记非法证据', procedure: 'both', from: ['filingRequested', ...PRE_DECISION, ...SUMMARY_OPEN], to: 'same', roles: ['officer', 'legalReviewer', 'agencyHead'], duty: 'none', basis: ART.evidence, validate: v(investigation.validateMarkEvidenceIllegal) },
  preserveEvidence: { label: '先行登记保存证据（负责人批准）', procedure: 'ordinary', from: ['investigating'], to: 'same', roles: ['agencyHead'], duty: 'approve', basis: ART.preservation, validate: v(investigation.validatePreserveEvidence) },
  handlePreservedEvidence: { label: '先行登记保存物品处理决定', procedure: 'ordinary', from: [...PRE_DECISION, 'decided', 'noPenaltyDecided'], to: 'same', roles: ['agencyHead'], duty: 'approve', basis: ART.preservation, validate: v(investigation.validateHandlePreservedEvidence) },
  applyCoerciveMeasure: { label: '实施行政强制措施（查封、扣押、冻结）', procedure: 'ordinary', from: ['filingRequested', 'investigating'], to: 'same', roles: ['agencyHead', 'officer'], duty: 'none', basis: ART.coerciveProcedure, validate: v(coercion.validateApplyCoerciveMeasure) },
  confirmUrgentMeasure: { label: '当场实施强制措施补办批准', procedure: 'ordinary', from: ORDINARY_OPEN, to: 'same', roles: ['agencyHead'], duty: 'approve', basis: ART.urgentMeasure, validate: v(coercion.validateConfirmUrgentMeasure) },
  extendCoerciveMeasure: { label: '延长强制措施期限', procedure: 'ordinary', from: ORDINARY_OPEN, to: 'same', roles: ['agencyHead'], duty: 'approve', basis: ART.seizureDuration, validate: v(coercion.validateExtendCoerciveMeasure) },
  releaseCoerciveMeasure: { label: '解除强制措施', procedure: 'ordinary', from: ORDINARY_OPEN, to: 'same', roles: ['agencyHead', 'officer'], duty: 'none', basis: ART.seizureHandling, validate: v(coercion.validateReleaseCoerciveMeasure) },
  excludePeriod: { label: '登记不计入期限的期间', procedure: 'ordinary', from: ORDINARY_OPEN, to: 'same', roles: ['agencyHead'], duty: 'approve', basis: ART.decisionLimit, validate: v(coercion.validateExcludePeriod) },
  markSuspectedCrime: { label: '涉嫌犯罪移送报告', procedure: 'ordinary', from: PRE_DECISION, to: 'same', roles: ['officer'], duty: 'handle', basis: ART.referralReport, validate: v(criminal.validateMarkSuspectedCrime) },
  referCriminal: { label: '移送司法机关审批', procedure: 'ordinary', from: PRE_DECISION, to: 'referredCriminal', alsoTo: ['same'], roles: ['agencyHead'], duty: 'approve', basis: ART.criminalTransfer, validate: v(criminal.validateReferCriminal) },
  recordReferralResponse: { label: '登记司法机关反馈', procedure: 'ordinary', from: ['referredCriminal'], to: 'same', alsoTo: ['investigating'], roles: ['officer', 'agencyHead'], duty: 'none', basis: ART.referralHandOver, validate: v(criminal.validateRecordReferralResponse) },
  finishInvestigation: { label: '调查终结', procedure: 'ordinary', from: ['investigating'], to: 'investigated', roles: ['officer'], duty: 'handle', basis: ART.decisionByHead, validate: v(investigation.validateFinishInvestigation) },
  issueNotice: { label: '行政处罚事先告知', procedure: 'ordinary', from: ['investigated', 'reviewPassed', 'deliberated'], to: 'noticeIssued', roles: ['officer'], duty: 'handle', basis: ART.notice, validate: v(notice.validateIssueNotice) },
  recordNoticeService: { label: '告知书送达', procedure: 'ordinary', from: ['noticeIssued'], to: 'noticeServed', roles: ['officer', 'auxiliary'], duty: 'none', basis: ART.notice, validate: v(service.validateService) },
  recordStatement: { label: '登记陈述申辩', procedure: 'ordinary', from: STATEMENT_PHASE, to: 'same', roles: ['officer', 'auxiliary'], duty: 'none', basis: ART.representation, validate: v(notice.validateRecordStatement) },
  answerStatement: { label: '陈述申辩复核', procedure: 'ordinary', from: STATEMENT_PHASE, to: 'same', roles: ['officer'], duty: 'handle', basis: ART.representation, validate: v(notice.validateAnswerStatement) },
  waiveRights: { label: '当事人明确放弃权利', procedure: 'ordinary', from: ['noticeIssued', 'noticeServed', 'hearingRequested', 'hearingScheduled'], to: 'same', alsoTo: ['noticeServed'], roles: ['officer', 'auxiliary'], duty: 'none', basis: ART.noDecisionWithoutNotice, validate: v(notice.validateWaiveRights) },
  requestHearing: { label: '登记听证申请', procedure: 'ordinary', from: ['noticeServed'], to: 'hearingRequested', alsoTo: ['noticeServed'], roles: ['officer', 'auxiliary'], duty: 'none', basis: ART.hearingRequest, validate: v(notice.validateRequestHearing) },
  scheduleHearing: { label: '安排听证（指定主持人、通知）', procedure: 'ordinary', from: ['hearingRequested'], to: 'hearingScheduled', roles: ['agencyHead', 'legalReviewer'], duty: 'none', basis: ART.hearingNotice, validate: v(notice.validateScheduleHearing) },
  recordHearing: { label: '听证笔录', procedure: 'ordinary', from: ['hearingScheduled'], to: 'hearingHeld', alsoTo: ['noticeServed'], roles: ['legalReviewer', 'agencyHead', 'officer'], duty: 'none', basis: ART.hearingTranscript, validate: v(notice.validateRecordHearing) },
  submitForReview: { label: '提交法制审核', procedure: 'ordinary', from: ['investigated', 'noticeServed', 'hearingHeld', 'deliberated'], to: 'underReview', roles: ['officer'], duty: 'handle', basis: ART.review, validate: v(review.validateSubmitForReview) },
  recordReview: { label: '法制审核意见', procedure: 'ordinary', from: ['underReview'], to: 'reviewPassed', alsoTo: ['investigating'], roles: ['legalReviewer'], duty: 'review', basis: ART.review, validate: v(review.validateRecordReview) },
  recordDeliberation: { label: '负责人集体讨论', procedure: 'ordinary', from: ['investigated', 'noticeServed', 'hearingHeld', 'reviewPassed'], to: 'deliberated', roles: ['agencyHead'], duty: 'decide', basis: ART.deliberation, validate: v(review.validateRecordDeliberation) },
  extendDeadline: { label: '延长办案期限', procedure: 'ordinary', from: ['filingRequested', ...PRE_DECISION], to: 'same', roles: ['agencyHead'], duty: 'approve', basis: ART.decisionLimit, validate: v(review.validateExtendDeadline) },
  decide: { label: '作出处理决定', procedure: 'ordinary', from: DECIDABLE, to: 'decided', alsoTo: ['noPenaltyDecided'], roles: ['agencyHead'], duty: 'decide', basis: ART.decisionByHead, validate: v(decision.validateDecide) },
  serveDecision: { label: '决定书送达', procedure: 'ordinary', from: ['decided', 'noPenaltyDecided'], to: 'served', alsoTo: ['executed'], roles: ['officer', 'auxiliary'], duty: 'none', basis: ART.service, validate: v(service.validateService) },
  recordPayment: { label: '登记缴纳罚款', procedure: 'both', from: ['decided', ...EXECUTION], to: 'executing', alsoTo: ['executed', 'summaryServed', 'summaryFiled'], roles: ['officer', 'auxiliary'], duty: 'none', basis: ART.payment, validate: v(execution.validateRecordPayment) },
  approveDeferral: { label: '批准暂缓缴纳', procedure: 'both', from: ['served', 'executing', 'overdue', 'summaryServed', 'summaryFiled'], to: 'executing', alsoTo: ['summaryServed', 'summaryFiled'], roles: ['agencyHead'], duty: 'approve', basis: ART.deferral, validate: v(execution.validateApproveDeferral) },
  approveInstalments: { label: '批准分期缴纳', procedure: 'both', from: ['served', 'executing', 'overdue', 'summaryServed', 'summaryFiled'], to: 'executing', alsoTo: ['summaryServed', 'summaryFiled'], roles: ['agencyHead'], duty: 'approve', basis: ART.deferral, validate: v(execution.validateApproveInstalments) },
  issueDemand: { label: '催告', procedure: 'both', from: ['served', 'executing', 'overdue', 'summaryServed', 'summaryFiled'], to: 'overdue', roles: ['officer'], duty: 'none', basis: ART.demand, validate: v(execution.validateIssueDemand) },
  applyCourtEnforcement: { label: '申请人民法院强制执行', procedure: 'both', from: ['overdue'], to: 'courtEnforcement', roles: ['agencyHead'], duty: 'approve', basis: ART.courtApplication, validate: v(execution.validateApplyCourtEnforcement) },
  enforceDecision: { label: '依法强制执行', procedure: 'both', from: ['overdue'], to: 'same', roles: ['agencyHead'], duty: 'approve', basis: ART.noNightEnforcement, validate: v(execution.validateEnforceDecision) },
  recordRemedyProceeding: { label: '登记复议、诉讼情况', procedure: 'both', from: [...AFTER_DECISION, ...SUMMARY_OPEN], to: 'same', roles: ['officer', 'legalReviewer', 'agencyHead'], duty: 'none', basis: ART.surchargeSuspended, validate: v(execution.validateRecordRemedyProceeding) },
  collectOnTheSpot: { label: '当场收缴罚款', procedure: 'both', from: ['summaryDecided', 'summaryServed', 'served', 'executing'], to: 'same', roles: ['officer'], duty: 'handle', basis: ART.cashCollection, validate: v(execution.validateCollectOnTheSpot) },
  recordCashHandling: { label: '当场收缴罚款交缴', procedure: 'both', from: [...SUMMARY_OPEN, ...AFTER_DECISION, 'closed'], to: 'same', roles: ['officer', 'agencyHead'], duty: 'none', basis: ART.cashHandIn, validate: v(execution.validateRecordCashHandling) },
  decideOnTheSpot: { label: '当场作出行政处罚决定', procedure: 'summary', from: ['draft'], to: 'summaryDecided', roles: ['officer'], duty: 'none', basis: ART.summary, validate: v(summary.validateDecideOnTheSpot) },
  recordSummaryService: { label: '当场交付决定书', procedure: 'summary', from: ['summaryDecided'], to: 'summaryServed', roles: ['officer'], duty: 'handle', basis: ART.summaryRefusal, validate: v(summary.validateRecordSummaryService) },
  fileSummaryRecord: { label: '报所属行政机关备案', procedure: 'summary', from: ['summaryServed'], to: 'summaryFiled', roles: ['officer', 'agencyHead'], duty: 'none', basis: ART.summaryFiling, validate: v(summary.validateFileSummaryRecord) },
  closeCase: { label: '结案', procedure: 'both', from: ['investigating', 'investigated', 'served', 'executed', 'courtEnforcement', 'transferred', 'referredCriminal', 'summaryFiled'], to: 'closed', roles: ['agencyHead'], duty: 'approve', basis: ART.processRecord, validate: v(closure.validateCloseCase) },
  archiveCase: { label: '立卷归档', procedure: 'both', from: ['closed'], to: 'archived', roles: ['officer', 'agencyHead'], duty: 'none', basis: ART.archiving, validate: v(closure.validateArchiveCase) },
};

export const CASE_ACTION_TYPES = Object.keys(CASE_ACTIONS) as CaseActionType[];

export function isCaseActionType(value: unknown): value is CaseActionType {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(CASE_ACTIONS, value);
}

/** Keys of a command's payload that its action does not declare (refused before anything else). */
export function unknownPayloadKeys(type: CaseActionType, payload: unknown): string[] {
  return unknownKeys(CASE_ACTIONS[type].validate.check, payload);
}
