// The folded view of a case. Everything here is derived from the header and the action log.
import type { EvidenceKind, EvidenceSource, MonitoringDeviceRecord } from './evidence';
import type { CoerciveMeasureKind, ExcludedPeriodReason, ReleaseReason } from './payloads/coercion';
import type { CaseItemRef, LegalBasisRef, SignatureRecord } from './payloads/common';
import type { CorrectionPeriod, FollowUpOutcome } from './payloads/correction';
import type { ReferralResponse } from './payloads/criminal';
import type { DecidePayload, EducationRecord } from './payloads/decision';
import type { CashGround, PaymentChannel } from './payloads/execution';
import type { RecusalApplicant } from './payloads/filing';
import type { CaseParty } from './party';
import type { CaseComplexityFlags, PreservationHandling, ProposedOutcome } from './payloads/investigation';
import type { HearingAgent, HearingAttendance, NoticeRights, WaivableRight } from './payloads/notice';
import type { ReviewChecklistEntry, ReviewItem, ReviewTrigger } from './payloads/review';
import type { ServiceMethod } from './payloads/service';
import type { CaseActionType } from './payloads/index';
import type { ClosureReason } from './payloads/closure';
import type { PenaltyProposal } from './penalty';
import type { NoPenaltyGround } from './rules/circumstances';
import type { CaseProcedure, CaseStatus } from './status';

export interface InvestigationRecordState {
  recordId: string;
  kind: 'interview' | 'siteInspection';
  officerIds: string[];
  startedAt: string;
  /** Where it was made and what it records (absent on records folded before these were kept). */
  place?: string;
  content?: string;
  signature: SignatureRecord;
  certificatesShown: boolean;
  avEvidenceId?: string;
  recordedBy: string;
  on: string;
  seq: number;
}

export interface EvidenceState {
  id: string;
  kind: EvidenceKind;
  title: string;
  source: EvidenceSource;
  capturedBy: string[];
  capturedAt: string;
  device?: MonitoringDeviceRecord;
  illegal?: { markedOn: string; reason: string };
}

export interface PreservationState {
  id: string;
  items: string[];
  officerIds: string[];
  approvedBy: string;
  preservedOn: string;
  handling?: PreservationHandling;
  handledOn?: string;
}

/** 责令（限期）改正 (第28条) and its 复查. */
export interface CorrectionOrderState {
  id: string;
  number: string;
  basis: LegalBasisRef[];
  requirement: string;
  /** null: 责令立即改正. */
  period: CorrectionPeriod | null;
  penaltyOnlyIfUncorrected: boolean;
  issuedOn: string;
  issuedBy: string;
  servedOn: string;
  /** Last day of the period (party-facing, rolled past rest days). */
  dueOn: string;
  seq: number;
  followUp?: {
    recordId: string;
    inspectedOn: string;
    officerIds: string[];
    findings: string;
    outcome: FollowUpOutcome;
    recordedOn: string;
    seq: number;
  };
}

/** A party of the case (共同违法: several), in the order named on the log. */
export interface CasePartyState extends CaseParty {
  id: string;
  addedOn: string;
  seq: number;
  /** For parties added after filing: what they did together with the others. */
  jointFacts?: string;
}

export interface DatePeriod {
  from: string;
  to: string;
  reason: ExcludedPeriodReason;
}

export interface CoerciveMeasureState {
  id: string;
  kind: CoerciveMeasureKind;
  officerIds: string[];
  startOn: string;
  takenAt: string;
  urgent: boolean;
  approvedBy: string | null;
  urgentApproval?: { approved: boolean; reportedAt: string; approvedAt: string; by: string };
  periodDays: number;
  endsOn: string;
  extensions: { days: number; on: string; by: string; notifiedInWritingOn: string }[];
  excluded: DatePeriod[];
  freezeNoticeDeliveredOn?: string;
  avEvidenceId?: string;
  released?: { on: string; reason: ReleaseReason };
}

