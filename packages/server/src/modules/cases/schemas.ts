import { z } from 'zod';
import { CASE_ACTION_TYPES, EVIDENCE_KINDS, type CaseActionType } from '@zhifa/domain';
import { text, uuid } from '../../platform/schemas';

export const tags = ['案件办理'];

export const actionType = z.enum(CASE_ACTION_TYPES as [CaseActionType, ...CaseActionType[]]);
/** Payloads are checked field by field by the procedure (decide()), which names each field in Chinese. */
export const payloadSchema = z.record(z.string().max(100), z.unknown());

export const refusalSchema = z.object({ code: z.string(), message: z.string(), article: z.string() });

export const commandBody = z.strictObject({
  commandId: text(100).optional(),
  expectedVersion: z.number().int().min(0).max(1_000_000),
  type: actionType,
  payload: payloadSchema.default({}),
});

export const commandResult = z.object({
  version: z.number().int(),
  status: z.string(),
  statusLabel: z.string(),
  seq: z.number().int(),
  warnings: z.array(refusalSchema),
  documents: z.array(z.object({ kind: z.string(), number: z.string().nullable() })),
});

export const createBody = z.strictObject({
  commandId: text(100).optional(),
  procedure: z.enum(['summary', 'ordinary']),
  payload: payloadSchema,
});

export const createResult = commandResult.extend({ id: z.string(), number: z.string() });

const yes = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

export const listQuery = z.strictObject({
  status: text(600).optional(),
  procedure: z.enum(['summary', 'ordinary']).optional(),
  assigned: z.enum(['me']).optional(),
  overdue: yes.optional(),
  q: text(100).optional(),
  agencyId: uuid.optional(),
  after: text(300).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

const nextDeadline = z
  .object({ label: z.string(), due: z.string().nullable(), provisional: z.boolean(), status: z.string() })
  .nullable();

export const listItem = z.object({
  id: z.string(),
  number: z.string(),
  title: z.string(),
  procedure: z.string(),
  status: z.string(),
  statusLabel: z.string(),
  partyName: z.string().nullable(),
  itemName: z.string().nullable(),
  agencyName: z.string(),
  filedOn: z.string().nullable(),
  nextDeadline,
  updatedAt: z.string(),
  version: z.number().int(),
});

export const deadlineView = z.object({
  key: z.string(),
  label: z.string(),
  due: z.string().nullable(),
  dueAt: z.string().optional(),
  basis: z.string(),
  partyFacing: z.boolean(),
  provisional: z.boolean(),
  status: z.string(),
  dueSoon: z.boolean(),
});

export const evidenceKind = z.enum(EVIDENCE_KINDS);

export const evidenceView = z.object({
  id: z.string(),
  kind: z.string(),
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

export const caseDetailSchema = z.object({
  id: z.string(),
  number: z.string(),
  version: z.number().int(),
  header: z.record(z.string(), z.unknown()),
  state: z.unknown(),
  statusLabel: z.string(),
  timeline: z.array(
    z.object({
      seq: z.number().int(),
      type: z.string(),
      label: z.string(),
      actorName: z.string(),
      actorRole: z.string(),
      at: z.string(),
      actionDate: z.string(),
      summary: z.string().nullable(),
      payload: z.unknown(),
      warnings: z.array(z.unknown()),
    }),
  ),
  allowedActions: z.array(z.object({ type: z.string(), label: z.string() })),
  deadlines: z.array(deadlineView),
  /** The effective CaseConfig (defaults with the county's departures). */
  config: z.unknown(),
  documents: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      number: z.string().nullable(),
      title: z.string(),
      issuedOn: z.string(),
      issuedAt: z.string(),
      actionSeq: z.number().int(),
    }),
  ),
  evidence: z.array(evidenceView),
  people: z.array(z.object({ id: z.string(), name: z.string() })),
});

const fileDoc = z.object({
  key: z.string(),
  title: z.string(),
  volume: z.string(),
  numbered: z.boolean(),
  pages: z.number().int(),
  pageFrom: z.number().int().nullable(),
  pageTo: z.number().int().nullable(),
});

export const caseFileSchema = z.object({
  archiveNumber: z.string().nullable(),
  main: z.array(fileDoc),
  internal: z.array(fileDoc),
  cover: z.record(z.string(), z.unknown()),
});

export const queueItem = z.object({
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
