// The draw: every closed case of the plan's period and agencies is a candidate; drawSample with the
// recorded seed picks the files (reproducible); each is pre-scored from the record. The audit row
// holds the seed, the candidates' count and hash and the files drawn, so the draw can be re-run.
import crypto from 'node:crypto';
import { drawSample, preScore } from '@zhifa/domain';
import type { drawPlanBody } from '@zhifa/contract';
import type { z } from 'zod';
import { conflict, notFound } from '../../platform/errors';
import type { WriteContext } from '../../platform/route';
import { loadCalendar } from '../../shared/calendar-store';
import { loadCaseConfig } from '../../shared/case-config';
import { agencyInScope } from '../../shared/scope';
import { factsOfFiles } from './file-facts';

type Body = z.infer<typeof drawPlanBody>;

const ENFORCING = ['township', 'street', 'countyDepartment'] as const;

export function candidateHash(ids: readonly string[]): string {
  return crypto
    .createHash('sha256')
    .update([...ids].sort().join('\n'))
    .digest('hex');
}

export async function drawPlan(ctx: WriteContext<{ id: string }, unknown, Body>) {
  const { tx } = ctx;
  const plan = await tx
    .selectFrom('review_plans')
    .selectAll()
    .where('id', '=', ctx.params.id)
    .forUpdate()
    .executeTakeFirst();
  if (!plan) throw notFound();
  if (plan.drawn_at) throw conflict('ALREADY_DRAWN', '该评查计划已经抽取过案卷', { seed: Number(plan.seed) });
  let q = tx
    .selectFrom('cases')
    .innerJoin('agencies', 'agencies.id', 'cases.agency_id')
    .select(['cases.id', 'cases.agency_id'])
    .where(agencyInScope(ctx.scope()))
    .where('agencies.kind', 'in', [...ENFORCING])
    .where('cases.closed_on', '>=', plan.closed_from)
    .where('cases.closed_on', '<=', plan.closed_to);
  if (plan.agency_ids.length) q = q.where('cases.agency_id', 'in', plan.agency_ids);
  const candidates = await q.execute();
  const seed = ctx.body.seed ?? crypto.randomInt(0, 2 ** 32 - 1);
  const drawn = drawSample(
    candidates.map((c) => ({ id: c.id, group: c.agency_id })),
    plan.per_agency,
    seed,
  );
  const rows = drawn.length
    ? await tx
        .selectFrom('cases')
        .select(['id', 'agency_id', 'procedure', 'filed_on', 'closed_on', 'state'])
        .where(
          'id',
          'in',
          drawn.map((d) => d.id),
        )
        .execute()
    : [];
  const facts = await factsOfFiles(tx, rows, await loadCalendar(tx), await loadCaseConfig(tx));
  const standard = plan.standard;
  if (rows.length) {
    await tx
      .insertInto('file_reviews')
      .values(
        rows.map((r) => ({
          plan_id: plan.id,
          case_id: r.id,
          agency_id: r.agency_id,
          auto_facts: JSON.stringify(facts.get(r.id)),
          scores: JSON.stringify(preScore(standard, facts.get(r.id)!)),
        })),
      )
      .execute();
  }
  await tx
    .updateTable('review_plans')
    .set({ seed, candidates: candidates.length, drawn_at: ctx.uow.now })
    .where('id', '=', plan.id)
    .execute();
  ctx.audited({
    objectType: 'reviewPlan',
    objectId: plan.id,
    details: {
      seed,
      candidates: candidates.length,
      candidatesSha256: candidateHash(candidates.map((c) => c.id)),
      perAgency: plan.per_agency,
      drawn: drawn.map((d) => d.id),
    },
  });
  return { id: plan.id, seed, candidates: candidates.length, drawn: drawn.length };
}
