import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { DecisionKind } from '../../db/tables/catalogue';
import { notFound } from '../../platform/errors';
import { delegationSnapshot } from './exercisable';

export interface Township {
  id: string;
  name: string;
  shortName: string;
  regionCode: string;
}

/** Township-level agencies (乡镇人民政府, 街道办事处): the only ones a county delegates to. */
export async function listTownships(db: Kysely<DB>): Promise<Township[]> {
  const rows = await db
    .selectFrom('agencies')
    .select(['id', 'name', 'short_name', 'region_code'])
    .where('kind', 'in', ['township', 'street'])
    .orderBy('region_code')
    .orderBy('name')
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name, shortName: r.short_name, regionCode: r.region_code }));
}

export async function findTownship(db: Kysely<DB>, agencyId: string): Promise<Township> {
  const t = (await listTownships(db)).find((x) => x.id === agencyId);
  if (!t) throw notFound('该执法主体不是乡镇（街道），没有赋权清单');
  return t;
}

export async function listGroups(db: Kysely<DB>) {
  const [groups, members] = await Promise.all([
    db.selectFrom('township_groups').select(['id', 'name', 'description']).orderBy('name').execute(),
    db
      .selectFrom('township_group_members')
      .innerJoin('agencies', 'agencies.id', 'township_group_members.agency_id')
      .select(['township_group_members.group_id', 'agencies.id', 'agencies.name'])
      .orderBy('agencies.region_code')
      .execute(),
  ]);
  return groups.map((g) => ({
    id: g.id,
    name: g.name,
    description: g.description,
    members: members.filter((m) => m.group_id === g.id).map((m) => ({ agencyId: m.id, name: m.name })),
  }));
}

export async function townshipsWithCounts(db: Kysely<DB>, today: string) {
  const [townships, groups, { index }] = await Promise.all([listTownships(db), listGroups(db), delegationSnapshot(db)]);
  return townships.map((t) => ({
    ...t,
    groups: groups.filter((g) => g.members.some((m) => m.agencyId === t.id)).map((g) => g.name),
    itemCount: index.exercisableItems(t.id, today).size,
  }));
}

async function decisionParts(db: Kysely<DB>, ids: string[]) {
  if (ids.length === 0)
    return {
      counts: new Map<string, number>(),
      groups: new Map<string, string[]>(),
      targets: new Map<string, { agencyId: string; name: string; viaGroup: string | null }[]>(),
    };
  const [counts, groups, targets] = await Promise.all([
    db
      .selectFrom('delegation_decision_items')
      .select(['decision_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('decision_id', 'in', ids)
      .groupBy('decision_id')
      .execute(),
    db
      .selectFrom('delegation_decision_groups')
      .select(['decision_id', 'group_name'])
      .where('decision_id', 'in', ids)
      .orderBy('group_name')
      .execute(),
    db
      .selectFrom('delegation_decision_targets')
      .innerJoin('agencies', 'agencies.id', 'delegation_decision_targets.agency_id')
      .select([
        'delegation_decision_targets.decision_id',
        'agencies.id',
        'agencies.name',
        'delegation_decision_targets.via_group',
      ])
      .where('delegation_decision_targets.decision_id', 'in', ids)
      .orderBy('agencies.region_code')
      .execute(),
  ]);
  const group = <T, V>(rows: T[], key: (r: T) => string, value: (r: T) => V) => {
    const m = new Map<string, V[]>();
    for (const r of rows) (m.get(key(r)) ?? m.set(key(r), []).get(key(r))!).push(value(r));
    return m;
  };
  return {
    counts: new Map(counts.map((c) => [c.decision_id, Number(c.n)])),
    groups: group(
      groups,
      (g) => g.decision_id,
      (g) => g.group_name,
    ),
    targets: group(
      targets,
      (t) => t.decision_id,
      (t) => ({ agencyId: t.id, name: t.name, viaGroup: t.via_group }),
    ),
  };
}

type DecisionRow = {
  id: string;
  kind: DecisionKind;
  document_no: string;
  title: string;
  announcement_date: string;
  effective_date: string;
  amends_id: string | null;
  created_at: Date;
};

function summary(d: DecisionRow, parts: Awaited<ReturnType<typeof decisionParts>>) {
  return {
    id: d.id,
    kind: d.kind,
    documentNo: d.document_no,
    title: d.title,
    announcementDate: d.announcement_date,
    effectiveDate: d.effective_date,
    amendsId: d.amends_id,
    itemCount: parts.counts.get(d.id) ?? 0,
    groups: parts.groups.get(d.id) ?? [],
    targets: parts.targets.get(d.id) ?? [],
    createdAt: d.created_at.toISOString(),
  };
}

const DECISION_COLUMNS = [
  'id',
  'kind',
  'document_no',
  'title',
  'announcement_date',
  'effective_date',
  'amends_id',
  'created_at',
] as const;

export async function listDecisions(db: Kysely<DB>, filter: { kind?: DecisionKind; agencyId?: string }) {
  let q = db
    .selectFrom('delegation_decisions')
    .select(DECISION_COLUMNS.map((c) => `delegation_decisions.${c}` as const));
  if (filter.kind) q = q.where('delegation_decisions.kind', '=', filter.kind);
  if (filter.agencyId) {
    const agencyId = filter.agencyId;
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('delegation_decision_targets')
          .select('delegation_decision_targets.agency_id')
          .whereRef('delegation_decision_targets.decision_id', '=', 'delegation_decisions.id')
          .where('delegation_decision_targets.agency_id', '=', agencyId),
      ),
    );
  }
  const rows = await q
    .orderBy('delegation_decisions.effective_date', 'desc')
    .orderBy('delegation_decisions.announcement_date', 'desc')
    .orderBy('delegation_decisions.created_at', 'desc')
    .execute();
  const parts = await decisionParts(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => summary(r, parts));
}