export interface ServiceState {
  method: ServiceMethod;
  recipient: string;
  serviceDate: string;
  recordedOn: string;
}

export interface NoticeState {
  number: string;
  issuedOn: string;
  issuedBy: string;
  intendedPenalty: PenaltyProposal;
  facts: string;
  reasons: string;
  basis: LegalBasisRef[];
  rights: NoticeRights;
  service: ServiceState | null;
  representationDue: string | null;
  hearingRequestDue: string | null;
}

export interface HearingState {
  status: 'requested' | 'lateRequest' | 'scheduled' | 'held' | 'rightWaived';
  requestedOn: string;
  late: boolean;
  schedule?: {
    hearingDate: string;
    noticeDate: string;
    place: string;
    presiderId: string;
    public: boolean;
    agents: HearingAgent[];
  };
  held?: {
    heldOn: string;
    attendance: HearingAttendance;
    transcriptSigned: boolean;
    presiderRefusalNote?: string;
    report?: string;
    seq: number;
  };
}

export interface ReviewState {
  submittedOn: string;
  submittedBy: string;
  triggers: ReviewTrigger[];
  result?: {
    outcome: 'pass' | 'return';
    on: string;
    by: string;
    opinion: string;
    checklist: Partial<Record<ReviewItem, ReviewChecklistEntry>>;
    seq: number;
  };
}

export interface DecisionState {
  /** The party decided on (P1 unless the case names several). */
  partyId?: string;
  outcome: 'penalty' | 'noPenalty';
  number: string;
  penalty: PenaltyProposal | null;
  noPenaltyGround: NoPenaltyGround | null;
  education: EducationRecord | null;
  basis: LegalBasisRef[];
  evidenceIds: string[];
  decidedOn: string;
  decidedBy: string;
  onTheSpot: boolean;
  handedOverOnSpot: boolean;
  requiresReview: boolean;
  hearingRight: boolean;
  seq: number;
  /** Full payload of an ordinary decision, for documents; null for on-the-spot decisions. */
  document: DecidePayload | null;
  /** 共同违法: this party's own service and payments (a single-party case keeps them on the case). */
  execution?: {
    service: ServiceState | null;
    paymentDue: string | null;
    payments: { amount: number; paidOn: string; channel: PaymentChannel; receiptNo?: string }[];
  };
  /** 「逾期不改正的，处……」: the orders whose follow-up found no correction, the penalty's ground. */
  uncorrectedOrders?: { orderId: string; number: string; dueOn: string; inspectedOn: string }[];
}

export interface CaseFlags extends CaseComplexityFlags {
  suspectedCrime: boolean;
  limitationExpired: boolean;
  /** Set once the case is known to need 法制审核 (第58条); decide() re-checks with config. */
  requiresReview: boolean;
}

