// What the server supplies to decide() besides the state: the world outside the case log.
import type { BenchmarkVersion } from '../libraries/benchmarks/model';
import type { CaseCalendar } from './calendar-port';
import type { CaseConfig } from './config';
import type { PenaltyProposalKind } from './penalty';
import type { ItemFineProvisions, PriorFine } from './rules/fines';

/** Computed by the server (libraries/ canActAsEnforcingOfficer) for the command's date and domain. */
export interface OfficerQualification {
  id: string;
  qualified: boolean;
  reason?: string;
}

/** 第58条第2款: first-time reviewers must hold legal-profession qualification. */
export interface ReviewerQualification {
  id: string;
  legalProfessionQualified: boolean;
  /** Reviews this person completed before (any case). */
  priorReviews: number;
}

export interface CaseContext {
  calendar: CaseCalendar;
  config: CaseConfig;
  today: string;
  /**
   * The moment the command is recorded, Beijing time (YYYY-MM-DDTHH:mm): a record cannot say it
   * was made later than that. Without it, only the date is compared.
   */
  now?: string;
  officers?: OfficerQualification[];
  reviewers?: ReviewerQualification[];
  /**
   * 第57条第2款: the agency's heads (负责人, the principal and the deputies) with an active account,
   * by person id: only they take part in a collective deliberation. Supplied for recordDeliberation.
   */
  heads?: string[];
  /** Whether the agency may exercise the case's items on this date (delegation, power list). */
  exercisable?: boolean;
  /**
   * The fine provisions of the case's items, every version (第29–32条, 第37条). Supplied by the
   * server for decide and decideOnTheSpot; without it the fine is not checked against the law.
   */
  fineProvisions?: ItemFineProvisions[];
  /** 第29条: fines decided in other cases on this party for the same act (item, overlapping dates). */
  priorFines?: PriorFine[];
  /** 第52条: the on-the-spot form number was pre-allocated to the officers' agency and not used before. */
  summaryForm?: { allocated: boolean; alreadyUsed: boolean };
  /** Whether the agency itself has power to enforce (otherwise it applies to the court). */
  ownEnforcementPower?: boolean;
  /**
   * 第24条: penalty kinds the county keeps, which this agency may not impose (the server passes
   * the county-reserved kinds for townships and streets, nothing for county departments).
   */
  countyReservedKinds?: readonly PenaltyProposalKind[];
  /**
   * 第34条: the stored discretion benchmarks of the case's items (every version, 第37条) and the
   * act dates of the party's earlier offences under each item (初次/再次). Supplied for decide.
   */
  benchmarks?: CaseBenchmark[];
  /**
   * 第52条, 第59条, 第61条: the case's documents that exist on paper (printed at least once, or a
   * signed or sealed copy uploaded), the latest of each kind per party. Supplied for the steps
   * that hand a decision over; without it nothing counts as printed.
   */
  documentsOnPaper?: DocumentOnPaper[];
}

export interface DocumentOnPaper {
  kind: string;
  /** 共同违法: the party the document was issued to. */
  partyId?: string;
}

export interface CaseBenchmark {
  benchmarkId: string;
  itemCode: string;
  violation: string;
  versions: BenchmarkVersion[];
  priorOffenceDates: string[];
}
