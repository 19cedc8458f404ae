// Case procedure (办案程序): the case as an append-only action log, the rules every action must
// pass, and the deadlines it runs. Server: load actions → foldCase → decide → append.
export { CASE_STATUSES, CASE_STATUS_LIST, CASE_PROCEDURE_LABELS, statusLabel } from './status';
export type { CaseStatus, CaseProcedure, CasePhase, CaseStatusSpec } from './status';
export { CASE_ACTIONS, CASE_ACTION_TYPES, isCaseActionType, unknownPayloadKeys } from './actions-table';
export { DEFAULT_PAYLOAD_BYTES, payloadByteLimit, payloadTooLarge } from './payload-limits';
export type { CaseActionSpec, CaseDuty } from './actions-table';
export { actionDefinition, openingAction, serverNumberedPaths } from './actions/index';
export { PUBLICATION_NOTICE_SERVED } from './actions/decision';
export { DOCUMENT_SERIES, isDocumentSeries } from './actions/documents';
export type { DocumentSeries } from './actions/documents';
export type {
  ActionDocument,
  ActionReminder,
  ActionQueueRule,
  CaseActionDefinition,
  CaseActionDefinitions,
  ClientInput,
  PayloadPath,
  QueueDeadlines,
  ServerFill,
} from './actions/types';
export type { CaseActionType, CasePayloads, CaseInputs, CaseDerived, CaseDerivedMap } from './payloads/index';
export { PAYLOAD_SCHEMAS, checkInput, checkPayload, unknownInputKeys } from './payloads/index';
export type { ActionSchemas } from './payloads/fields';
export type { CaseHeader, CaseActionRecord, AnyCaseActionRecord, CaseActor, CaseCommand } from './case';
export type * from './state';
export type {
  CaseBenchmark,
  CaseContext,
  DocumentOnPaper,
  OfficerQualification,
  ReviewerQualification,
} from './context';
export { DEFAULT_CASE_CONFIG } from './config';
export type { CaseConfig, PeriodUnit } from './config';
export { ART as CASE_ARTICLES, SEPARATION_OF_DUTIES } from './articles';
export type { CaseRefusal } from './refusal';
export { foldCase, applyCaseAction } from './fold';
export { initialCaseState } from './fold/initial';
export { decide, gateRefusals } from './decide';
export type { DecideResult, DecidedAction } from './decide';
export { allowedActions } from './allowed';
export { arrangeSteps, waitingFor, type ArrangedSteps } from './next-step';
export { caseDeadlines, deadlinesRefreshOn, flagDueSoon, publicationDue } from './deadlines';
export type { CaseDeadline, DeadlineStatus } from './deadlines';
export { partyDates, settlePartyDates } from './party-dates';
export type { PartyDates, SettledDate } from './party-dates';
export { investigatorIds, reviewerIds, handlingOfficerIds } from './duties';

