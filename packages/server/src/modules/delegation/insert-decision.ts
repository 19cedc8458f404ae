import type { Tx } from '../../db/schema';
import type { DecisionKind } from '../../db/tables/catalogue';
import { bumpDelegationVersion } from './exercisable';

export interface NewDecision {
  kind: DecisionKind;
  documentNo: string;
  title: string;
  announcementDate: string;
  effectiveDate: string;
  amendsId: string | null;
  note: string | null;
  createdBy: string | null;
  itemIds: string[];
  groups: { id: string; name: string }[];
  targets: { agencyId: string; viaGroup: string | null }[];
}

/** Writes a checked decision with its items, groups and expanded targets, and bumps the version. */
export async function insertDecision(tx: Tx, d: NewDecision): Promise<string> {
  // First, so every later read in this transaction knows its decisions are uncommitted.
  await bumpDelegationVersion(tx);
  const decision = await tx
    .insertInto('delegation_decisions')
    .values({
      kind: d.kind,
      document_no: d.documentNo,
      title: d.title,
      announcement_date: d.announcementDate,
      effective_date: d.effectiveDate,
      amends_id: d.amendsId,
      note: d.note,
      created_by: d.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await tx
    .insertInto('delegation_decision_items')
    .values(d.itemIds.map((id) => ({ decision_id: decision.id, item_id: id })))
    .execute();
  if (d.groups.length) {
    await tx
      .insertInto('delegation_decision_groups')
      .values(d.groups.map((g) => ({ decision_id: decision.id, group_id: g.id, group_name: g.name })))
      .execute();
  }
  await tx
    .insertInto('delegation_decision_targets')
    .values(d.targets.map((t) => ({ decision_id: decision.id, agency_id: t.agencyId, via_group: t.viaGroup })))
    .execute();
  return decision.id;
}
