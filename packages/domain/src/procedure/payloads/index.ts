// The payload of every action type: the contract between the web form, the server and decide().
import type * as z from 'zod';
import * as coercion from './coercion';
import * as closure from './closure';
import * as correction from './correction';
import * as criminal from './criminal';
import * as decision from './decision';
import * as execution from './execution';
import type { ActionSchemas } from './fields';
import * as filing from './filing';
import * as investigation from './investigation';
import { payloadMessages } from './messages';
import * as notice from './notice';
import * as parties from './parties';
import * as review from './review';
import * as service from './service';
import * as summary from './summary';

export interface CasePayloads {
  fileCase: filing.FileCasePayload;
  approveFiling: filing.ApproveFilingPayload;
  refuseFiling: filing.RefuseFilingPayload;
  assignOfficers: filing.AssignOfficersPayload;
  addParty: parties.AddPartyPayload;
  requestRecusal: filing.RequestRecusalPayload;
  decideRecusal: filing.DecideRecusalPayload;
  transferCase: filing.TransferCasePayload;
  requestJurisdictionRuling: filing.RequestJurisdictionRulingPayload;
  recordJurisdictionRuling: filing.RecordJurisdictionRulingPayload;
  recordInterview: investigation.RecordInterviewPayload;
  recordSiteInspection: investigation.RecordSiteInspectionPayload;
  requestAssistance: investigation.RequestAssistancePayload;
  addEvidence: investigation.AddEvidencePayload;
  markEvidenceIllegal: investigation.MarkEvidenceIllegalPayload;
  preserveEvidence: investigation.PreserveEvidencePayload;
  handlePreservedEvidence: investigation.HandlePreservedEvidencePayload;
  applyCoerciveMeasure: coercion.ApplyCoerciveMeasurePayload;
  confirmUrgentMeasure: coercion.ConfirmUrgentMeasurePayload;
  extendCoerciveMeasure: coercion.ExtendCoerciveMeasurePayload;
  releaseCoerciveMeasure: coercion.ReleaseCoerciveMeasurePayload;
  excludePeriod: coercion.ExcludePeriodPayload;
  markSuspectedCrime: criminal.MarkSuspectedCrimePayload;
  referCriminal: criminal.ReferCriminalPayload;
  recordReferralResponse: criminal.RecordReferralResponsePayload;
  orderCorrection: correction.OrderCorrectionPayload;
  recordFollowUpInspection: correction.RecordFollowUpInspectionPayload;
  finishInvestigation: investigation.FinishInvestigationPayload;
  issueNotice: notice.IssueNoticePayload;
  recordNoticeService: service.ServicePayload;
  recordStatement: notice.RecordStatementPayload;
  answerStatement: notice.AnswerStatementPayload;
  waiveRights: notice.WaiveRightsPayload;
  requestHearing: notice.RequestHearingPayload;
  scheduleHearing: notice.ScheduleHearingPayload;
  recordHearing: notice.RecordHearingPayload;
  submitForReview: review.SubmitForReviewPayload;
  recordReview: review.RecordReviewPayload;
  recordDeliberation: review.RecordDeliberationPayload;
  extendDeadline: review.ExtendDeadlinePayload;
  decide: decision.DecidePayload;
  serveDecision: service.DecisionServicePayload;
  recordPayment: execution.RecordPaymentPayload;
  approveDeferral: execution.ApproveDeferralPayload;
  approveInstalments: execution.ApproveInstalmentsPayload;
  issueDemand: execution.IssueDemandPayload;
  applyCourtEnforcement: execution.ApplyCourtEnforcementPayload;
  enforceDecision: execution.EnforceDecisionPayload;
  recordRemedyProceeding: execution.RecordRemedyProceedingPayload;
  recordDecisionChange: execution.RecordDecisionChangePayload;
  collectOnTheSpot: execution.CollectOnTheSpotPayload;
  recordCashHandling: execution.RecordCashHandlingPayload;
  decideOnTheSpot: summary.DecideOnTheSpotPayload;
  recordSummaryService: summary.RecordSummaryServicePayload;
  fileSummaryRecord: summary.FileSummaryRecordPayload;
  closeCase: closure.CloseCasePayload;
  archiveCase: closure.ArchiveCasePayload;
}

export type CaseActionType = keyof CasePayloads;

/**
 * Each action's schemas: `input`, what a client may send, and `payload`, the input with the fields
 * the server fills in (what decide() checks and the log keeps).
 */
