// What an alert rule is on the server: a named query that lists what it finds now. The runner
// (../run-rules.ts) turns the findings into alert records: new ones opened, ones no longer found
// resolved. A rule reads only; it never writes, save the evidence-hash rule's record of which files it
// has verified (ADR 0019).
import type { ActiveAlertRuleId } from '@zhifa/domain';
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import type { AppContext } from '../../../platform/context';
import type { Pace } from '../run-pace';

export interface Finding {
  /** Unique per rule: the same situation found again is the same alert. */
  subjectKey: string;
  agencyId: string | null;
  caseId?: string | null;
  personId?: string | null;
  itemCode?: string | null;
  recordType?: string;
  recordId?: string;
  title: string;
  details?: Record<string, unknown>;
  /** People (persons.id) who must hear of it besides the agency's heads: a case's officers. */
  notifyPersonIds?: string[];
  /** Accounts who must hear of it besides the agency's heads (the supervisor who issued a notice). */
  notifyUserIds?: string[];
}

export interface RuleContext {
  app: AppContext;
  /** Where to read: the database, or the transaction of a recheck (never both: PGlite has one connection). */
  db: Kysely<DB>;
  today: string;
  /** How the rule paces its steps (a slice of the cases): a run pauses between them, a transaction does not. */
  pace?: Pace;
}

export interface AlertRule {
  id: ActiveAlertRuleId;
  find(ctx: RuleContext): Promise<Finding[]>;
}

/** Statuses after which a case no longer runs (closed, archived, refused, handed on). */
export const FINISHED_CASE_STATUSES = ['filingRefused', 'closed', 'archived', 'transferred', 'referredCriminal'];

/** Rows are read in pages of this size, so no single statement holds the connection for long. */
export const PAGE = 2000;
