// The payload of every action type: the contract between the web form, the server and decide().
import type {
  ApplyCoerciveMeasurePayload,
  ConfirmUrgentMeasurePayload,
  ExcludePeriodPayload,
  ExtendCoerciveMeasurePayload,
  ReleaseCoerciveMeasurePayload,
} from './coercion';
import type { ArchiveCasePayload, CloseCasePayload } from './closure';
import type { AddPartyPayload } from './parties';
import type { OrderCorrectionPayload, RecordFollowUpInspectionPayload } from './correction';
import type { MarkSuspectedCrimePayload, RecordReferralResponsePayload, ReferCriminalPayload } from './criminal';
import type { DecidePayload } from './decision';
import type {
  ApplyCourtEnforcementPayload,
  ApproveDeferralPayload,
  ApproveInstalmentsPayload,
  CollectOnTheSpotPayload,
  EnforceDecisionPayload,
  IssueDemandPayload,
  RecordCashHandlingPayload,
  RecordPaymentPayload,
  RecordRemedyProceedingPayload,
} from './execution';
import type {
  ApproveFilingPayload,
  AssignOfficersPayload,
  DecideRecusalPayload,
  FileCasePayload,
  RecordJurisdictionRulingPayload,
  RefuseFilingPayload,
  RequestJurisdictionRulingPayload,
  RequestRecusalPayload,
  TransferCasePayload,
} from './filing';
import type {
  AddEvidencePayload,
  FinishInvestigationPayload,
  HandlePreservedEvidencePayload,
  MarkEvidenceIllegalPayload,
  PreserveEvidencePayload,
  RecordInterviewPayload,
  RecordSiteInspectionPayload,
} from './investigation';
import type {
  AnswerStatementPayload,
  IssueNoticePayload,
  RecordHearingPayload,
  RecordStatementPayload,
  RequestHearingPayload,
  ScheduleHearingPayload,
  WaiveRightsPayload,
} from './notice';
import type {
  ExtendDeadlinePayload,
  RecordDeliberationPayload,
  RecordReviewPayload,
  SubmitForReviewPayload,
} from './review';
import type { ServicePayload } from './service';
import type { DecideOnTheSpotPayload, FileSummaryRecordPayload, RecordSummaryServicePayload } from './summary';

export interface CasePayloads {
  fileCase: FileCasePayload;
  approveFiling: ApproveFilingPayload;
  refuseFiling: RefuseFilingPayload;
  assignOfficers: AssignOfficersPayload;
  addParty: AddPartyPayload;
  requestRecusal: RequestRecusalPayload;
  decideRecusal: DecideRecusalPayload;
  transferCase: TransferCasePayload;
  requestJurisdictionRuling: RequestJurisdictionRulingPayload;
  recordJurisdictionRuling: RecordJurisdictionRulingPayload;
  recordInterview: RecordInterviewPayload;
  recordSiteInspection: RecordSiteInspectionPayload;
  addEvidence: AddEvidencePayload;
  markEvidenceIllegal: MarkEvidenceIllegalPayload;
  preserveEvidence: PreserveEvidencePayload;
  handlePreservedEvidence: HandlePreservedEvidencePayload;
  applyCoerciveMeasure: ApplyCoerciveMeasurePayload;
  confirmUrgentMeasure: ConfirmUrgentMeasurePayload;
  extendCoerciveMeasure: ExtendCoerciveMeasurePayload;
  releaseCoerciveMeasure: ReleaseCoerciveMeasurePayload;
  excludePeriod: ExcludePeriodPayload;
  markSuspectedCrime: MarkSuspectedCrimePayload;
  referCriminal: ReferCriminalPayload;
  recordReferralResponse: RecordReferralResponsePayload;
  orderCorrection: OrderCorrectionPayload;
  recordFollowUpInspection: RecordFollowUpInspectionPayload;
  finishInvestigation: FinishInvestigationPayload;
  issueNotice: IssueNoticePayload;
  recordNoticeService: ServicePayload;
  recordStatement: RecordStatementPayload;
  answerStatement: AnswerStatementPayload;
  waiveRights: WaiveRightsPayload;
  requestHearing: RequestHearingPayload;
  scheduleHearing: ScheduleHearingPayload;
  recordHearing: RecordHearingPayload;
  submitForReview: SubmitForReviewPayload;
  recordReview: RecordReviewPayload;
  recordDeliberation: RecordDeliberationPayload;
  extendDeadline: ExtendDeadlinePayload;
  decide: DecidePayload;
  serveDecision: ServicePayload;
  recordPayment: RecordPaymentPayload;
  approveDeferral: ApproveDeferralPayload;
  approveInstalments: ApproveInstalmentsPayload;
  issueDemand: IssueDemandPayload;
  applyCourtEnforcement: ApplyCourtEnforcementPayload;
  enforceDecision: EnforceDecisionPayload;
  recordRemedyProceeding: RecordRemedyProceedingPayload;
  collectOnTheSpot: CollectOnTheSpotPayload;
  recordCashHandling: RecordCashHandlingPayload;
  decideOnTheSpot: DecideOnTheSpotPayload;
  recordSummaryService: RecordSummaryServicePayload;
  fileSummaryRecord: FileSummaryRecordPayload;
  closeCase: CloseCasePayload;
  archiveCase: ArchiveCasePayload;
}

export type CaseActionType = keyof CasePayloads;

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
