// Shapes of the cases module's answers (docs/CASES-API.md). Kept by hand: the server's schemas
// live in a Node package the browser bundle must not import.
import type {
  CaseActionType,
  CaseConfig,
  CaseDeadline,
  CaseProcedure,
  CaseState,
  CaseStatus,
  EvidenceKind,
} from '@zhifa/domain';

export interface NextDeadline {
  label: string;
  due: string | null;
  /** Rests on a year whose holiday notice is not loaded (按法定节日暂算). */
  provisional: boolean;
  status: string;
}

export interface CaseListItem {
  id: string;
  number: string | null;
  title: string;
  procedure: CaseProcedure;
  status: CaseStatus;
  statusLabel: string;
  partyName: string | null;
  itemName: string | null;
  agencyName: string | null;
  filedOn: string | null;
  nextDeadline: NextDeadline | null;
  updatedAt: string;
  version: number;
}

export interface KeysetPage<T> {
  items: T[];
  next: string | null;
}

export interface TimelineEntry {
  seq: number;
  /** A CaseActionType, or a type a newer server records. */
  type: string;
  label: string;
  actorName: string | null;
  actorRole: string | null;
  at: string;
  summary: string | null;
  payload?: unknown;
  /** Not blocking: what the procedure noted when the action was taken (e.g. no audio-video record). */
  warnings?: CaseRefusalView[];
}

export interface CaseDocument {
  id: string;
  kind: string;
  number: string | null;
  title: string;
  issuedAt: string | null;
}

export interface CaseEvidence {
  id: string;
  kind: EvidenceKind;
  title: string;
  sha256: string | null;
  capturedAt: string | null;
  location?: string | null;
  fileName?: string | null;
  mimeType?: string | null;
  size?: number | null;
  uploadedBy?: string | null;
  uploadedAt?: string | null;
  illegal?: boolean | { reason: string } | null;
}

/** A deadline of the case; the server may flag the ones due within the "due soon" window. */
export type CaseDeadlineView = CaseDeadline & { dueSoon?: boolean };

export interface CasePerson {
  id: string;
  name: string;
}

export interface CaseDetail {
  id: string;
  number: string | null;
  version: number;
  header: Record<string, unknown> & {
    agencyId?: string;
    agencyName?: string;
    procedure?: CaseProcedure;
    title?: string;
  };
  state: CaseState;
  statusLabel: string;
  timeline: TimelineEntry[];
  allowedActions: { type: CaseActionType; label: string }[];
  deadlines: CaseDeadlineView[];
  /** The county's effective configuration: the server decides with it, so previews use it too. */
  config: CaseConfig;
  documents: CaseDocument[];
  evidence: CaseEvidence[];
  /** Names of the people the state refers to by id (officers, presider, reviewers), when sent. */
  people?: CasePerson[];
}

export interface CaseRefusalView {
  code: string;
  message: string;
  article: string;
}

export interface CommandResult {
  version: number;
  status: CaseStatus;
  statusLabel: string;
  warnings?: CaseRefusalView[];
}

export interface CaseFileEntry {
  key: string;
  title: string;
  volume: 'main' | 'internal';
  numbered: boolean;
  pages: number;
  pageFrom: number | null;
  pageTo: number | null;
}

export interface CaseFileView {
  archiveNumber: string | null;
  main: CaseFileEntry[];
  internal: CaseFileEntry[];
  cover?: {
    caseName?: string;
    caseNumber?: string;
    decisionNumber?: string | null;
    agencyName?: string;
    filedOn?: string | null;
    closedOn?: string | null;
    retention?: string | null;
    documentCount?: number;
    pageCount?: number;
  };
}

export interface QueueItem {
  id: string;
  caseId?: string;
  kind?: string;
  kindLabel?: string;
  label?: string;
  number?: string | null;
  title?: string;
  partyName?: string | null;
  itemName?: string | null;
  statusLabel?: string;
  submittedAt?: string | null;
  submittedBy?: string | null;
  due?: string | null;
  href?: string;
}
