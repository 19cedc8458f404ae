// The calculator's answer for a case, for the notice and decision forms: the case's items'
// benchmarks, the party (type, age at the act) and the party's earlier offences come from the
// case; the facts the form records come in the query. The decision's guard computes the same.
import { ageOn, decisionParty, storedBenchmarkResult, type BenchmarkFactsInput } from '@zhifa/domain';
import type { CaseBenchmarkQuery, CaseBenchmarkView } from '@zhifa/contract';
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { caseBenchmarks } from '../../benchmarks/case-benchmarks';
import type { CaseRow } from '../load-case';
import type { CaseState } from '@zhifa/domain';

function factsOf(q: CaseBenchmarkQuery): BenchmarkFactsInput {
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

export async function caseBenchmarkPreview(
  db: Kysely<DB>,
  row: CaseRow,
  state: CaseState,
  query: CaseBenchmarkQuery,
  today: string,
): Promise<CaseBenchmarkView> {
  const codes = state.items.map((i) => i.code);
  const benchmarks = await caseBenchmarks(db, row.id, state, codes);
  const chosen = benchmarks.find((b) => b.benchmarkId === query.benchmarkId) ?? benchmarks[0];
  const party = decisionParty(state, query.partyId);
  const act = state.facts.violationDate;
  const age = party?.kind === 'person' && party.birthDate && act ? ageOn(party.birthDate, act) : null;
  const mitigating = query.mitigating === 'true';
  const result = chosen
    ? storedBenchmarkResult({
        benchmarks: [chosen],
        partyKind: party?.kind ?? 'person',
        ageAtAct: age,
        facts: factsOf(query),
        actDate: act,
        decisionDate: today,
        circumstances: {
          mentalCapacity: 'full',
          mitigating: mitigating ? ['otherByLaw'] : [],
          minorPromptlyCorrectedNoHarm: false,
          firstOffenceMinorHarmCorrected: false,
          noFaultProven: false,
        },
      })
    : null;
  return {
    benchmarks: benchmarks.map((b) => ({ id: b.benchmarkId, itemCode: b.itemCode, violation: b.violation })),
    priorOffenceDates: chosen?.priorOffenceDates ?? [],
    actDate: act,
    result,
  };
}
