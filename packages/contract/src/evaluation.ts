// 考核评议: weighted indicators per agency and year, with the figures behind every score.
import { z } from 'zod';
import { commandId } from './common';

export const evaluationQuery = z.strictObject({ year: z.coerce.number().int().min(2000).max(2100) });
const weight = z.number().min(0).max(100);
export const weightsSchema = z.strictObject({
  closureRate: weight,
  onTimeRate: weight,
  reviewPassRate: weight,
  trainingRate: weight,
  itemUseRate: weight,
});
export const saveWeightsBody = z.strictObject({ weights: weightsSchema, commandId });
export const weightsView = z.object({
  weights: z.record(z.string(), z.number()),
  indicators: z.array(z.object({ key: z.string(), label: z.string(), basis: z.string() })),
});
export const evaluationView = z.object({
  year: z.number(),
  weights: z.record(z.string(), z.number()),
  agencies: z.array(
    z.object({
      agencyId: z.string(),
      agencyName: z.string(),
      score: z.number(),
      rank: z.number(),
      indicators: z.array(
        z.object({
          key: z.string(),
          label: z.string(),
          weight: z.number(),
          numerator: z.number(),
          denominator: z.number(),
          rate: z.number().nullable(),
          points: z.number(),
        }),
      ),
    }),
  ),
});
export type EvaluationView = z.infer<typeof evaluationView>;
export type WeightsView = z.infer<typeof weightsView>;