// Vocabulary with Chinese labels.
export { CASE_PARTY_KIND_LABELS } from './party';
export type { CaseParty, CasePartyKind } from './party';
export {
  PENALTY_PROPOSAL_KINDS,
  PENALTY_PROPOSAL_KIND_LABELS,
  isPenaltyProposalKind,
  fineTotal,
  confiscationTotal,
  proposalKinds,
  isHeavier,
  describePenalty,
} from './penalty';
export type { FinePart, PenaltyProposal, PenaltyProposalKind, PenaltyLine } from './penalty';
export {
  EVIDENCE_KINDS,
  EVIDENCE_KIND_LABELS,
  EVIDENCE_SOURCE_LABELS,
  isEvidenceKind,
  checkEvidenceKind,
  checkMonitoringEvidence,
  checkEvidenceLinks,
} from './evidence';
export type { EvidenceKind, EvidenceSource, MonitoringDeviceRecord } from './evidence';
export { LEGAL_BASIS_LEVELS, LEGAL_BASIS_LEVEL_LABELS } from './payloads/common';
export type { LegalBasisLevel, LegalBasisRef, CaseItemRef, SignatureRecord } from './payloads/common';
export { SERVICE_METHODS, SERVICE_METHOD_LABELS } from './payloads/service';
export type { ServiceMethod, ServicePayload } from './payloads/service';
export { REVIEW_ITEMS, REVIEW_ITEM_LABELS, REVIEW_TRIGGERS, REVIEW_TRIGGER_LABELS } from './payloads/review';
export type { ReviewItem, ReviewTrigger, ReviewChecklistEntry } from './payloads/review';
export {
  COERCIVE_MEASURE_KINDS,
  COERCIVE_MEASURE_KIND_LABELS,
  RELEASE_REASON_LABELS,
  EXCLUDED_PERIOD_REASON_LABELS,
} from './payloads/coercion';
export type { CoerciveMeasureKind } from './payloads/coercion';
export { PRESERVATION_HANDLING_LABELS } from './payloads/investigation';
export { REFERRAL_ATTACHMENT_LABELS, REFERRAL_RESPONSE_LABELS } from './payloads/criminal';
export { HEARING_ATTENDANCE_LABELS } from './payloads/notice';
export {
  PAYMENT_CHANNEL_LABELS,
  CASH_GROUND_LABELS,
  COURT_MATERIAL_LABELS,
  DECISION_CHANGE_GROUNDS,
  DECISION_CHANGE_GROUND_LABELS,
  DECISION_CHANGE_BODIES,
  DECISION_CHANGE_BODY_LABELS,
} from './payloads/execution';
export type { DecisionChangeGround, DecisionChangeBody } from './payloads/execution';
export { ageAtAct } from './guards/decision';
export { CLOSURE_REASON_LABELS } from './payloads/closure';
export {
  CORRECTION_PERIOD_UNITS,
  CORRECTION_PERIOD_UNIT_LABELS,
  FOLLOW_UP_OUTCOMES,
  FOLLOW_UP_OUTCOME_LABELS,
} from './payloads/correction';
export type {
  CorrectionPeriod,
  CorrectionPeriodUnit,
  FollowUpOutcome,
  OrderCorrectionPayload,
  RecordFollowUpInspectionPayload,
} from './payloads/correction';
export { PRIMARY_PARTY_ID } from './payloads/parties';
export type { AddPartyPayload } from './payloads/parties';
export { caseParties, decisionParty, isJointCase, jointOutstanding, undecidedParties } from './rules/parties';
export { caseTitle, checkItemSubject, itemSubject, violationOf } from './rules/title';
export {
  draftInvestigationReport,
  draftNoticeFacts,
  draftReviewMaterials,
  penaltyCarried,
  penaltyCarriedLabel,
  type PenaltyCarried,
} from './rules/drafts';
export { closableAsCorrected, correctionDue, correctionFromItem, describeCorrectionPeriod } from './rules/correction';
export {
  SENSITIVE_PAYLOAD_FIELDS,
  SENSITIVE_KIND_LABELS,
  maskAddress,
  maskContact,
  maskSensitive,
  maskSensitivePayload,
} from './payloads/sensitive';
export type { SensitiveKind, SensitiveField, SensitiveValue, MaskedPayload } from './payloads/sensitive';
export type * from './payloads/filing';
export type * from './payloads/investigation';
export type * from './payloads/criminal';
export type * from './payloads/coercion';
export type * from './payloads/notice';
export type * from './payloads/review';
export type * from './payloads/decision';
export type * from './payloads/execution';
export type * from './payloads/summary';
export type * from './payloads/closure';

