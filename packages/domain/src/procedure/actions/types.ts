// The shape of one action's definition: everything the platform knows about an action, in one place.
import type { BusinessRole } from '../../access/index';
import type { Guard, Precondition } from '../guards/types';
import type { Reducer } from '../fold/types';
import type { CaseActionType, CasePayloads } from '../payloads/index';
import type { CaseState } from '../state';
import type { CaseStatus } from '../status';
import type { ActionSchemas } from '../payloads/fields';
import type { DocumentSeries } from './documents';

/**
 * 办、审、定三分离: which hat the actor wears.
 * - handle: an officer assigned to the case (办).
 * - approve: a head approving; must not be one of the case's investigators.
 * - review: the legal reviewer (审); must not be an investigator.
 * - decide: the head signing the decision (定); neither an investigator nor a reviewer of the case.
 * - none: clerical or party-driven steps.
 */
export type CaseDuty = 'handle' | 'approve' | 'review' | 'decide' | 'none';

/** Who may take the action, from where, to where, and on which article it rests. */
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
  /** The client's input and the full payload (input plus the fields the server fills in), as zod schemas. */
  schemas: ActionSchemas;
}

/** A field of the payload, as the keys leading to it. */
export type PayloadPath = readonly [string, ...string[]];

/** The client's input before the payload check: read it defensively. */
export type ClientInput = Readonly<Record<string, unknown>>;

/**
 * A field the server fills in before decide() sees the payload, with what only it knows (the
 * agency, its counters, the clear identity number). Numbers are always the server's; the other
 * fields are filled only where the client left them out.
 */
export type ServerFill =
  /** A document number of the series (文号), issued in the command's transaction: a client never chooses one. */
  | { fill: 'documentNumber'; path: PayloadPath; series: DocumentSeries | ((p: ClientInput) => DocumentSeries | null) }
  /** The case file's archive number (档案号), counted in the case's filing year. */
  | { fill: 'archiveNumber'; path: PayloadPath }
  /** The agency's own name. */
  | { fill: 'agencyName'; path: PayloadPath }
  /** The agency's remedies (复议机关、人民法院) for an on-the-spot or an ordinary decision, as text or with the bodies. */
  | { fill: 'remedies'; path: PayloadPath; onTheSpot: boolean; shape: 'text' | 'bodies' }
  /**
   * The party's identity number, checked and normalised; a person's states the birth date (第30条).
   * 'caseRow': masked in the payload, the clear number kept encrypted on the case row (the first party).
   * 'actionSecrets': an added party's, masked later and kept among the action's secrets.
   */
  | { fill: 'partyIdentity'; path: PayloadPath; keep: 'caseRow' | 'actionSecrets' }
  /** A value the rules read off the case (pure); `undefined` leaves the field out. */
  | { fill: 'fromCase'; path: PayloadPath; value: (p: ClientInput, s: CaseState) => unknown };

/** A document (文书) the action issues once it passed. */
export interface ActionDocument<K extends CaseActionType> {
  kind: string;
  title: string;
  /** Numbered after the action passed, in this series. */
  series?: DocumentSeries;
  /** Carries the number the server filled in before decide() (a `documentNumber` or `archiveNumber` fill). */
  numberAt?: PayloadPath;
  /** Issued only when the payload says so. */
  when?: (p: CasePayloads[K]) => boolean;
  /** What the document states from the case once the action is applied (beyond the payload). */
  content?: (s: CaseState) => Record<string, unknown> | undefined;
  /** The decision published after the fact (事后公示, statement 68): it opens a disclosure task. */
  disclosed?: true;
}

/** Deadlines of the case that are due soon or overdue, by key (deadlines.ts). */
export interface QueueDeadlines {
  dueSoon: ReadonlySet<string>;
  overdue: ReadonlySet<string>;
}

/**
 * The action waits in a work queue (法制审核 for reviewers, 审批 for heads) while the viewer may take
 * it (allowedActions) and `pending` holds.
 */
export interface ActionQueueRule {
  queue: 'review' | 'approval';
  label: string;
  pending: (s: CaseState, today: string, deadlines: QueueDeadlines) => boolean;
  /**
   * Since when and by whom the item waits. `seq` names the step it waits on, so the server can
   * show the moment that step was recorded rather than its date alone.
   */
  since?: (s: CaseState) => { at: string | null; by: string | null; seq?: number };
  /** The deadline (deadlines.ts key) the item is due by. */
  dueKey?: string;
}

export interface ActionReminder {
  title: string;
  detail: string;
  due: string | null;
}

export interface CaseActionDefinition<K extends CaseActionType> extends CaseActionSpec {
  /** An occasional step, off the main line of the procedure (回避、移送、延期 …). */
  occasional?: boolean;
  /**
   * Taken by uploading a file: the server hashes and stores it and issues the action with the
   * payload it computed (登记证据), so there is no form to fill.
   */
  byUpload?: boolean;
  /** Payload-free checks on the state and actor, run by both allowedActions() and decide(). */
  precondition?: Precondition;
  /** The action-specific legal checks, run after status, role, duty and payload shape pass. */
  guard: Guard<K>;
  /** decide() must compute the `derived` fields (dates from the calendar and config) for this action. */
  derives?: boolean;
  /** The fold step. */
  reduce: Reducer<K>;
  /** Payload fields the server fills in before decide(), in order. */
  serverFills?: readonly ServerFill[];
  /** The documents the action issues (the legal rule "which documents a step issues"). */
  documents?: readonly ActionDocument<K>[];
  /** The line on the case's timeline. */
  summary?: (p: CasePayloads[K]) => string;
  queue?: ActionQueueRule;
  /**
   * A reminder on the workbench of whoever may take the action, when the case calls for it now
   * (e.g. an order to correct whose period ran out waits for its follow-up).
   */
  reminder?: (s: CaseState, today: string) => ActionReminder | null;
  /**
   * Facts from outside the case log its guard reads, which the server loads before decide():
   * the items' fine provisions and prior fines on the same act (第29–32条, 第37条), the items' stored
   * discretion benchmarks with the party's earlier offences (第34条), the reviewer's qualification
   * (第58条), the agency's heads (第57条第2款), the documents printed or uploaded signed (第52条, 第61条).
   */
  needs?: readonly ('fines' | 'benchmarks' | 'reviewerQualification' | 'agencyHeads' | 'documentsOnPaper')[];
  /** The evidence item the action marks as illegally obtained (第46条), for the evidence register. */
  flagsEvidence?: (p: CasePayloads[K]) => { evidenceId: string; reason: string };
  /**
   * Enforcement items count as used once this action passes (立案, or a decision on the spot): the
   * idle-items report reads it.
   */
  usesItems?: boolean;
  /** The decision no longer stands as published (第48条第2款): its rendition is withdrawn at once. */
  withdrawsPublication?: true;
}

export type PhaseDefinitions<K extends CaseActionType> = { [A in K]: CaseActionDefinition<A> };

export type CaseActionDefinitions = PhaseDefinitions<CaseActionType>;
