// 事后公示: disclosure tasks and their renditions (legal statements 68–72), for staff; and the public
// decision pages (server-rendered HTML, described here for the OpenAPI document only).
import { z } from 'zod';
import { ITEM_DOMAINS } from '@zhifa/domain';
import { commandId, text, uuid } from './common';

export const DISCLOSURE_STATUSES = ['pending', 'held', 'published', 'withdrawn', 'expired', 'excluded'] as const;
export type DisclosureStatusKey = (typeof DISCLOSURE_STATUSES)[number];
export const DISCLOSURE_STATUS_LABELS: Record<DisclosureStatusKey, string> = {
  pending: '待公示',
  held: '暂缓（待复核）',
  published: '已公示',
  withdrawn: '已撤回',
  expired: '公示期满',
  excluded: '不予公开',
};

export const disclosureTaskQuery = z.strictObject({
  status: z.enum(DISCLOSURE_STATUSES).optional(),
  agencyId: uuid.optional(),
  /** due: not yet published and due within 3 working days or overdue; late: past the due date. */
  due: z.enum(['late', 'dueSoon']).optional(),
  q: text(100).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const disclosureTaskRow = z.object({
  id: z.string(),
  caseId: z.string(),
  documentId: z.string(),
  agencyId: z.string(),
  agencyName: z.string(),
  documentNumber: z.string(),
  partyName: z.string().nullable(),
  decidedOn: z.string(),
  dueOn: z.string(),
  status: z.enum(DISCLOSURE_STATUSES),
  late: z.boolean(),
  findingCount: z.number(),
  publishedOn: z.string().nullable(),
  publicationEndsOn: z.string().nullable(),
});
export type DisclosureTaskRow = z.infer<typeof disclosureTaskRow>;

export const disclosureTaskListView = z.object({
  items: z.array(disclosureTaskRow),
  total: z.number(),
  /** The count stopped at `total`: there are more. */
  totalCapped: z.boolean().optional(),
});

export const renditionView = z.object({
  format: z.literal(1),
  title: z.string(),
  agencyName: z.string(),
  documentNumber: z.string(),
  decidedOn: z.string(),
  party: z.object({ kind: z.enum(['person', 'organisation']), name: z.string(), creditCode: z.string().nullable() }),
  item: z.object({ code: z.string(), name: z.string() }).nullable(),
  facts: z.string(),
  evidence: z.string().nullable(),
  basis: z.array(z.object({ title: z.string(), article: z.string() })),
  penalty: z.string(),
  benchmark: z.string().nullable(),
  reasoning: z.string().nullable(),
  steps: z.array(z.object({ label: z.string(), on: z.string() })),
});

const userStamp = z.object({ at: z.string(), by: z.string().nullable(), reason: z.string().nullable() }).nullable();

export const disclosureTaskDetail = disclosureTaskRow.extend({
  excludedReason: z.string().nullable(),
  rendition: renditionView.nullable(),
  redactions: z.record(z.string(), z.number()),
  findings: z.array(z.object({ kind: z.string(), label: z.string(), field: z.string(), excerpt: z.string() })),
  held: userStamp,
  released: userStamp,
  published: userStamp,
  withdrawn: userStamp,
  noticeServedOn: z.string().nullable(),
  publicUrl: z.string(),
});
export type DisclosureTaskDetail = z.infer<typeof disclosureTaskDetail>;

export const disclosurePublishBody = z.strictObject({ commandId });
export const disclosureReasonBody = z.strictObject({ reason: text(500, 2), commandId });

export const disclosureTransitionResult = z.object({ id: z.string(), status: z.enum(DISCLOSURE_STATUSES) });

export const publicDecisionParams = z.strictObject({ documentId: text(100) });
export const publicDecisionQuery = z.strictObject({ code: text(40).optional() });
export const publicDecisionListQuery = z.strictObject({
  q: text(50).optional(),
  agency: text(100).optional(),
  page: z.coerce.number().int().min(1).max(1000).default(1),
});
export const htmlResponse = z.any().describe('text/html（服务端渲染的公示页面）');

/** How the punished person's name appears: surname and 某 (the default), or in full where a local rule requires. */
export const PERSON_NAME_STYLES = ['surname', 'full'] as const;

/** One settings row: for an agency, a sector (the items' domain), both, or (neither) the county's default. */
export const disclosureSettingRow = z.object({
  id: z.string(),
  agencyId: z.string().nullable(),
  agencyName: z.string().nullable(),
  sector: z.string().nullable(),
  workingDays: z.number(),
  publicationMonths: z.number(),
  personNames: z.enum(PERSON_NAME_STYLES),
  updatedAt: z.string(),
});
export type DisclosureSettingRow = z.infer<typeof disclosureSettingRow>;

export const disclosureSettingsView = z.object({
  /** What applies where no row does (statement 68: 7 working days). */
  defaults: z.object({
    workingDays: z.number(),
    publicationMonths: z.number(),
    personNames: z.enum(PERSON_NAME_STYLES),
  }),
  rows: z.array(disclosureSettingRow),
  /** May the user change the county-wide rows (no agency)? */
  countyWide: z.boolean(),
});
export type DisclosureSettingsView = z.infer<typeof disclosureSettingsView>;

export const disclosureSettingsBody = z.strictObject({
  commandId,
  /** null: every agency of the county (needs a county-wide grant). */
  agencyId: uuid.nullable(),
  /** null: every sector (the items' domain). */
  sector: z.enum(ITEM_DOMAINS, { error: '领域不在执法事项目录的领域中' }).nullable(),
  workingDays: z
    .number({ error: '公示期限应为整数个工作日' })
    .int('公示期限应为整数个工作日')
    .min(1, '公示期限至少 1 个工作日')
    .max(20, '公示期限不超过 20 个工作日'),
  publicationMonths: z
    .number({ error: '公示期应为整数个月' })
    .int('公示期应为整数个月')
    .min(1, '公示期至少 1 个月')
    .max(120, '公示期不超过 120 个月'),
  personNames: z.enum(PERSON_NAME_STYLES, { error: '姓名显示方式不正确' }),
});
export type DisclosureSettingsBody = z.infer<typeof disclosureSettingsBody>;
