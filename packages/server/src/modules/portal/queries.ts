// What the portal reads, with queries of its own: only public reference data (agencies, the
// delegated items and their bases, officers' names and certificates). No query here selects a
// personal field (ID numbers, phones of officers): the pages cannot show what is never read.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { AgencyKind } from '../../db/tables/foundation';
import { notFound } from '../../platform/errors';
import { delegationSnapshot } from '../delegation/exercisable';

/** The kinds of agency that enforce and so appear on the portal. */
export const ENFORCING_KINDS: AgencyKind[] = [
  'street',
  'township',
  'countyDepartment',
  'judicialBureau',
  'coordinationOffice',
  'justiceStation',
];

export interface PublicAgency {
  id: string;
  name: string;
  shortName: string;
  kind: AgencyKind;
  regionCode: string;
  domains: string[];
  phone: string | null;
  address: string | null;
}

const AGENCY_COLUMNS = [
  'id',
  'name',
  'short_name',
  'kind',
  'region_code',
  'domains',
  'public_phone',
  'public_address',
] as const;

type AgencyRow = {
  id: string;
  name: string;
  short_name: string;
  kind: AgencyKind;
  region_code: string;
  domains: string[];
  public_phone: string | null;
  public_address: string | null;
};

const toAgency = (r: AgencyRow): PublicAgency => ({
  id: r.id,
  name: r.name,
  shortName: r.short_name,
  kind: r.kind,
  regionCode: r.region_code,
  domains: r.domains,
  phone: r.public_phone,
  address: r.public_address,
});

export async function publicAgencies(db: Kysely<DB>): Promise<PublicAgency[]> {
  const rows = await db
    .selectFrom('agencies')
    .select(AGENCY_COLUMNS)
    .where('kind', 'in', ENFORCING_KINDS)
    .orderBy('region_code')
    .orderBy('name')
    .execute();
  return rows.map(toAgency);
}

export async function publicAgency(db: Kysely<DB>, id: string): Promise<PublicAgency> {
  const row = await db
    .selectFrom('agencies')
    .select(AGENCY_COLUMNS)
    .where('id', '=', id)
    .where('kind', 'in', ENFORCING_KINDS)
    .executeTakeFirst();
  if (!row) throw notFound('没有这个执法主体');
  return toAgency(row);
}

export const isTownship = (a: { kind: AgencyKind }) => a.kind === 'township' || a.kind === 'street';

export interface PublicPower {
  code: string;
  name: string;
  kind: string;
  domain: string;
  basis: string[];
  /** The announcement that delegated it (township powers), or null (a department's own item). */
  announcement: { documentNo: string; title: string; announcementDate: string; from: string } | null;
}

async function citations(db: Kysely<DB>, itemIds: string[]) {
  if (itemIds.length === 0) return new Map<string, string[]>();
  const rows = await db
    .selectFrom('item_citations')
    .select(['item_id', 'citation'])
    .where('item_id', 'in', itemIds)
    .where('role', '=', 'basis')
    .orderBy('item_id')
    .orderBy('position')
    .execute();
  const map = new Map<string, string[]>();
  for (const r of rows) (map.get(r.item_id) ?? map.set(r.item_id, []).get(r.item_id)!).push(r.citation);
  return map;
}

/**
 * A township's powers on a day: the items delegated to it and in force that day (a revocation
 * takes an item off on its effective date). A county department's: its own active items that are
 * not delegated away to every township — kept simple: its active items.
 */
export async function powersOn(db: Kysely<DB>, agency: PublicAgency, date: string): Promise<PublicPower[]> {
  if (isTownship(agency)) {
    const { index, decisions } = await delegationSnapshot(db);
    const current = new Map<string, { from: string; documentNo: string }>();
    for (const [code, intervals] of index.history(agency.id)) {
      const i = intervals.find((x) => x.from <= date && (x.to === null || date < x.to));
      if (i) current.set(code, { from: i.from, documentNo: i.delegatedBy });
    }
    if (current.size === 0) return [];
    const items = await db
      .selectFrom('enforcement_items')
      .select(['id', 'code', 'name', 'kind', 'domain'])
      .where('code', 'in', [...current.keys()])
      .orderBy('code')
      .execute();
    const bases = await citations(
      db,
      items.map((i) => i.id),
    );
    return items.map((i) => {
      const c = current.get(i.code)!;
      const d = decisions.get(c.documentNo);
      return {
        code: i.code,
        name: i.name,
        kind: i.kind,
        domain: i.domain,
        basis: bases.get(i.id) ?? [],
        announcement: {
          documentNo: c.documentNo,
          title: d?.title ?? '',
          announcementDate: d?.announcementDate ?? c.from,
          from: c.from,
        },
      };
    });
  }
  const items = await db
    .selectFrom('enforcement_items')
    .select(['id', 'code', 'name', 'kind', 'domain'])
    .where('department_id', '=', agency.id)
    .where('active', '=', true)
    .orderBy('code')
    .execute();
  const bases = await citations(
    db,
    items.map((i) => i.id),
  );
  return items.map((i) => ({
    code: i.code,
    name: i.name,
    kind: i.kind,
    domain: i.domain,
    basis: bases.get(i.id) ?? [],
    announcement: null,
  }));
}

export interface PublicOfficer {
  name: string;
  certificateNumber: string;
  domains: string[];
  validFrom: string;
  validTo: string;
  verifyToken: string;
}

/** Officers holding a certificate valid on the day: name, number, domains, validity — nothing else. */
export async function officersOn(db: Kysely<DB>, agencyId: string, date: string): Promise<PublicOfficer[]> {
  const rows = await db
    .selectFrom('certificates')
    .innerJoin('persons', 'persons.id', 'certificates.person_id')
    .select([
      'persons.name',
      'certificates.number',
      'certificates.domains',
      'certificates.valid_from',
      'certificates.valid_to',
      'certificates.verify_token',
    ])
    .where('persons.agency_id', '=', agencyId)
    .where('persons.active', '=', true)
    .where('certificates.status', '=', 'valid')
    .where('certificates.valid_from', '<=', date)
    .where('certificates.valid_to', '>=', date)
    .orderBy('persons.name')
    .orderBy('certificates.number')
    .execute();
  return rows.map((r) => ({
    name: r.name,
    certificateNumber: r.number,
    domains: r.domains,
    validFrom: r.valid_from,
    validTo: r.valid_to,
    verifyToken: r.verify_token,
  }));
}

/** The county's townships (the places a complaint can name). */
export async function townships(db: Kysely<DB>): Promise<{ id: string; name: string; regionCode: string }[]> {
  const rows = await db
    .selectFrom('agencies')
    .select(['id', 'name', 'region_code'])
    .where('kind', 'in', ['township', 'street'])
    .orderBy('region_code')
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name, regionCode: r.region_code }));
}