export function itemBriefQuery(db: Kysely<DB>) {
  return db
    .selectFrom('enforcement_items')
    .innerJoin('agencies', 'agencies.id', 'enforcement_items.department_id')
    .select([
      'enforcement_items.id',
      'enforcement_items.code',
      'enforcement_items.name',
      'enforcement_items.kind',
      'enforcement_items.domain',
      'enforcement_items.county_reserved',
      'enforcement_items.active',
      'agencies.name as department_name',
    ]);
}

export async function decisionDetail(db: Kysely<DB>, id: string) {
  const d = await db
    .selectFrom('delegation_decisions')
    .select([...DECISION_COLUMNS, 'note', 'created_by'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!d) throw notFound();
  const [parts, items, amends, creator] = await Promise.all([
    decisionParts(db, [id]),
    itemBriefQuery(db)
      .innerJoin('delegation_decision_items', 'delegation_decision_items.item_id', 'enforcement_items.id')
      .where('delegation_decision_items.decision_id', '=', id)
      .orderBy('enforcement_items.code')
      .execute(),
    d.amends_id
      ? db
          .selectFrom('delegation_decisions')
          .select(['id', 'document_no', 'title'])
          .where('id', '=', d.amends_id)
          .executeTakeFirst()
      : undefined,
    d.created_by ? db.selectFrom('users').select('name').where('id', '=', d.created_by).executeTakeFirst() : undefined,
  ]);
  return {
    ...summary(d, parts),
    note: d.note,
    amends: amends ? { id: amends.id, documentNo: amends.document_no, title: amends.title } : null,
    items: items.map((i) => ({
      code: i.code,
      name: i.name,
      kind: i.kind,
      domain: i.domain,
      departmentName: i.department_name,
      countyReserved: i.county_reserved,
    })),
    createdBy: creator?.name ?? null,
  };
}

/** The township's list on a date: every item it may exercise, with the decision that gave it. */
export async function agencyItemsOn(db: Kysely<DB>, township: Township, date: string) {
  const { index, decisions } = await delegationSnapshot(db);
  const history = index.history(township.id);
  const current = new Map<string, { from: string; documentNo: string }>();
  for (const [code, intervals] of history) {
    const i = intervals.find((x) => x.from <= date && (x.to === null || date < x.to));
    if (i) current.set(code, { from: i.from, documentNo: i.delegatedBy });
  }
  const rows = current.size
    ? await itemBriefQuery(db)
        .where('enforcement_items.code', 'in', [...current.keys()])
        .orderBy('enforcement_items.code')
        .execute()
    : [];
  return {
    agency: { id: township.id, name: township.name },
    date,
    items: rows.map((r) => {
      const c = current.get(r.code)!;
      return {
        id: r.id,
        code: r.code,
        name: r.name,
        kind: r.kind,
        domain: r.domain,
        departmentName: r.department_name,
        countyReserved: r.county_reserved,
        from: c.from,
        documentNo: c.documentNo,
        decisionId: decisions.get(c.documentNo)?.id ?? null,
      };
    }),
  };
}

export async function agencyHistory(db: Kysely<DB>, township: Township) {
  const { index } = await delegationSnapshot(db);
  const history = index.history(township.id);
  const codes = [...history.keys()];
  const names = new Map(
    codes.length
      ? (await db.selectFrom('enforcement_items').select(['code', 'name']).where('code', 'in', codes).execute()).map(
          (r) => [r.code, r.name],
        )
      : [],
  );
  const decisions = await db
    .selectFrom('delegation_decisions')
    .innerJoin('delegation_decision_targets', 'delegation_decision_targets.decision_id', 'delegation_decisions.id')
    .select(DECISION_COLUMNS.map((c) => `delegation_decisions.${c}` as const))
    .where('delegation_decision_targets.agency_id', '=', township.id)
    .orderBy('delegation_decisions.effective_date')
    .orderBy('delegation_decisions.announcement_date')
    .orderBy('delegation_decisions.created_at')
    .execute();
  const items = decisions.length
    ? await db
        .selectFrom('delegation_decision_items')
        .innerJoin('enforcement_items', 'enforcement_items.id', 'delegation_decision_items.item_id')
        .select(['delegation_decision_items.decision_id', 'enforcement_items.code'])
        .where(
          'delegation_decision_items.decision_id',
          'in',
          decisions.map((d) => d.id),
        )
        .orderBy('enforcement_items.code')
        .execute()
    : [];
  return {
    agency: { id: township.id, name: township.name },
    decisions: decisions.map((d) => ({
      id: d.id,
      kind: d.kind,
      documentNo: d.document_no,
      title: d.title,
      announcementDate: d.announcement_date,
      effectiveDate: d.effective_date,
      itemCodes: items.filter((i) => i.decision_id === d.id).map((i) => i.code),
    })),
    intervals: [...history.entries()].flatMap(([code, intervals]) =>
      intervals.map((i) => ({
        itemCode: code,
        itemName: names.get(code) ?? code,
        from: i.from,
        to: i.to,
        delegatedBy: i.delegatedBy,
        revokedBy: i.revokedBy,
      })),
    ),
  };
}