export const PAYLOAD_SCHEMAS = {
  fileCase: filing.fileCase,
  approveFiling: filing.approveFiling,
  refuseFiling: filing.refuseFiling,
  assignOfficers: filing.assignOfficers,
  addParty: parties.addParty,
  requestRecusal: filing.requestRecusal,
  decideRecusal: filing.decideRecusal,
  transferCase: filing.transferCase,
  requestJurisdictionRuling: filing.requestJurisdictionRuling,
  recordJurisdictionRuling: filing.recordJurisdictionRuling,
  recordInterview: investigation.recordInterview,
  recordSiteInspection: investigation.recordSiteInspection,
  requestAssistance: investigation.requestAssistance,
  addEvidence: investigation.addEvidence,
  markEvidenceIllegal: investigation.markEvidenceIllegal,
  preserveEvidence: investigation.preserveEvidence,
  handlePreservedEvidence: investigation.handlePreservedEvidence,
  applyCoerciveMeasure: coercion.applyCoerciveMeasure,
  confirmUrgentMeasure: coercion.confirmUrgentMeasure,
  extendCoerciveMeasure: coercion.extendCoerciveMeasure,
  releaseCoerciveMeasure: coercion.releaseCoerciveMeasure,
  excludePeriod: coercion.excludePeriod,
  markSuspectedCrime: criminal.markSuspectedCrime,
  referCriminal: criminal.referCriminal,
  recordReferralResponse: criminal.recordReferralResponse,
  orderCorrection: correction.orderCorrection,
  recordFollowUpInspection: correction.recordFollowUpInspection,
  finishInvestigation: investigation.finishInvestigation,
  issueNotice: notice.issueNotice,
  recordNoticeService: service.service,
  recordStatement: notice.recordStatement,
  answerStatement: notice.answerStatement,
  waiveRights: notice.waiveRights,
  requestHearing: notice.requestHearing,
  scheduleHearing: notice.scheduleHearing,
  recordHearing: notice.recordHearing,
  submitForReview: review.submitForReview,
  recordReview: review.recordReview,
  recordDeliberation: review.recordDeliberation,
  extendDeadline: review.extendDeadline,
  decide: decision.decide,
  serveDecision: service.decisionService,
  recordPayment: execution.recordPayment,
  approveDeferral: execution.approveDeferral,
  approveInstalments: execution.approveInstalments,
  issueDemand: execution.issueDemand,
  applyCourtEnforcement: execution.applyCourtEnforcement,
  enforceDecision: execution.enforceDecision,
  recordRemedyProceeding: execution.recordRemedyProceeding,
  recordDecisionChange: execution.recordDecisionChange,
  collectOnTheSpot: execution.collectOnTheSpot,
  recordCashHandling: execution.recordCashHandling,
  decideOnTheSpot: summary.decideOnTheSpot,
  recordSummaryService: summary.recordSummaryService,
  fileSummaryRecord: summary.fileSummaryRecord,
  closeCase: closure.closeCase,
  archiveCase: closure.archiveCase,
} satisfies { [K in CaseActionType]: ActionSchemas<z.ZodType, z.ZodType<CasePayloads[K]>> };

/** What a client may send for each action. */
export type CaseInputs = { [K in CaseActionType]: z.infer<(typeof PAYLOAD_SCHEMAS)[K]['input']> };

/** The payload check of decide(): Chinese messages naming each field by its label path; none when it passes. */
export function checkPayload(type: CaseActionType, value: unknown): string[] {
  return payloadMessages(PAYLOAD_SCHEMAS[type].payload, value);
}

/** The check of a client's input (a form before it is sent): a field the server fills in is refused. */
export function checkInput(type: CaseActionType, value: unknown): string[] {
  const schemas: ActionSchemas = PAYLOAD_SCHEMAS[type];
  return payloadMessages(schemas.input, value, { payload: schemas.payload });
}

/**
 * The keys of a client's input that its action does not take from a client, at any depth: made-up
 * keys and the fields the server fills in. Checked before anything else about a command, so that
 * such a key is refused whatever the case's status.
 */
export function unknownInputKeys(type: CaseActionType, value: unknown): string[] {
  const schemas: ActionSchemas = PAYLOAD_SCHEMAS[type];
  return payloadMessages(schemas.input, value, { payload: schemas.payload, unknownKeysOnly: true });
}

/** The keys of a payload its action does not declare, at any depth. */
export function unknownPayloadKeys(type: CaseActionType, value: unknown): string[] {
  return payloadMessages(PAYLOAD_SCHEMAS[type].payload, value, { unknownKeysOnly: true });
}

type Empty = Record<never, never>;

/** Facts decide() computes (with calendar and config) and stores with the action, so fold needs neither. */
export interface CaseDerivedMap {
  fileCase: { limitationExpiresOn: string; limitationExpired: boolean };
  recordNoticeService: { serviceDate: string; representationDue: string | null; hearingRequestDue: string | null };
  requestHearing: { late: boolean; due: string | null };
  applyCoerciveMeasure: { endsOn: string };
  /** The period's last day (民事诉讼法 第85条); the service day itself for 责令立即改正. */
  orderCorrection: { dueOn: string };
  extendCoerciveMeasure: { endsOn: string };
  decide: { requiresReview: boolean; hearingRight: boolean; ageAtAct: number | null };
  serveDecision: { serviceDate: string; paymentDue: string | null };
  recordSummaryService: { paymentDue: string | null };
  decideOnTheSpot: { reconsiderationFirst: boolean };
}

export type CaseDerived<T extends CaseActionType> = T extends keyof CaseDerivedMap ? CaseDerivedMap[T] : Empty;
