import { sql, type Kysely } from 'kysely';
import { isCountyReservedPenalty, type CountyReservationOptions } from '@zhifa/domain';
import type { DB } from '../../db/schema';
import type { CitationRole } from '../../db/tables/catalogue';
import type { ItemView, ListItemsQuery } from '@zhifa/contract';

export function escapeLike(s: string): string {
  return s.replace(/[%_\\]/g, '\\$&');
}

/** Where the editor set it: yuan from which a confiscation counts as 较大数额 (settings table). */
export async function reservationOptions(db: Kysely<DB>): Promise<CountyReservationOptions> {
  const row = await db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', 'catalogue.largeConfiscationThreshold')
    .executeTakeFirst();
  const n = typeof row?.value === 'number' ? row.value : Number(row?.value);
  return row && Number.isFinite(n) && n > 0 ? { largeConfiscationThreshold: n } : {};
}

function itemsQuery(db: Kysely<DB>) {
  return db
    .selectFrom('enforcement_items')
    .innerJoin('agencies', 'agencies.id', 'enforcement_items.department_id')
    .selectAll('enforcement_items')
    .select(['agencies.name as department_name', 'agencies.region_code as department_region']);
}

type ItemRow = Awaited<ReturnType<ReturnType<typeof itemsQuery>['execute']>>[number];

interface CitationRow {
  item_id: string;
  role: CitationRole;
  position: number;
  citation: string;
  law_title: string;
  article_id: string | null;
}

async function citationsOf(db: Kysely<DB>, itemIds: string[]): Promise<Map<string, CitationRow[]>> {
  const out = new Map<string, CitationRow[]>();
  if (itemIds.length === 0) return out;
  const rows = await db
    .selectFrom('item_citations')
    .select(['item_id', 'role', 'position', 'citation', 'law_title', 'article_id'])
    .where('item_id', 'in', itemIds)
    .orderBy('item_id')
    .orderBy('role')
    .orderBy('position')
    .execute();
  for (const r of rows) {
    let list = out.get(r.item_id);
    if (!list) out.set(r.item_id, (list = []));
    list.push(r);
  }
  return out;
}

function toView(r: ItemRow, citations: CitationRow[], reservation: CountyReservationOptions): ItemView {
  const cite = (role: CitationRole) =>
    citations
      .filter((c) => c.role === role)
      .map((c) => ({ citation: c.citation, lawTitle: c.law_title, articleId: c.article_id }));
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    kind: r.kind,
    domain: r.domain,
    departmentId: r.department_id,
    departmentName: r.department_name,
    level: r.level,
    basis: cite('basis'),
    penaltyBasis: cite('penalty'),
    penalties: r.penalties.map((p) => ({ ...p, countyReserved: isCountyReservedPenalty(p, reservation) })),
    reservedFlag: r.reserved_flag,
    countyReserved: r.county_reserved,
    note: r.note,
    active: r.active,
    revision: r.revision,
    updatedAt: r.updated_at.toISOString(),
  };
}

export async function listItems(db: Kysely<DB>, query: ListItemsQuery): Promise<{ total: number; items: ItemView[] }> {
  let q = itemsQuery(db);
  if (query.domain) q = q.where('enforcement_items.domain', '=', query.domain);
  if (query.kind) q = q.where('enforcement_items.kind', '=', query.kind);
  if (query.departmentId) q = q.where('enforcement_items.department_id', '=', query.departmentId);
  if (query.reserved) q = q.where('enforcement_items.county_reserved', '=', query.reserved === 'true');
  if (query.active !== 'all') q = q.where('enforcement_items.active', '=', query.active === 'true');
  if (query.q) {
    const like = `%${escapeLike(query.q)}%`;
    q = q.where((eb) =>
      eb.or([
        eb('enforcement_items.code', 'ilike', like),
        eb('enforcement_items.name', 'ilike', like),
        eb.exists(
          eb
            .selectFrom('item_citations')
            .select(sql`1`.as('one'))
            .whereRef('item_citations.item_id', '=', 'enforcement_items.id')
            .where('item_citations.citation', 'ilike', like),
        ),
      ]),
    );
  }
  const { total } = await q
    .clearSelect()
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .executeTakeFirstOrThrow();
  const rows = await q.orderBy('enforcement_items.code').limit(query.limit).offset(query.offset).execute();
  const [citations, reservation] = await Promise.all([
    citationsOf(
      db,
      rows.map((r) => r.id),
    ),
    reservationOptions(db),
  ]);
  return { total: Number(total), items: rows.map((r) => toView(r, citations.get(r.id) ?? [], reservation)) };
}

export async function findItem(
  db: Kysely<DB>,
  by: { id: string } | { code: string },
): Promise<(ItemView & { departmentRegion: string }) | null> {
  let q = itemsQuery(db);
  q = 'id' in by ? q.where('enforcement_items.id', '=', by.id) : q.where('enforcement_items.code', '=', by.code);
  const row = await q.executeTakeFirst();
  if (!row) return null;
  const [citations, reservation] = await Promise.all([citationsOf(db, [row.id]), reservationOptions(db)]);
  return { ...toView(row, citations.get(row.id) ?? [], reservation), departmentRegion: row.department_region };
}

/** Every item with its citations, in code order (the export), or the items with these codes. */
export async function allItems(db: Kysely<DB>, codes?: string[]): Promise<ItemView[]> {
  if (codes && codes.length === 0) return [];
  let q = itemsQuery(db);
  if (codes) q = q.where('enforcement_items.code', 'in', codes);
  const rows = await q.orderBy('enforcement_items.code').execute();
  const [citations, reservation] = await Promise.all([
    citationsOf(
      db,
      rows.map((r) => r.id),
    ),
    reservationOptions(db),
  ]);
  return rows.map((r) => toView(r, citations.get(r.id) ?? [], reservation));
}
