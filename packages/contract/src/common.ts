import { z } from 'zod';

/** A bounded string: every string a client sends has a maximum length. */
export function text(max: number, min = 0) {
  const s = z.string().max(max, `长度不能超过 ${max} 个字符`);
  return min > 0 ? s.min(min, min === 1 ? '不能为空' : `长度不能少于 ${min} 个字符`) : s;
}

export const uuid = z.string().uuid('编号格式不正确');
export const idParams = z.strictObject({ id: uuid });
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
  .refine(
    (s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    '日期不存在',
  );
/** A client command id in the body (the `Idempotency-Key` header is the other way to send it). */
export const commandId = text(100).optional();

export const okResponse = z.object({ ok: z.literal(true) });
export const idResult = z.object({ id: z.string() });

/** Keyset pagination: `after` is an opaque cursor from the previous page. */
export const pageQuery = {
  limit: z.coerce.number().int().min(1).max(200).default(50),
  after: text(200).optional(),
};
/** A page of a keyset list: `next` is the cursor of the following page, null at the end. */
export function keysetPage<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), next: z.string().nullable() });
}
export interface KeysetPage<T> {
  items: T[];
  next: string | null;
}

/** Every error answer: a code, the Chinese message shown to the user, and optional details. */
export const errorSchema = z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() });
export type ErrorBody = z.infer<typeof errorSchema>;

/** A download (Excel workbook, evidence file): not JSON, described for the OpenAPI document only. */
export const workbookResponse = z.any().describe('Excel 工作簿（.xlsx）');
export type OkResult = z.infer<typeof okResponse>;
export type IdResult = z.infer<typeof idResult>;
