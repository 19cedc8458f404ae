// Projections of the folded state, rewritten in the command's transaction: the case row's list
// columns and snapshot, the officers on the case, the open deadlines, evidence flags and the
// item usage the idle-items report reads.
import { caseDeadlines, handlingOfficerIds, type Calendar, type CaseConfig, type CaseState } from '@zhifa/domain';
import type { Tx } from '../../db/schema';
import { recordItemUsage } from '../delegation/record-usage';
import type { PartyIdentity } from './prepare-payload';

export function caseTitle(s: CaseState): string {
  const item = s.items[0]?.name ?? '';
  const party = s.party?.name ?? '';
  return party || item ? `${party}${item}案` : '新案件';
}

export interface ProjectInput {
  tx: Tx;
  caseId: string;
  agencyId: string;
  state: CaseState;
  type: string;
  payload: Record<string, unknown>;
  party: PartyIdentity | null;
  domain: string | null;
  calendar: Calendar;
  config: CaseConfig;
  today: string;
  now: Date;
}

async function updateCaseRow(i: ProjectInput) {
  const s = i.state;
  await i.tx
    .updateTable('cases')
    .set({
      status: s.status,
      version: s.lastSeq,
      title: caseTitle(s),
      party_kind: s.party?.kind ?? null,
      party_name: s.party?.name ?? null,
      item_code: s.items[0]?.code ?? null,
      item_name: s.items[0]?.name ?? null,
      ...(i.domain ? { domain: i.domain } : {}),
      filed_on: s.filing?.approvedOn ?? s.summary?.decidedOn ?? null,
      decided_on: s.decision?.decidedOn ?? null,
      closed_on: s.closure?.on ?? null,
      decision_number: s.decision?.number ?? null,
      archive_number: s.archive?.archiveNumber ?? null,
      state: JSON.stringify(s),
      updated_at: i.now,
      ...(i.party ? { party_id_enc: i.party.enc, party_id_hmac: i.party.hmac, party_id_masked: i.party.masked } : {}),
    })
    .where('id', '=', i.caseId)
    .execute();
}

async function syncOfficers(i: ProjectInput) {
  const s = i.state;
  const active = new Set(handlingOfficerIds(s));
  const all = new Set([...active, ...s.formerOfficerIds, ...s.recusedOfficerIds]);
  const existing = await i.tx.selectFrom('case_officers').select(['person_id', 'active']).where('case_id', '=', i.caseId).execute();
  const known = new Map(existing.map((r) => [r.person_id, r.active]));
  for (const id of all) {
    if (!/^[0-9a-f-]{36}$/i.test(id)) continue;
    const isActive = active.has(id);
    const recused = s.recusedOfficerIds.includes(id);
    if (!known.has(id)) {
      await i.tx
        .insertInto('case_officers')
        .values({ case_id: i.caseId, person_id: id, active: isActive, recused, assigned_on: i.today, released_on: isActive ? null : i.today })
        .execute();
    } else if (known.get(id) !== isActive || recused) {
      await i.tx
        .updateTable('case_officers')
        .set({ active: isActive, recused, released_on: isActive ? null : i.today })
        .where('case_id', '=', i.caseId)
        .where('person_id', '=', id)
        .execute();
    }
  }
}

async function rewriteDeadlines(i: ProjectInput) {
  await i.tx.deleteFrom('case_deadlines').where('case_id', '=', i.caseId).execute();
  const open = caseDeadlines(i.state, i.calendar, i.config, i.today).filter((d) => d.status !== 'met');
  if (open.length === 0) return;
  await i.tx
    .insertInto('case_deadlines')
    .values(
      open.map((d) => ({
        case_id: i.caseId,
        key: d.key,
        agency_id: i.agencyId,
        label: d.label,
        due: d.due,
        due_at: d.dueAt ?? null,
        basis: d.basis,
        party_facing: d.partyFacing,
      })),
    )
    .execute();
}

export async function projectCase(i: ProjectInput): Promise<void> {
  await updateCaseRow(i);
  await syncOfficers(i);
  await rewriteDeadlines(i);
  if (i.type === 'markEvidenceIllegal' && typeof i.payload.evidenceId === 'string' && /^[0-9a-f-]{36}$/i.test(i.payload.evidenceId)) {
    await i.tx
      .updateTable('evidence')
      .set({ illegal: true, illegal_reason: String(i.payload.reason ?? '') })
      .where('id', '=', i.payload.evidenceId)
      .where('case_id', '=', i.caseId)
      .execute();
  }
  // The idle-items report counts an item as used once a case under it is filed (立案) or decided on the spot.
  if (i.type === 'approveFiling' || i.type === 'decideOnTheSpot') {
    for (const item of i.state.items) {
      await recordItemUsage(i.tx, { agencyId: i.agencyId, itemCode: item.code, usedOn: i.today, source: 'case', sourceId: i.caseId });
    }
  }
}
