import { certificateReminders, type DataScope } from '@zhifa/domain';
import type { AppContext } from '../../platform/context';
import { toOfficerCertificate } from './queries';
import { agencyInScope } from '../../shared/scope';

/** Certificates of active people in scope that expire within 60 days (tiers 30 and 60). */
export async function listCertificateReminders(app: AppContext, scope: DataScope) {
  const today = app.today();
  const rows = await app.db
    .selectFrom('certificates')
    .innerJoin('persons', 'persons.id', 'certificates.person_id')
    .innerJoin('agencies', 'agencies.id', 'persons.agency_id')
    .select([
      'certificates.id',
      'certificates.number',
      'certificates.status',
      'certificates.valid_from',
      'certificates.valid_to',
      'certificates.domains',
      'persons.id as person_id',
      'persons.name',
      'persons.agency_id',
      'agencies.short_name as agency_name',
    ])
    .where(agencyInScope(scope))
    .where('persons.active', '=', true)
    .where('certificates.status', '=', 'valid')
    // Narrow in SQL; the domain rule decides the tiers.
    .where('certificates.valid_to', '>=', today)
    .execute();
  const certs = rows.map((r) => ({
    ...toOfficerCertificate({
      id: r.id,
      personId: r.person_id,
      number: r.number,
      issuer: '',
      domains: r.domains,
      validFrom: r.valid_from,
      validTo: r.valid_to,
      status: r.status,
      verifyToken: '',
    }),
    row: r,
  }));
  return {
    today,
    items: certificateReminders(certs, today).map(({ certificate: c, daysLeft, tier }) => ({
      certificateId: c.row.id,
      number: c.number,
      validTo: c.validTo,
      daysLeft,
      tier,
      personId: c.row.person_id,
      personName: c.row.name,
      agencyId: c.row.agency_id,
      agencyName: c.row.agency_name,
    })),
  };
}
