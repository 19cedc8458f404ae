import { z } from 'zod';
import {
  CASE_ACTION_TYPES,
  CASE_STATUSES,
  EVIDENCE_KINDS,
  PENALTY_PROPOSAL_KINDS,
  type CaseActionType,
  type CaseConfig,
  type CaseState,
  type CaseStatus,
} from '@zhifa/domain';
import { commandId, isoDate, keysetPage, text, uuid } from './common';

export const CASE_PROCEDURES = ['summary', 'ordinary'] as const;
const procedure = z.enum(CASE_PROCEDURES);
export const actionType = z.enum(CASE_ACTION_TYPES as [CaseActionType, ...CaseActionType[]]);
export const caseStatus = z.enum(Object.keys(CASE_STATUSES) as [CaseStatus, ...CaseStatus[]]);

/**
 * An action's payload. Only its envelope is the HTTP contract: each action's fields are checked
 * by the domain (its payload schema, unknown keys refused) and then by the procedure (decide()),
 * which names each field in Chinese.
 */
export const payloadRecord = z.record(z.string().max(100), z.unknown());

export const refusalView = z.object({ code: z.string(), message: z.string(), article: z.string() });
export type CaseRefusalView = z.infer<typeof refusalView>;

export const commandBody = z.strictObject({
  commandId,
  expectedVersion: z.number().int().min(0).max(1_000_000),
  type: actionType,
  payload: payloadRecord.default({}),
});
export type CommandBody = z.input<typeof commandBody>;

export const commandResult = z.object({
  version: z.number().int(),
  status: caseStatus,
  statusLabel: z.string(),
  seq: z.number().int(),
  warnings: z.array(refusalView),
  documents: z.array(z.object({ kind: z.string(), number: z.string().nullable() })),
});
export type CommandResult = z.infer<typeof commandResult>;

export const createCaseBody = z.strictObject({
  commandId,
  procedure,
  /** The first command's payload: `decideOnTheSpot` (summary) or `fileCase` (ordinary). */
  payload: payloadRecord,
});
export const createCaseResult = commandResult.extend({ id: z.string(), number: z.string() });
export type CreateCaseResult = z.infer<typeof createCaseResult>;

const yes = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

