import { z } from 'zod';
import { isoDate, text } from './common';

export const auditEntryView = z.object({
  seq: z.string(),
  at: z.string(),
  actorName: z.string().nullable(),
  actorRole: z.string().nullable(),
  agencyId: z.string().nullable(),
  sourceIp: z.string().nullable(),
  eventType: z.string(),
  objectType: z.string().nullable(),
  objectId: z.string().nullable(),
  /** 'success' | 'failure' | 'denied' today; open to outcomes a newer server adds. */
  outcome: z.string(),
  requestId: z.string().nullable(),
  details: z.unknown(),
  /** The object by name (case number and title, the person), where it is known. */
  objectName: z.string().nullable().optional(),
  /** The details in words (a case action by its Chinese label). */
  summary: z.string().nullable().optional(),
});
export type AuditEntry = z.infer<typeof auditEntryView>;

export const auditQuery = z.strictObject({
  eventType: text(64).optional(),
  actor: text(64).optional(),
  outcome: z.enum(['success', 'failure', 'denied']).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  before: z
    .string()
    .regex(/^\d{1,18}$/)
    .optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const auditPageView = z.object({ items: z.array(auditEntryView), nextBefore: z.string().nullable() });
export type AuditPage = z.infer<typeof auditPageView>;

export const auditVerificationView = z.object({
  ok: z.boolean(),
  checked: z.number(),
  lastSeq: z.string().nullable(),
  firstBroken: z.object({ seq: z.string(), reason: z.string() }).optional(),
  /** The head last anchored outside the database that the chain was compared with. */
  checkpoint: z.object({ seq: z.string(), count: z.number().int(), at: z.string() }).nullable().optional(),
});
export type AuditVerification = z.infer<typeof auditVerificationView>;
