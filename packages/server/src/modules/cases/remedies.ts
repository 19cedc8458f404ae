// The remedies a decision states (行政复议法 第24条: the county government hears reconsideration of
// its townships and departments; the basic people's court of the county hears the suit). The
// wording itself is the domain's remediesText().
import { remediesText, type AgencyKind as RemedyAgencyKind, type RemediesText } from '@zhifa/domain';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { AgencyKind } from '../../db/tables/foundation';

const REMEDY_KIND: Record<AgencyKind, RemedyAgencyKind> = {
  township: 'townshipGovernment',
  street: 'townshipGovernment',
  countyDepartment: 'countyDepartment',
  judicialBureau: 'judicialAdministration',
  coordinationOffice: 'countyDepartment',
  justiceStation: 'judicialAdministration',
  countyGovernment: 'countyGovernment',
};

export interface RemedyBodies {
  reconsiderationBody: string;
  court: string;
}

export async function remedyBodies(db: Kysely<DB>, regionCode: string): Promise<RemedyBodies> {
  const county = regionCode.slice(0, 6);
  const [government, regions] = await Promise.all([
    db
      .selectFrom('agencies')
      .select('name')
      .where('kind', '=', 'countyGovernment')
      .where('region_code', '=', county)
      .executeTakeFirst(),
    db
      .selectFrom('regions')
      .select(['code', 'name'])
      .where('code', 'in', [county, `${county.slice(0, 4)}00`])
      .execute(),
  ]);
  const countyName = regions.find((r) => r.code === county)?.name ?? '';
  const cityName = regions.find((r) => r.code !== county)?.name ?? '';
  return {
    reconsiderationBody: government?.name ?? `${cityName}${countyName}人民政府`,
    court: `${cityName}${countyName}人民法院`,
  };
}

export async function remediesFor(
  db: Kysely<DB>,
  agency: { kind: AgencyKind; regionCode: string },
  onTheSpot: boolean,
  decisionDate: string,
): Promise<RemediesText & RemedyBodies> {
  const bodies = await remedyBodies(db, agency.regionCode);
  return { ...bodies, ...remediesText({ onTheSpot, decisionDate, agencyKind: REMEDY_KIND[agency.kind], ...bodies }) };
}
