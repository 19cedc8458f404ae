import { z } from 'zod';

export const healthView = z.object({ status: z.literal('ok') });
export const readyView = z.object({ status: z.literal('ready'), database: z.string() });

const calendarEntry = z.object({ date: z.string(), kind: z.enum(['holiday', 'workday']), name: z.string().nullable() });

export const calendarQuery = z.strictObject({ year: z.coerce.number().int().min(2000).max(2100).optional() });
export const calendarView = z.object({
  years: z.array(z.object({ year: z.number(), holidays: z.number(), workdays: z.number() })),
  entries: z.array(calendarEntry),
});
export type CalendarView = z.infer<typeof calendarView>;

export const calendarYearParams = z.strictObject({ year: z.coerce.number().int().min(2000).max(2100) });
export const calendarYearBody = z.strictObject({
  notice: z.string().min(4).max(100),
  entries: z
    .array(
      z.strictObject({
        date: z.string().max(10),
        kind: z.enum(['holiday', 'workday']),
        name: z.string().min(1).max(20),
      }),
    )
    .min(1)
    .max(80),
});
export const calendarYearResult = z.object({
  year: z.number(),
  holidays: z.number(),
  workdays: z.number(),
  warnings: z.array(z.string()),
  recomputedCases: z.number(),
  moved: z.array(
    z.object({
      caseId: z.string(),
      caseNumber: z.string(),
      key: z.string(),
      label: z.string(),
      oldDue: z.string().nullable(),
      newDue: z.string().nullable(),
      stillProvisional: z.boolean(),
    }),
  ),
});
export type CalendarYearResult = z.infer<typeof calendarYearResult>;
