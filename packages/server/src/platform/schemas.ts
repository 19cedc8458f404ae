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
export const okResponse = z.object({ ok: z.literal(true) });

/** Keyset pagination: `after` is an opaque cursor from the previous page. */
export const pageQuery = {
  limit: z.coerce.number().int().min(1).max(200).default(50),
  after: text(200).optional(),
};
export const errorSchema = z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() });
