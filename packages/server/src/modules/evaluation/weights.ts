// 考核评议 weights: the county's, or the domain's defaults until someone saves them.
import {
  checkWeights,
  DEFAULT_INDICATOR_WEIGHTS,
  EVALUATION_INDICATORS,
  INDICATOR_KEYS,
  type IndicatorWeights,
} from '@zhifa/domain';
import type { saveWeightsBody } from '@zhifa/contract';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { DB } from '../../db/schema';
import { unprocessable } from '../../platform/errors';
import type { WriteContext } from '../../platform/route';

export async function loadWeights(db: Kysely<DB>): Promise<IndicatorWeights> {
  const row = await db.selectFrom('evaluation_settings').select('weights').where('id', '=', 1).executeTakeFirst();
  return { ...DEFAULT_INDICATOR_WEIGHTS, ...(row?.weights ?? {}) };
}

export function weightsView(weights: IndicatorWeights) {
  return {
    weights,
    indicators: INDICATOR_KEYS.map((key) => ({ key, ...EVALUATION_INDICATORS[key] })),
  };
}

export async function saveWeights(ctx: WriteContext<unknown, unknown, z.infer<typeof saveWeightsBody>>) {
  const weights = ctx.body.weights;
  const errors = checkWeights(weights);
  if (errors.length) throw unprocessable('INVALID_WEIGHTS', errors.join('；'), { errors });
  const before = await loadWeights(ctx.tx);
  await ctx.tx
    .insertInto('evaluation_settings')
    .values({ id: 1, weights: JSON.stringify(weights), updated_at: ctx.uow.now })
    .onConflict((oc) => oc.column('id').doUpdateSet({ weights: JSON.stringify(weights), updated_at: ctx.uow.now }))
    .execute();
  ctx.audited({ objectType: 'evaluationWeights', objectId: '1', details: { before, after: weights } });
  return weightsView(weights);
}
