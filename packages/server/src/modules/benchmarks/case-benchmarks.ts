// The benchmarks of a case's items with the party's earlier offences: the outside fact the
// decision's guard reads (needs: ['benchmarks']) and the preview the case forms show.
import type { CaseBenchmark, CaseState } from '@zhifa/domain';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { priorOffenceDates, type PartyKey } from './prior-offences';
import { benchmarksOfItems } from './queries';

export async function caseBenchmarks(
  db: Kysely<DB>,
  caseId: string,
  state: CaseState,
  codes: readonly string[],
): Promise<CaseBenchmark[]> {
  const found = await benchmarksOfItems(db, codes);
  if (found.length === 0) return [];
  const party = await partyKeyOf(db, caseId, state);
  const prior = party
    ? await priorOffenceDates(
        db,
        caseId,
        party,
        found.map((b) => b.itemCode),
        state.facts.violationDate,
      )
    : new Map<string, string[]>();
  return found.map((b) => ({ ...b, priorOffenceDates: prior.get(b.itemCode) ?? [] }));
}

/** The case's party as earlier cases record it (the ID number or credit code HMAC, else kind and name). */
async function partyKeyOf(db: Kysely<DB>, caseId: string, state: CaseState): Promise<PartyKey | null> {
  if (!state.party) return null;
  const row = await db.selectFrom('cases').select('party_id_hmac').where('id', '=', caseId).executeTakeFirst();
  return { kind: state.party.kind, name: state.party.name, idHmac: row?.party_id_hmac ?? null };
}
