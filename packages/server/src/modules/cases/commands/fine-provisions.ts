// What a fine is checked against (行政处罚法 第29–32条, 第37条): the fine provisions of the case's
// items as the catalogue holds them, every version, and the fines already decided on the same
// party for the same act in other cases.
import type { CasePartyKind, CaseState, ItemFineProvisions, PenaltyProposal, PriorFine } from '@zhifa/domain';
import type { PenaltySpec } from '@zhifa/domain';
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';

/** The fine provisions of these items (penalties of kind 罚款), with the item's penalty basis. */
export async function itemFineProvisions(db: Kysely<DB>, codes: readonly string[]): Promise<ItemFineProvisions[]> {
  if (codes.length === 0) return [];
  const rows = await db
    .selectFrom('enforcement_items')
    .select(['id', 'code', 'name', 'penalties'])
    .where('code', 'in', [...codes])
    .execute();
  if (rows.length === 0) return [];
  const cites = await db
    .selectFrom('item_citations')
    .select(['item_id', 'citation'])
    .where('role', '=', 'penalty')
    .where(
      'item_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('item_id')
    .orderBy('position')
    .execute();
  return rows.map((r) => {
    const basis = cites.filter((c) => c.item_id === r.id).map((c) => c.citation);
    const specs = (typeof r.penalties === 'string' ? JSON.parse(r.penalties) : r.penalties) as PenaltySpec[];
    return {
      code: r.code,
      name: r.name,
      ...(basis.length ? { basis: basis.join('、') } : {}),
      provisions: specs
        .filter((p) => p.kind === 'fine')
        .map((p) => ({
          ...(p.appliesTo ? { appliesTo: p.appliesTo } : {}),
          ...(p.fineMin !== undefined ? { fineMin: p.fineMin } : {}),
          ...(p.fineMax !== undefined ? { fineMax: p.fineMax } : {}),
          ...(p.perUnit ? { perUnit: p.perUnit } : {}),
          ...(p.multipleMin !== undefined ? { multipleMin: p.multipleMin } : {}),
          ...(p.multipleMax !== undefined ? { multipleMax: p.multipleMax } : {}),
          ...(p.multipleOf ? { multipleOf: p.multipleOf } : {}),
          ...(p.effectiveFrom ? { effectiveFrom: p.effectiveFrom } : {}),
          ...(p.effectiveTo ? { effectiveTo: p.effectiveTo } : {}),
          ...(p.basis ? { basis: p.basis } : {}),
          ...(p.note ? { note: p.note } : {}),
        })),
    };
  });
}

export interface PartyKey {
  kind: CasePartyKind;
  name: string;
  /** Lookup HMAC of the ID number or credit code, when the case has one. */
  idHmac: string | null;
}

interface StoredCaseState {
  items?: { code: string }[];
  facts?: { violationDate?: string | null; actEndedOn?: string | null };
  decision?: { outcome?: string; number?: string; decidedOn?: string; penalty?: PenaltyProposal | null } | null;
}

function overlaps(a: [string, string], b: [string, string]): boolean {
  return a[0] <= b[1] && b[0] <= a[1];
}

/**
 * 第29条: fines decided in other cases on this party, for one of these items, for an act whose
 * period overlaps this one's. A repeat of the same kind of violation on another day is another
 * act and is not listed. Without the act date no earlier fine can be matched to it.
 */
export async function priorFinesOn(
  db: Kysely<DB>,
  caseId: string,
  party: PartyKey,
  codes: readonly string[],
  act: { from: string | null; to: string | null },
): Promise<PriorFine[]> {
  if (codes.length === 0 || !act.from || !party.name) return [];
  const period: [string, string] = [act.from, act.to ?? act.from];
  let q = db.selectFrom('cases').select(['state']).where('id', '<>', caseId).where('decision_number', 'is not', null);
  q = party.idHmac
    ? q.where('party_id_hmac', '=', party.idHmac)
    : q.where('party_kind', '=', party.kind).where('party_name', '=', party.name).where('party_id_hmac', 'is', null);
  const rows = await q.limit(200).execute();
  const out: PriorFine[] = [];
  for (const r of rows) {
    const s = (typeof r.state === 'string' ? JSON.parse(r.state) : r.state) as StoredCaseState;
    const d = s.decision;
    const from = s.facts?.violationDate;
    if (!d || d.outcome !== 'penalty' || !d.penalty || !from) continue;
    if (!overlaps(period, [from, s.facts?.actEndedOn ?? from])) continue;
    const caseCodes = (s.items ?? []).map((i) => i.code);
    for (const line of d.penalty.lines) {
      if (line.kind !== 'fine') continue;
      const code = line.itemCode ?? (caseCodes.length === 1 ? caseCodes[0] : undefined);
      if (code && codes.includes(code))
        out.push({ itemCode: code, decisionNumber: d.number ?? '', decidedOn: d.decidedOn ?? '' });
    }
  }
  return out;
}

/** The party of the case (ordinary) or of the on-the-spot payload, for the 第29条 look-up. */
export async function partyKeyOf(
  db: Kysely<DB>,
  caseId: string,
  state: CaseState,
  summaryParty: { kind: CasePartyKind; name: string; idHmac: string | null } | null,
): Promise<PartyKey | null> {
  if (summaryParty) return summaryParty;
  if (!state.party) return null;
  const row = await db.selectFrom('cases').select('party_id_hmac').where('id', '=', caseId).executeTakeFirst();
  return { kind: state.party.kind, name: state.party.name, idHmac: row?.party_id_hmac ?? null };
}
