// The calculator's answer for a case, for the notice and decision forms: the case's items'
// benchmarks, the party (type, age at the act) and the party's earlier offences come from the
// case; the facts the form records come in the query. The decision's guard computes the same.
import { ageOn, decisionParty, storedBenchmarkResult } from '@zhifa/domain';
import type { CaseBenchmarkQuery, CaseBenchmarkView } from '@zhifa/contract';
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { caseBenchmarks } from '../../benchmarks/case-benchmarks';
import { benchmarkFactsOf } from '../../benchmarks/item-benchmark';
import type { CaseRow } from '../load-case';
import type { CaseState } from '@zhifa/domain';

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
        facts: benchmarkFactsOf(query),
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