export const listCasesQuery = z.strictObject({
  /** One status or several separated by commas. */
  status: text(600).optional(),
  procedure: procedure.optional(),
  assigned: z.enum(['me']).optional(),
  overdue: yes.optional(),
  /** Number, title, party, item, or a full ID number (matched through its lookup hash). */
  q: text(100).optional(),
  agencyId: uuid.optional(),
  /** Drill-down from the dashboard (驾驶舱): the item, its domain, the filing or closing period. */
  itemCode: text(60).optional(),
  domain: text(60).optional(),
  filedFrom: isoDate.optional(),
  filedTo: isoDate.optional(),
  closedFrom: isoDate.optional(),
  closedTo: isoDate.optional(),
  after: text(300).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type ListCasesQuery = z.infer<typeof listCasesQuery>;

const nextDeadline = z.object({
  label: z.string(),
  due: z.string().nullable(),
  /** Rests on a year whose holiday notice is not loaded (按法定节日暂算). */
  provisional: z.boolean(),
  status: z.string(),
});
export type NextDeadline = z.infer<typeof nextDeadline>;

export const caseListItemView = z.object({
  id: z.string(),
  number: z.string(),
  title: z.string(),
  procedure,
  status: caseStatus,
  statusLabel: z.string(),
  /** Every party's name, joined (共同违法). */
  partyName: z.string().nullable(),
  itemName: z.string().nullable(),
  agencyName: z.string(),
  filedOn: z.string().nullable(),
  nextDeadline: nextDeadline.nullable(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type CaseListItem = z.infer<typeof caseListItemView>;
export const casePageView = keysetPage(caseListItemView);

export const deadlineView = z.object({
  key: z.string(),
  label: z.string(),
  due: z.string().nullable(),
  dueAt: z.string().optional(),
  basis: z.string(),
  partyFacing: z.boolean(),
  provisional: z.boolean(),
  status: z.enum(['open', 'met', 'overdue']),
  dueSoon: z.boolean(),
});
/** A deadline of the case (the domain's CaseDeadline), flagged when due within the "due soon" window. */
export type CaseDeadlineView = z.infer<typeof deadlineView>;

export const evidenceKind = z.enum(EVIDENCE_KINDS);

export const evidenceView = z.object({
  id: z.string(),
  kind: evidenceKind,
  kindLabel: z.string(),
  title: z.string(),
  sha256: z.string().nullable(),
  capturedAt: z.string().nullable(),
  location: z.string().nullable(),
  fileName: z.string().nullable(),
  mimeType: z.string().nullable(),
  size: z.number().nullable(),
  officerIds: z.array(z.string()),
  uploadedBy: z.string().nullable(),
  uploadedAt: z.string().nullable(),
  illegal: z.object({ reason: z.string() }).nullable(),
});
export type CaseEvidence = z.infer<typeof evidenceView>;
export const evidenceListView = z.object({ items: z.array(evidenceView) });

export const timelineEntryView = z.object({
  seq: z.number().int(),
  /** A CaseActionType, or a type a newer server records. */
  type: z.string(),
  label: z.string(),
  actorName: z.string(),
  actorRole: z.string(),
  at: z.string(),
  actionDate: z.string(),
  summary: z.string().nullable(),
  payload: z.unknown(),
  /** Not blocking: what the procedure noted when the action was taken (e.g. no audio-video record). */
  warnings: z.array(refusalView),
});
export type TimelineEntry = z.infer<typeof timelineEntryView>;

export const caseDocumentView = z.object({
  id: z.string(),
  kind: z.string(),
  number: z.string().nullable(),
  title: z.string(),
  issuedOn: z.string(),
  issuedAt: z.string(),
  actionSeq: z.number().int(),
});
export type CaseDocument = z.infer<typeof caseDocumentView>;

export const casePersonView = z.object({ id: z.string(), name: z.string() });
export type CasePerson = z.infer<typeof casePersonView>;

/**
 * The folded case state is the domain's CaseState, computed by the domain's fold on the server:
 * its shape is the domain's type, not repeated here (the wire check is only that it is an object).
 */
const caseState = z.custom<CaseState>((v) => typeof v === 'object' && v !== null, '案件状态应为对象');

const amount = z.number().nonnegative();
const days = z.number().int().nonnegative();
const periodUnit = z.enum(['workingDays', 'calendarDays']);
const penaltyKinds = z.array(z.enum(PENALTY_PROPOSAL_KINDS));

/** The county's effective case configuration (DEFAULT_CASE_CONFIG with the county's departures). */
export const caseConfigView = z.object({
  summary: z.object({ personMaxFine: amount, organisationMaxFine: amount }),
  summaryFiling: z.object({ amount: days, unit: periodUnit }),
  hearing: z.object({
    personFineThreshold: amount,
    organisationFineThreshold: amount,
    personConfiscationThreshold: amount,
    organisationConfiscationThreshold: amount,
    heavyKinds: penaltyKinds,
    requestWorkingDays: days,
    noticeLeadWorkingDays: days,
    maxAgents: days,
  }),
  representationWorkingDays: days,
  leadVetting: z.object({ workingDays: days, extensionWorkingDays: days }),
  limitation: z.object({ years: days, extendedYears: days, extendedFrom: z.string() }),
  decisionLimit: z.object({ days, headExtensionDays: days, maxExtensionDays: days }),
  serviceWorkingDays: days,
  publicNoticeDays: days,
  paymentDays: days,
  preservationWorkingDays: days,
  coercion: z.object({
    days,
    extensionDays: days,
    urgentApprovalHours: days,
    freezeDeliveryWorkingDays: days,
  }),
  majorDecisionList: z.object({
    itemCodes: z.array(z.string()),
    penaltyKinds,
    personFineAtLeast: amount.nullable(),
    organisationFineAtLeast: amount.nullable(),
  }),
  reviewWorkingDays: days,
  recusalDecisionDays: days,
  publicationWorkingDays: days,
  cash: z.object({ smallAmountMax: amount, handInWorkingDays: days, depositWorkingDays: days }),
  criminalReferral: z.object({
    headDecisionDays: days,
    transferHours: days,
    handOverDays: days,
    reconsiderationDays: days,
  }),
  court: z.object({ demandWaitWorkingDays: days, windowMonths: days }),
  remedies: z.object({ reconsiderationDays: days, litigationMonths: days, unstatedLimitMonths: days }),
  dueSoonWorkingDays: days,
}) satisfies z.ZodType<CaseConfig>;

export const caseDetailView = z.object({
  id: z.string(),
  number: z.string(),
  version: z.number().int(),
  header: z.object({
    caseId: z.string(),
    agencyId: z.string(),
    agencyName: z.string(),
    procedure,
    procedureLabel: z.string(),
    title: z.string(),
    createdAt: z.string(),
    createdBy: z.string(),
    partyIdMasked: z.string().nullable(),
    leadId: z.string().nullable(),
  }),
  state: caseState,
  statusLabel: z.string(),
  timeline: z.array(timelineEntryView),
  /** Empty for a viewer outside the case's agency (e.g. the county supervisor). */
  allowedActions: z.array(z.object({ type: actionType, label: z.string() })),
  deadlines: z.array(deadlineView),
  /** The effective configuration the server decides with, so the web's previews agree with it. */
  config: caseConfigView,
  documents: z.array(caseDocumentView),
  evidence: z.array(evidenceView),
  /** Names of every person id the state mentions (officers, presider, reviewers, heads). */
  people: z.array(casePersonView),
});
export type CaseDetail = z.infer<typeof caseDetailView>;

const caseFileEntryView = z.object({
  key: z.string(),
  title: z.string(),
  volume: z.enum(['main', 'internal']),
  numbered: z.boolean(),
  pages: z.number().int(),
  pageFrom: z.number().int().nullable(),
  pageTo: z.number().int().nullable(),
});
export type CaseFileEntry = z.infer<typeof caseFileEntryView>;

export const caseFileView = z.object({
  archiveNumber: z.string().nullable(),
  /** 正卷 and 副卷, in archive order. */
  main: z.array(caseFileEntryView),
  internal: z.array(caseFileEntryView),
  cover: z.object({
    caseName: z.string(),
    caseNumber: z.string(),
    decisionNumber: z.string().nullable(),
    agencyName: z.string(),
    filedOn: z.string().nullable(),
    closedOn: z.string().nullable(),
    retention: z.string().nullable(),
    documentCount: z.number().int(),
    pageCount: z.number().int(),
    archiveNumber: z.string().nullable(),
  }),
});
export type CaseFileView = z.infer<typeof caseFileView>;

export const queueItemView = z.object({
  id: z.string(),
  caseId: z.string(),
  kind: z.string(),
  kindLabel: z.string(),
  number: z.string(),
  title: z.string(),
  partyName: z.string().nullable(),
  itemName: z.string().nullable(),
  statusLabel: z.string(),
  submittedAt: z.string().nullable(),
  submittedBy: z.string().nullable(),
  due: z.string().nullable(),
  href: z.string(),
});
export type QueueItem = z.infer<typeof queueItemView>;
export const queueView = z.object({ items: z.array(queueItemView) });
export type QueueView = z.infer<typeof queueView>;

export const deadlinesQuery = z.strictObject({
  dueWithin: z.coerce.number().int().min(0).max(60).default(3),
  mine: z.enum(['true', 'false']).optional(),
});
export const openDeadlinesView = z.object({
  items: z.array(
    z.object({
      caseId: z.string(),
      caseNumber: z.string(),
      caseTitle: z.string(),
      agencyName: z.string(),
      key: z.string(),
      label: z.string(),
      due: z.string().nullable(),
      dueAt: z.string().nullable(),
      basis: z.string(),
      partyFacing: z.boolean(),
      provisional: z.boolean(),
      overdue: z.boolean(),
      dueSoon: z.boolean(),
    }),
  ),
});

export const deadlineMovesQuery = z.strictObject({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});
export const deadlineMovesView = z.object({
  items: z.array(
    z.object({
      year: z.number(),
      caseId: z.string(),
      caseNumber: z.string(),
      caseTitle: z.string(),
      agencyName: z.string(),
      label: z.string(),
      oldDue: z.string().nullable(),
      newDue: z.string().nullable(),
      stillProvisional: z.boolean(),
      partyFacing: z.boolean(),
      recordedAt: z.string(),
    }),
  ),
});

export type DeadlineMove = z.infer<typeof deadlineMovesView>['items'][number];

export const actionSecretsParams = z.strictObject({ id: uuid, seq: z.coerce.number().int().min(1).max(1_000_000) });
export const actionSecretsView = z.array(z.object({ path: z.string(), value: z.string() }));

/** The text fields of an evidence upload (multipart; the file part `file` comes last). */
export const evidenceUploadFields = z.strictObject({
  sha256: z
    .string()
    .transform((s) => s.trim().toLowerCase())
    .pipe(z.string().regex(/^[0-9a-f]{64}$/, 'SHA-256 应为 64 位十六进制')),
  kind: evidenceKind,
  title: text(500, 1),
  capturedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, '取证时间应为 YYYY-MM-DDTHH:MM'),
  location: text(500).optional(),
  /** Default: the uploader. */
  officerIds: z.array(uuid).min(1).max(20).optional(),
  source: z.enum(['onSite', 'partySubmitted', 'thirdParty', 'sampling']).optional(),
});
export type EvidenceUploadFields = z.input<typeof evidenceUploadFields>;
export const evidenceUploadResult = z.object({ id: z.string(), sha256: z.string() });
export type EvidenceUploadResult = z.infer<typeof evidenceUploadResult>;
export const evidenceDetailView = z.object({
  id: z.string(),
  caseId: z.string(),
  caseNumber: z.string(),
  kind: z.string(),
  kindLabel: z.string(),
  title: z.string(),
  sha256: z.string(),
  size: z.number(),
  mimeType: z.string(),
  fileName: z.string().nullable(),
  capturedAt: z.string(),
  location: z.string().nullable(),
  officerIds: z.array(z.string()),
  illegal: z.object({ reason: z.string() }).nullable(),
  uploadedAt: z.string(),
});
export const evidenceLedgerView = z.object({
  items: z.array(
    z.object({
      seq: z.number().int(),
      event: z.string(),
      contentSha256: z.string(),
      metadataSha256: z.string(),
      actorName: z.string().nullable(),
      at: z.string(),
      sourceIp: z.string().nullable(),
      details: z.unknown(),
      prevHash: z.string(),
      hash: z.string(),
    }),
  ),
  chain: z.object({ ok: z.boolean(), rows: z.number().int(), brokenAt: z.number().int().nullable() }),
});
export type EvidenceLedger = z.infer<typeof evidenceLedgerView>;
/** A binary evidence file: not JSON, described for the OpenAPI document only. */
export const evidenceFileResponse = z.any().describe('application/octet-stream');
