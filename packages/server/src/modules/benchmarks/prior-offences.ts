// 初次/再次: the party's earlier established offences under the same items, found by the party's
// identifier (ID number or credit code HMAC), else by kind and name, in other decided cases. A
// 不予处罚 decision still establishes the violation (首违不罚 counts as the first), unless the
// facts were not established.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';

export interface PartyKey {
  kind: 'person' | 'organisation';
  name: string;
  /** Lookup HMAC of the ID number or credit code, when the case has one. */
  idHmac: string | null;
}

interface StoredDecision {
  outcome?: string;
  noPenaltyGround?: string | null;
}
interface StoredCaseState {
  items?: { code: string }[];
  facts?: { violationDate?: string | null };
  decision?: StoredDecision | null;
  decisions?: StoredDecision[];
}

/** Act dates of earlier offences by item code, each before `actDate`. */
export async function priorOffenceDates(
  db: Kysely<DB>,
  caseId: string,
  party: PartyKey,
  codes: readonly string[],
  actDate: string | null,
): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>(codes.map((c) => [c, []]));
  if (codes.length === 0 || !actDate || !party.name) return out;
  let q = db.selectFrom('cases').select(['state']).where('id', '<>', caseId).where('decision_number', 'is not', null);
  q = party.idHmac
    ? q.where('party_id_hmac', '=', party.idHmac)
    : q.where('party_kind', '=', party.kind).where('party_name', '=', party.name).where('party_id_hmac', 'is', null);
  const rows = await q.limit(500).execute();
  for (const r of rows) {
    const s = (typeof r.state === 'string' ? JSON.parse(r.state) : r.state) as StoredCaseState;
    const date = s.facts?.violationDate;
    const d = s.decision ?? s.decisions?.[0];
    if (!date || date >= actDate || !d) continue;
    if (d.outcome !== 'penalty' && d.noPenaltyGround === 'notEstablished') continue;
    for (const i of s.items ?? []) out.get(i.code)?.push(date);
  }
  return out;
}
