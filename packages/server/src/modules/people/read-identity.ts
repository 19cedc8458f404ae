import type { AppContext } from '../../platform/context';
import { notFound } from '../../platform/errors';
import type { RouteContext } from '../../platform/route';
import { ID_BINDING, PHONE_BINDING } from './identity';

/**
 * Full ID number and phone of a person. Every read is a security event in the audit chain
 * (security.md 28: reads of full ID numbers are audited), written before the data leaves.
 */
export async function readIdentity(app: AppContext, ctx: RouteContext<{ id: string }, unknown, undefined>) {
  const row = await app.db
    .selectFrom('persons')
    .innerJoin('agencies', 'agencies.id', 'persons.agency_id')
    .select([
      'persons.id',
      'persons.name',
      'persons.agency_id',
      'agencies.region_code',
      'persons.id_number_enc',
      'persons.phone_enc',
    ])
    .where('persons.id', '=', ctx.params.id)
    .executeTakeFirst();
  if (!row) throw notFound();
  ctx.authorize({ agencyId: row.agency_id, regionCode: row.region_code });
  await ctx.auditRead({
    eventType: 'person.identityViewed',
    objectType: 'person',
    objectId: row.id,
    details: { name: row.name, fields: ['idNumber', 'phone'] },
  });
  return {
    idNumber: row.id_number_enc ? app.fieldCrypto.decrypt(row.id_number_enc, ID_BINDING) : null,
    phone: row.phone_enc ? app.fieldCrypto.decrypt(row.phone_enc, PHONE_BINDING) : null,
  };
}
