import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { notFound } from '../../platform/errors';

/** A certificate with where its holder sits, for the scope check; 404 when unknown. */
export async function certificateLocation(db: Kysely<DB>, certificateId: string) {
  const row = await db
    .selectFrom('certificates')
    .innerJoin('persons', 'persons.id', 'certificates.person_id')
    .innerJoin('agencies', 'agencies.id', 'persons.agency_id')
    .select([
      'certificates.id',
      'certificates.person_id',
      'certificates.number',
      'certificates.status',
      'certificates.valid_from',
      'certificates.valid_to',
      'certificates.verify_token',
      'persons.agency_id',
      'agencies.region_code',
    ])
    .where('certificates.id', '=', certificateId)
    .executeTakeFirst();
  if (!row) throw notFound();
  return { ...row, agencyId: row.agency_id, regionCode: row.region_code };
}
