import { z } from 'zod';
import {
  ITEM_DOMAINS,
  ITEM_KINDS,
  ITEM_LEVELS,
  PENALTY_KINDS,
  PENALTY_MULTIPLE_BASES,
  PENALTY_PARTIES,
  PENALTY_UNITS,
} from '@zhifa/domain';
import { commandId, isoDate, text, uuid } from './common';

const amount = z.number().min(0, '数额不能为负').max(1e12, '数额过大');
const multiple = z.number().min(0, '倍数不能为负').max(10_000, '倍数过大');

export const penaltySpecBody = z.strictObject({
  kind: z.enum(PENALTY_KINDS),
  appliesTo: z.enum(PENALTY_PARTIES).optional(),
  effectiveFrom: isoDate.optional(),
  effectiveTo: isoDate.optional(),
  basis: text(200).optional(),
  fineMin: amount.optional(),
  fineMax: amount.optional(),
  perUnit: z.enum(PENALTY_UNITS).optional(),
  multipleMin: multiple.optional(),
  multipleMax: multiple.optional(),
  multipleOf: z.enum(PENALTY_MULTIPLE_BASES).optional(),
  valueMax: amount.optional(),
  note: text(300).optional(),
});

const citationList = z.array(text(200, 1)).max(20, '最多引用 20 个条款');

const itemFields = {
  name: text(200, 1),
  kind: z.enum(ITEM_KINDS),
  domain: z.enum(ITEM_DOMAINS),
  departmentId: uuid,
  level: z.enum(ITEM_LEVELS),
  basis: citationList.min(1, '至少引用一个实施依据条款'),
  penaltyBasis: citationList.default([]),
  penalties: z.array(penaltySpecBody).max(40, '最多 40 项处罚（含各版本）').default([]),
  reservedFlag: z.boolean().default(false),
  note: text(1000).nullable().optional(),
};

export const createItemBody = z.strictObject({ code: text(40, 1), ...itemFields, commandId });
export const updateItemBody = z.strictObject({
  ...itemFields,
  active: z.boolean().default(true),
  commandId,
});
export type ItemBody = z.infer<typeof updateItemBody>;
export type ItemFields = Omit<ItemBody, 'active' | 'commandId'>;

export const penaltySpecView = z.object({
  kind: z.enum(PENALTY_KINDS),
  appliesTo: z.enum(PENALTY_PARTIES).optional(),
  effectiveFrom: z.string().optional(),
  effectiveTo: z.string().optional(),
  basis: z.string().optional(),
  fineMin: z.number().optional(),
  fineMax: z.number().optional(),
  perUnit: z.enum(PENALTY_UNITS).optional(),
  multipleMin: z.number().optional(),
  multipleMax: z.number().optional(),
  multipleOf: z.enum(PENALTY_MULTIPLE_BASES).optional(),
  valueMax: z.number().optional(),
  note: z.string().optional(),
  /** This penalty is one the county keeps (重大处罚). */
  countyReserved: z.boolean(),
});

export const citationView = z.object({
  citation: z.string(),
  lawTitle: z.string(),
  /** Law-library article, for the link to /laws/articles/:id; null when it no longer resolves. */
  articleId: z.string().nullable(),
});

export const itemView = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  kind: z.enum(ITEM_KINDS),
  domain: z.string(),
  departmentId: z.string(),
  departmentName: z.string(),
  level: z.enum(ITEM_LEVELS),
  basis: z.array(citationView),
  penaltyBasis: z.array(citationView),
  penalties: z.array(penaltySpecView),
  reservedFlag: z.boolean(),
  countyReserved: z.boolean(),
  note: z.string().nullable(),
  active: z.boolean(),
  revision: z.number(),
  updatedAt: z.string(),
});
export type ItemView = z.infer<typeof itemView>;

export const itemDetailView = itemView.extend({
  basis: z.array(citationView.extend({ text: z.string().nullable() })),
  penaltyBasis: z.array(citationView.extend({ text: z.string().nullable() })),
  /** Townships that may exercise the item today, with the decision that gave it. */
  delegatedTo: z.array(
    z.object({ agencyId: z.string(), agencyName: z.string(), from: z.string(), documentNo: z.string() }),
  ),
});

export const listItemsQuery = z.strictObject({
  domain: z.enum(ITEM_DOMAINS).optional(),
  kind: z.enum(ITEM_KINDS).optional(),
  departmentId: uuid.optional(),
  q: text(100).optional(),
  reserved: z.enum(['true', 'false']).optional(),
  active: z.enum(['true', 'false', 'all']).default('true'),
  limit: z.coerce.number().int().min(1).max(1000).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type ListItemsQuery = z.infer<typeof listItemsQuery>;

export const importItemsBody = z.strictObject({
  fileName: text(200, 1).regex(/\.xlsx$/i, '请上传 Excel 工作簿（.xlsx），可先下载导入模板'),
  // Base64 of the workbook; the request limit (1 MB) keeps a sheet to a few thousand items.
  content: text(1_000_000, 1).regex(/^[A-Za-z0-9+/=\r\n]+$/, '文件内容应为 Base64 编码'),
  commandId,
});

export const importRowErrorView = z.object({
  sheet: z.string(),
  row: z.number(),
  code: z.string().nullable(),
  errors: z.array(z.object({ field: z.string(), column: z.string(), message: z.string() })),
});
export type ImportRowErrorView = z.infer<typeof importRowErrorView>;

/** An item's fine provisions as the case forms check a fine against them (ItemFineProvisions). */
export const fineProvisionsView = z.object({
  code: z.string(),
  name: z.string(),
  basis: z.string().optional(),
  provisions: z.array(
    z.object({
      appliesTo: z.enum(PENALTY_PARTIES).optional(),
      fineMin: z.number().optional(),
      fineMax: z.number().optional(),
      perUnit: z.string().optional(),
      multipleMin: z.number().optional(),
      multipleMax: z.number().optional(),
      multipleOf: z.string().optional(),
      effectiveFrom: z.string().optional(),
      effectiveTo: z.string().optional(),
      basis: z.string().optional(),
      note: z.string().optional(),
    }),
  ),
});

export const itemListView = z.object({ total: z.number(), items: z.array(itemView) });
export const departmentView = z.object({ id: z.string(), name: z.string(), shortName: z.string() });
export type Department = z.infer<typeof departmentView>;
export const fineProvisionsQuery = z.strictObject({ codes: text(2000, 1) });
export const itemRevisionResult = z.object({ id: z.string(), revision: z.number() });
export const importItemsResult = z.object({ created: z.number(), updated: z.number(), total: z.number() });

export type Citation = z.infer<typeof citationView>;
export type PenaltyView = z.infer<typeof penaltySpecView>;
export type Item = ItemView;
export type ItemDetail = z.infer<typeof itemDetailView>;
export type ItemInput = Omit<z.input<typeof updateItemBody>, 'active' | 'commandId'>;
export type ImportRowProblem = ImportRowErrorView;
export type FineProvisions = z.infer<typeof fineProvisionsView>;
/** The catalogue list's filter as the client builds it (the query before defaults apply). */
export type ItemFilter = Omit<z.output<typeof listItemsQuery>, 'active'> & { active?: 'true' | 'false' | 'all' };

export const departmentListView = z.array(departmentView);
export const fineProvisionsListView = z.array(fineProvisionsView);
