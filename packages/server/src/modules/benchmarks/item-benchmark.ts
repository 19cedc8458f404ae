// The calculator's answer before a case exists (the on-the-spot form, 第51–52条): the item's
// benchmarks, the party's kind and age at the act, and the facts the form records. Earlier
// offences are not looked up (the party is not yet a case's party), as the on-the-spot
// decision's guard computes it.
import { ageOn, storedBenchmarkResult, type BenchmarkFactsInput } from '@zhifa/domain';
import type { CaseBenchmarkQuery, CaseBenchmarkView, ItemBenchmarkQuery } from '@zhifa/contract';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { notFound } from '../../platform/errors';
import { benchmarksOfItems } from './queries';

/** The facts a calculator query carries (the case's and the item's query share them). */
export function benchmarkFactsOf(q: Omit<CaseBenchmarkQuery, 'partyId'>): BenchmarkFactsInput {
  const f: BenchmarkFactsInput = {};
  if (q.correctedInTime !== undefined) f.correctedInTime = q.correctedInTime === 'true';
  if (q.minorViolation !== undefined) f.minorViolation = q.minorViolation === 'true';
  if (q.harm !== undefined) f.harm = q.harm;
  for (const k of ['area', 'volume', 'amount', 'duration', 'quantity', 'breaches'] as const) {
    if (q[k] !== undefined) f[k] = q[k];
  }
  const bases: NonNullable<BenchmarkFactsInput['bases']> = {};
  for (const k of ['illegalIncome', 'goodsValue', 'projectCost', 'salesAmount'] as const) {
    if (q[k] !== undefined) bases[k] = q[k];
  }
  if (Object.keys(bases).length) f.bases = bases;
  return f;
}

export async function itemBenchmarkPreview(
  db: Kysely<DB>,
  query: ItemBenchmarkQuery,
  today: string,
): Promise<CaseBenchmarkView> {
  const item = await db
    .selectFrom('enforcement_items')
    .select('code')
    .where('code', '=', query.itemCode)
    .executeTakeFirst();
  if (!item) throw notFound('执法事项不存在');
  const found = await benchmarksOfItems(db, [item.code]);
  const benchmarks = found.map((b) => ({ ...b, priorOffenceDates: [] }));
  const chosen = benchmarks.find((b) => b.benchmarkId === query.benchmarkId) ?? benchmarks[0];
  const age =
    query.partyKind === 'person' && query.birthDate && query.birthDate <= query.actDate
      ? ageOn(query.birthDate, query.actDate)
      : null;
  const result = chosen
    ? storedBenchmarkResult({
        benchmarks: [chosen],
        partyKind: query.partyKind,
        ageAtAct: age,
        facts: benchmarkFactsOf(query),
        actDate: query.actDate,
        decisionDate: today,
        ...(query.mitigating === 'true'
          ? {
              circumstances: {
                mentalCapacity: 'full',
                mitigating: ['otherByLaw'],
                minorPromptlyCorrectedNoHarm: false,
                firstOffenceMinorHarmCorrected: false,
                noFaultProven: false,
              },
            }
          : {}),
      })
    : null;
  return {
    benchmarks: benchmarks.map((b) => ({ id: b.benchmarkId, itemCode: b.itemCode, violation: b.violation })),
    priorOffenceDates: [],
    actDate: query.actDate,
    result,
  };
}
