// The remedies a decision states. Which bodies hear them is the domain's remedyBodiesFor() and the
// wording its remediesText(); this file only reads the names of the region and its government.
import { REMEDY_AGENCY_KIND, remediesText, remedyBodiesFor, type RemediesText } from '@zhifa/domain';
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import type { AgencyKind } from '../../../db/tables/foundation';

export interface RemedyBodies {
  reconsiderationBody: string;
  court: string;
}

export async function remedyBodies(
  db: Kysely<DB>,
  agency: { kind: AgencyKind; regionCode: string },
): Promise<RemedyBodies> {
  const county = agency.regionCode.slice(0, 6);
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
  const { reconsiderationBody, court } = remedyBodiesFor(agency.kind, {
    ...(government ? { countyGovernment: government.name } : {}),
    countyName: regions.find((r) => r.code === county)?.name ?? '',
    cityName: regions.find((r) => r.code !== county)?.name ?? '',
  });
  return { reconsiderationBody, court };
}

export async function remediesFor(
  db: Kysely<DB>,
  agency: { kind: AgencyKind; regionCode: string },
  onTheSpot: boolean,
  decisionDate: string,
): Promise<RemediesText & RemedyBodies> {
  const bodies = await remedyBodies(db, agency);
  return {
    ...bodies,
    ...remediesText({ onTheSpot, decisionDate, agencyKind: REMEDY_AGENCY_KIND[agency.kind], ...bodies }),
  };
}
