import { z } from 'zod';
import { commandId, isoDate, keysetPage, text, uuid } from './common';

export const LEAD_SOURCES = ['inspection', 'complaint', 'hotline', 'transfer', 'patrol', 'monitoring'] as const;
export type LeadSource = (typeof LEAD_SOURCES)[number];
export const LEAD_STATUSES = ['pending', 'filed', 'closed', 'merged'] as const;
export type LeadStatus = (typeof LEAD_STATUSES)[number];

export const leadView = z.object({
  id: z.string(),
  number: z.string(),
  source: z.enum(LEAD_SOURCES),
  sourceLabel: z.string(),
  receivedAt: z.string(),
  summary: z.string(),
  location: z.string().nullable(),
  partyName: z.string().nullable(),
  itemCode: z.string().nullable(),
  itemName: z.string().nullable(),
  status: z.enum(LEAD_STATUSES),
  statusLabel: z.string(),
  vetDue: z.string().nullable(),
  /** leadVettingStatus(): 'open' | 'dueSoon' | 'escalate' | 'overdue' | 'vetted' | 'unknown'. */
  vettingStatus: z.string(),
  overdue: z.boolean(),
  caseId: z.string().nullable(),
  mergedInto: z.string().nullable(),
  closeReason: z.string().nullable(),
  agencyId: z.string(),
  updatedAt: z.string(),
});
export type Lead = z.infer<typeof leadView>;

export const listLeadsQuery = z.strictObject({
  status: z.enum(LEAD_STATUSES).optional(),
  source: z.enum(LEAD_SOURCES).optional(),
  q: text(100).optional(),
  after: text(300).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export const leadPageView = keysetPage(leadView);

export const createLeadBody = z.strictObject({
  commandId,
  source: z.enum(LEAD_SOURCES),
  receivedAt: isoDate,
  summary: text(5000, 1),
  location: text(500).optional(),
  partyName: text(200).optional(),
  itemCode: text(100).optional(),
  reporter: text(200).optional(),
});
export type LeadInput = Omit<z.input<typeof createLeadBody>, 'commandId'>;
export const createLeadResult = z.object({ id: z.string(), number: z.string() });

export const leadDetailView = leadView.extend({
  history: z.array(
    z.object({
      seq: z.number().int(),
      at: z.string(),
      actorName: z.string().nullable(),
      event: z.string(),
      eventLabel: z.string(),
      details: z.unknown(),
    }),
  ),
});
export type LeadDetail = z.infer<typeof leadDetailView>;

export const vetLeadBody = z.strictObject({
  commandId,
  decision: z.enum(['file', 'close', 'merge']),
  reason: text(2000, 1),
  mergeInto: uuid.optional(),
  /** The `fileCase` payload (checked by the procedure); `source`, `facts` and `discoveredOn` default to the lead's. */
  filing: z.record(z.string().max(100), z.unknown()).optional(),
});
export const vetLeadResult = z.object({ caseId: z.string().optional(), caseNumber: z.string().optional() });