export interface CaseState {
  caseId: string;
  agencyId: string;
  procedure: CaseProcedure;
  status: CaseStatus;
  createdAt: string;
  createdBy: string;
  lastSeq: number;
  /** The party named at filing (the first of `parties`). */
  party: CaseParty | null;
  parties: CasePartyState[];
  items: CaseItemRef[];
  facts: {
    source: string | null;
    summary: string | null;
    violationDate: string | null;
    actEndedOn: string | null;
    discoveredOn: string | null;
    lifeOrFinancialSafetyHarm: boolean;
  };
  officerIds: string[];
  formerOfficerIds: string[];
  filing: {
    requestedOn: string;
    requestedBy: string;
    approvedOn?: string;
    approvedBy?: string;
    refusedOn?: string;
    refusalReason?: string;
  } | null;
  limitation: { expiresOn: string; expired: boolean } | null;
  recusals: {
    officerId: string;
    applicant: RecusalApplicant;
    reason: string;
    receivedOn: string;
    decision?: { granted: boolean; by: string; on: string; reason: string };
  }[];
  recusedOfficerIds: string[];
  records: InvestigationRecordState[];
  evidence: EvidenceState[];
  preservations: PreservationState[];
  correctionOrders: CorrectionOrderState[];
  /** 协助函 sent (行政处罚法 第26条); absent in states stored before the step existed. */
  assistanceRequests?: { letterNumber: string; toAgency: string; on: string; seq: number }[];
  coerciveMeasures: CoerciveMeasureState[];
  criminal: {
    reportOn?: string;
    officerIds?: string[];
    decision?: {
      approved: boolean;
      on: string;
      by: string;
      reason?: string;
      approvedAt?: string;
      transferredAt?: string;
    };
    responses: { response: ReferralResponse; on: string }[];
  };
  jurisdiction: {
    dispute?: { otherAgency: string; superior: string; negotiationFailedOn: string; otherFiledOn?: string };
    ruling?: { designated: 'this' | 'other'; rulingBody: string; ruledOn: string };
  };
  transfer: { toAgency: string; on: string; by: string } | null;
  investigation: { finishedOn: string; by: string; proposedOutcome: ProposedOutcome; report?: string } | null;
  flags: CaseFlags;
  notice: NoticeState | null;
  statements: { receivedOn: string; form: 'written' | 'oral'; seq: number }[];
  answers: {
    on: string;
    by: string;
    adopted: 'full' | 'partial' | 'none';
    revisedPenalty?: PenaltyProposal;
    seq: number;
  }[];
  /** The penalty the party was last told of: the notice's, lowered by any 复核. */
  intendedPenalty: PenaltyProposal | null;
  waiver: { rights: WaivableRight[]; signedOn: string } | null;
  hearing: HearingState | null;
  reviews: ReviewState[];
  deliberations: {
    heldOn: string;
    by: string;
    participantIds: string[];
    conclusion: string;
    proposedPenalty?: PenaltyProposal;
    seq: number;
  }[];
  decisionLimit: {
    extensions: { days: number; approval: 'head' | 'collective'; on: string; by: string }[];
    excluded: DatePeriod[];
  };
  /** The first decision made (the only one unless the case names several parties). */
  decision: DecisionState | null;
  /** One decision per party (共同违法); a single-party case has at most one. */
  decisions: DecisionState[];
  service: ServiceState | null;
  paymentDue: string | null;
  payments: { amount: number; surchargeAmount: number; paidOn: string; channel: PaymentChannel; receiptNo?: string }[];
  deferral: { until: string; on: string; by: string } | null;
  instalments: { due: string; amount: number }[] | null;
  demands: { issuedOn: string; servedOn: string; performBy: string; amount: number }[];
  courtApplication: { on: string; court: string; by: string } | null;
  enforcements: { on: string; scheduledDate: string; startTime: string; urgent: boolean; method: string }[];
  remedyProceedings: { kind: 'reconsideration' | 'litigation'; from: string; to?: string }[];
  /** 第48条第2款: the decision changed, revoked, confirmed unlawful or void (absent in older snapshots). */
  decisionChanges?: {
    ground: 'changed' | 'revoked' | 'confirmedUnlawful' | 'confirmedVoid';
    by: 'reconsideration' | 'litigation' | 'selfCorrection';
    on: string;
    reference: string;
    seq: number;
  }[];
  cash: {
    collections: {
      amount: number;
      ground: CashGround;
      collectedOn: string;
      onWater: boolean;
      landedOn?: string;
      receiptNo: string;
    }[];
    handIns: string[];
    deposits: string[];
  };
  summary: {
    formNumber: string;
    decidedOn: string;
    officerIds: string[];
    remediesText: string;
    reconsiderationFirst: boolean;
    service?: { handedOverOn: string; partySigned: boolean; refusalNote?: string };
    filedOn?: string;
    filedWith?: string;
  } | null;
  closure: { on: string; by: string; reason: ClosureReason; report: string; education?: EducationRecord } | null;
  archive: { on: string; by: string; archiveNumber: string; retention: 'permanent' | 'thirtyYears' } | null;
  history: { seq: number; type: CaseActionType; actorId: string; at: string }[];
}