// Pure rules, one per statement group of legal-rules.md §11.
export {
  checkSummaryEligibility,
  checkOnTheSpotDecision,
  checkSummaryService,
  summaryFilingDue,
} from './rules/summary';
export { checkCashCollection, cashHandInDue, cashDepositDue } from './rules/cash';
export {
  AGENCY_KIND_LABELS,
  RECONSIDERATION_FIRST_FROM,
  reconsiderationBodyFor,
  remediesText,
  remedyDeadlines,
  isReconsiderationFirst,
} from './rules/remedies';
export type { AgencyKind, RemediesTextInput, RemediesText, RemediesStated, RemedyDeadlines } from './rules/remedies';
export { REMEDY_AGENCY_KIND, remedyBodiesFor } from './rules/remedy-bodies';
export type { RegisteredAgencyKind, RemedyBodyNames, RemedyBodies } from './rules/remedy-bodies';
export {
  checkTwoQualifiedOfficers,
  checkRecordSignature,
  checkCertificatesShown,
  checkNotRecused,
  RECUSAL_ROUTING,
} from './rules/officers';
export { preservationDue, checkPreservationHandled } from './rules/preservation';
export { leadVettingStatus } from './rules/leads';
export type { LeadVettingInput, LeadVettingResult, LeadVettingStatus } from './rules/leads';
export { resolveFirstToFile, statusAfterNegotiation } from './rules/jurisdiction';
export type { CompetingFiling, FirstToFileResult } from './rules/jurisdiction';
export { checkReferralMaterials, checkNoPenaltyWhileSuspected, criminalReferralDeadlines } from './rules/criminal';
export {
  MITIGATING_CIRCUMSTANCES,
  MITIGATING_CIRCUMSTANCE_LABELS,
  MENTAL_CAPACITY_LABELS,
  CASE_DISCRETION_TIERS,
  CASE_DISCRETION_TIER_LABELS,
  NO_PENALTY_GROUNDS,
  NO_PENALTY_GROUND_LABELS,
  NO_CIRCUMSTANCES,
  assessCircumstances,
  checkCircumstances,
  checkEducationRecord,
  educationRequired,
} from './rules/circumstances';
export type {
  MitigatingCircumstance,
  MentalCapacity,
  CaseDiscretionTier,
  PenaltyTier,
  NoPenaltyGround,
  CircumstancesInput,
  CircumstanceAssessment,
} from './rules/circumstances';
export { limitationCheck, checkLimitation } from './rules/limitation';
export type { LimitationInput, LimitationResult } from './rules/limitation';
export { checkOneFinePerAct, chooseHigherFineNorm, checkBenchmarkTier, checkPenaltyBasis } from './rules/discretion';
export type { FineNorm, BenchmarkInput, BenchmarkTierRange } from './rules/discretion';
export { checkStoredBenchmark, storedBenchmarkResult } from './rules/benchmark';
export type { StoredBenchmarkCheck, StoredBenchmarkInput } from './rules/benchmark';
export type { AppliedBenchmark, BenchmarkFactsInput } from './payloads/decision';
export {
  checkFinesAgainstLaw,
  checkNotFinedBefore,
  chooseFineProvisions,
  describeFineProvision,
  isInForce,
  lighterVersionNotes,
  lineItemCode,
  provisionsInForce,
} from './rules/fines';
export type {
  AppliedFineVersion,
  FineLawInput,
  FineProvision,
  ItemFineProvisions,
  Mitigation,
  PriorFine,
  VersionReason,
} from './rules/fines';
export {
  checkNoticeContents,
  checkNoticeBeforeDecision,
  checkStatementsAnswered,
  checkNotHeavierThanNotice,
  waivedHearing,
  waivedRepresentation,
} from './rules/notice';
export {
  hearingRight,
  checkNoticeHearingRight,
  hearingRequestDue,
  isHearingRequestLate,
  checkHearingNoticeLead,
  checkPresider,
  checkAgents,
  hearingOutcome,
  checkHearingTranscript,
  checkHearingFee,
} from './rules/hearing';
export {
  deliberationRequired,
  checkDeliberation,
  reviewTriggers,
  checkReviewPassed,
  checkReviewerQualification,
  checkReviewChecklist,
} from './rules/review';
export { checkDecisionContents, decisionLimitDue, checkDecisionExtension } from './rules/decision';
export { decisionServiceDue, serviceDate, checkService } from './rules/service';
export {
  amountDue,
  amountPaid,
  paymentDeadline,
  effectivePaymentDue,
  paymentStatus,
  surchargeFor,
  courtEnforcementWindow,
  checkCourtApplication,
  checkEnforcementTime,
} from './rules/execution';
export type { PaymentStatus, CourtWindow } from './rules/execution';
export {
  checkSeizureDecision,
  coerciveEndDate,
  checkCoerciveExtension,
  checkExcludedPeriodNotified,
  expiredMeasures,
  checkUrgentApproval,
  freezeNoticeDue,
} from './rules/coercion';
export {
  avRequirement,
  checkAvRecord,
  recordedStages,
  checkClosureRecords,
  PROCESS_STAGE_LABELS,
} from './rules/records';
export type { AvActivity, ProcessStage } from './rules/records';
export { assembleCaseFile, caseFileYear, checkArchiveNumber } from './rules/archive';
export type { CaseFile, CaseFileDocument, CaseFileVolume } from './rules/archive';
