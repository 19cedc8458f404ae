import { z } from 'zod';
import { ITEM_KINDS } from '@zhifa/domain';
import { commandId, isoDate, text, uuid } from './common';

export const DECISION_KINDS = ['delegate', 'addItems', 'revoke'] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

export const groupBody = z.strictObject({
  name: text(50, 1),
  description: text(300).nullable().optional(),
  agencyIds: z.array(uuid).max(200).default([]),
  commandId,
});

export const groupView = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  members: z.array(z.object({ agencyId: z.string(), name: z.string() })),
});

export const townshipView = z.object({
  id: z.string(),
  name: z.string(),
  shortName: z.string(),
  regionCode: z.string(),
  groups: z.array(z.string()),
  /** Items the township may exercise today. */
  itemCount: z.number(),
});

export const createDecisionBody = z.strictObject({
  kind: z.enum(DECISION_KINDS),
  documentNo: text(60, 1),
  title: text(200, 1),
  announcementDate: isoDate,
  effectiveDate: isoDate,
  amendsId: uuid.nullable().optional(),
  note: text(1000).nullable().optional(),
  agencyIds: z.array(uuid).max(200).default([]),
  groupIds: z.array(uuid).max(50).default([]),
  itemCodes: z.array(text(40, 1)).min(1, '至少选择一个事项').max(3000),
  commandId,
});
export type CreateDecisionBody = z.infer<typeof createDecisionBody>;

const target = z.object({ agencyId: z.string(), name: z.string(), viaGroup: z.string().nullable() });

export const decisionSummaryView = z.object({
  id: z.string(),
  kind: z.enum(DECISION_KINDS),
  documentNo: z.string(),
  title: z.string(),
  announcementDate: z.string(),
  effectiveDate: z.string(),
  amendsId: z.string().nullable(),
  itemCount: z.number(),
  groups: z.array(z.string()),
  targets: z.array(target),
  createdAt: z.string(),
});

export const itemBrief = z.object({
  code: z.string(),
  name: z.string(),
  kind: z.enum(ITEM_KINDS),
  domain: z.string(),
  departmentName: z.string(),
  countyReserved: z.boolean(),
});

export const decisionDetailView = decisionSummaryView.extend({
  note: z.string().nullable(),
  amends: z.object({ id: z.string(), documentNo: z.string(), title: z.string() }).nullable(),
  items: z.array(itemBrief),
  createdBy: z.string().nullable(),
});

export const townshipParams = z.strictObject({ agencyId: uuid });
export const dateQuery = z.strictObject({ date: isoDate.optional() });

export const agencyItemsView = z.object({
  agency: z.object({ id: z.string(), name: z.string() }),
  date: z.string(),
  items: z.array(
    itemBrief.extend({ id: z.string(), from: z.string(), documentNo: z.string(), decisionId: z.string().nullable() }),
  ),
});

export const agencyHistoryView = z.object({
  agency: z.object({ id: z.string(), name: z.string() }),
  /** Decisions that named the agency, in the order they apply. */
  decisions: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(DECISION_KINDS),
      documentNo: z.string(),
      title: z.string(),
      announcementDate: z.string(),
      effectiveDate: z.string(),
      itemCodes: z.array(z.string()),
    }),
  ),
  /** Per item, the periods [from, to) during which the agency could exercise it. */
  intervals: z.array(
    z.object({
      itemCode: z.string(),
      itemName: z.string(),
      from: z.string(),
      to: z.string().nullable(),
      delegatedBy: z.string(),
      revokedBy: z.string().nullable(),
    }),
  ),
});

export const idleQuery = z.strictObject({
  months: z.coerce.number().int().min(1).max(120).default(12),
  asOf: isoDate.optional(),
});

export const idleView = z.object({
  asOf: z.string(),
  months: z.number(),
  townships: z.array(
    z.object({
      agencyId: z.string(),
      agencyName: z.string(),
      delegatedCount: z.number(),
      idle: z.array(
        z.object({
          code: z.string(),
          name: z.string(),
          domain: z.string(),
          delegatedFrom: z.string(),
          lastUsedOn: z.string().nullable(),
        }),
      ),
    }),
  ),
});

export const consistencyView = z.object({
  date: z.string(),
  townships: z.array(
    z.object({
      agencyId: z.string(),
      agencyName: z.string(),
      exercisableCount: z.number(),
      violations: z.array(
        z.object({
          itemCode: z.string(),
          itemName: z.string().nullable(),
          code: z.enum(['notInCatalogue', 'countyReserved']),
          message: z.string(),
        }),
      ),
    }),
  ),
});

export const listDecisionsQuery = z.strictObject({
  kind: z.enum(DECISION_KINDS).optional(),
  agencyId: uuid.optional(),
});
export const exercisableParams = z.strictObject({ agencyId: uuid, code: text(40, 1) });
export const exercisableView = z.object({
  agencyId: z.string(),
  code: z.string(),
  date: z.string(),
  exercisable: z.boolean(),
});

export type Township = z.infer<typeof townshipView>;
export type TownshipGroup = z.infer<typeof groupView>;
export type DecisionTarget = z.infer<typeof target>;
export type DecisionSummary = z.infer<typeof decisionSummaryView>;
export type ItemBrief = z.infer<typeof itemBrief>;
export type DecisionDetail = z.infer<typeof decisionDetailView>;
export type DecisionInput = Omit<z.input<typeof createDecisionBody>, 'commandId'>;
export type AgencyItems = z.infer<typeof agencyItemsView>;
export type AgencyHistory = z.infer<typeof agencyHistoryView>;
export type IdleReport = z.infer<typeof idleView>;
export type ConsistencyReport = z.infer<typeof consistencyView>;

export const townshipListView = z.array(townshipView);
export const groupListView = z.array(groupView);
export const decisionSummaryListView = z.array(decisionSummaryView);
