// Oversight (监督平台): alerts and their runs, the notification centre, correction notices
// (执法监督意见书).
import { z } from 'zod';
import { ALERT_RULE_IDS } from '@zhifa/domain';
import { commandId, isoDate, text, uuid } from './common';

const alertStatus = z.enum(['open', 'acknowledged', 'resolved']);
const ruleId = z.enum(ALERT_RULE_IDS as [string, ...string[]]);

export const listAlertsQuery = z.strictObject({
  rule: ruleId.optional(),
  status: z.enum(['open', 'acknowledged', 'resolved', 'active']).optional(),
  agencyId: uuid.optional(),
  caseId: uuid.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

export const alertView = z.object({
  id: z.string(),
  rule: z.string(),
  ruleTitle: z.string(),
  severity: z.enum(['high', 'medium', 'low']),
  status: alertStatus,
  title: z.string(),
  agencyId: z.string().nullable(),
  agencyName: z.string().nullable(),
  caseId: z.string().nullable(),
  caseNumber: z.string().nullable(),
  personId: z.string().nullable(),
  itemCode: z.string().nullable(),
  recordType: z.string().nullable(),
  recordId: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  firstSeenAt: z.string(),
  lastSeenAt: z.string(),
  acknowledgedAt: z.string().nullable(),
  acknowledgedNote: z.string().nullable(),
  resolvedAt: z.string().nullable(),
});
export type AlertView = z.infer<typeof alertView>;

export const alertListView = z.object({
  items: z.array(alertView),
  total: z.number(),
  counts: z.object({ open: z.number(), acknowledged: z.number(), resolved: z.number() }),
});

export const alertRuleView = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  legalBasis: z.string(),
  severity: z.enum(['high', 'medium', 'low']),
  planned: z.boolean(),
});
export const alertRuleListView = z.array(alertRuleView);

export const acknowledgeAlertBody = z.strictObject({ note: text(500).optional(), commandId });

export const alertRunView = z.object({
  id: z.string(),
  trigger: z.string(),
  status: z.enum(['queued', 'running', 'finished', 'failed']),
  requestedAt: z.string(),
  finishedAt: z.string().nullable(),
  rulesTotal: z.number(),
  rulesDone: z.number(),
  found: z.number(),
  opened: z.number(),
  resolved: z.number(),
  error: z.string().nullable(),
});
export type AlertRunView = z.infer<typeof alertRunView>;
export const latestAlertRunView = z.object({ run: alertRunView.nullable() });
/** Run every rule, or the ones named. */
export const startAlertRunBody = z.strictObject({
  rules: z.union([z.literal('all'), z.array(ruleId).min(1).max(30)]),
  commandId,
});

export const recheckAlertResult = z.object({ status: alertStatus });

// Notification centre.
export const listNotificationsQuery = z.strictObject({
  unread: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export const notificationView = z.object({
  id: z.string(),
  kind: z.enum(['alert', 'correction', 'deadline', 'queue']),
  title: z.string(),
  body: z.string().nullable(),
  href: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type NotificationView = z.infer<typeof notificationView>;
export const notificationListView = z.object({
  items: z.array(notificationView),
  total: z.number(),
  unread: z.number(),
});
export const unreadCountView = z.object({ unread: z.number() });
/** Mark read what arrived up to the moment the user saw (not what came in since). */
export const markAllReadBody = z.strictObject({ upTo: z.iso.datetime({ offset: true }), commandId });
export const markedReadResult = z.object({ marked: z.number() });

// 执法监督意见书.
const correctionStatus = z.enum(['issued', 'replied', 'accepted', 'returned']);
export const listCorrectionsQuery = z.strictObject({
  status: correctionStatus.optional(),
  agencyId: uuid.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export const issueCorrectionBody = z.strictObject({
  agencyId: uuid,
  caseId: uuid.optional(),
  subject: text(200, 1),
  findings: text(5000, 1),
  requirement: text(5000, 1),
  dueOn: isoDate,
  commandId,
});
export const replyCorrectionBody = z.strictObject({ reply: text(5000, 1), commandId });
export const reviewCorrectionBody = z.strictObject({
  decision: z.enum(['accept', 'return']),
  note: text(2000).optional(),
  commandId,
});
export const correctionHistoryView = z.object({
  action: z.enum(['issue', 'reply', 'accept', 'return']),
  on: z.string(),
  by: z.string(),
  text: z.string(),
});
export const correctionView = z.object({
  id: z.string(),
  number: z.string(),
  issuingAgencyName: z.string(),
  agencyId: z.string(),
  agencyName: z.string(),
  caseId: z.string().nullable(),
  caseNumber: z.string().nullable(),
  subject: z.string(),
  findings: z.string(),
  requirement: z.string(),
  dueOn: z.string(),
  status: correctionStatus,
  overdue: z.boolean(),
  issuedOn: z.string(),
  issuedByName: z.string(),
  reply: z.string().nullable(),
  repliedOn: z.string().nullable(),
  repliedByName: z.string().nullable(),
  reviewNote: z.string().nullable(),
  reviewedOn: z.string().nullable(),
  history: z.array(correctionHistoryView),
});
export type CorrectionView = z.infer<typeof correctionView>;
export const correctionListView = z.object({ items: z.array(correctionView), total: z.number() });
export const issuedCorrectionResult = z.object({ id: z.string(), number: z.string() });
export const correctionStatusResult = z.object({ id: z.string(), status: correctionStatus });
