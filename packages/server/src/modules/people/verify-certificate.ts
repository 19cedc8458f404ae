import { certificateStatusOn } from '@zhifa/domain';
import type { AppContext } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { CERTIFICATE_STATUS_LABELS, toOfficerCertificate } from './queries';

/**
 * The public verification of a certificate (事中公示: the officer shows the QR code in the field).
 * Exactly name, agency, number, domains and whether it is valid now — nothing else about the
 * person (no ID number, phone, dates or internal ids).
 */
export async function verifyCertificate(app: AppContext, token: string) {
  const row = await app.db
    .selectFrom('certificates')
    .innerJoin('persons', 'persons.id', 'certificates.person_id')
    .innerJoin('agencies', 'agencies.id', 'persons.agency_id')
    .select([
      'certificates.number',
      'certificates.domains',
      'certificates.status',
      'certificates.valid_from',
      'certificates.valid_to',
      'persons.name',
      'persons.active',
      'agencies.name as agency_name',
    ])
    .where('certificates.verify_token', '=', token)
    .executeTakeFirst();
  if (!row) throw notFound('未找到该执法证，请核实二维码是否为本平台签发');
  const status = certificateStatusOn(
    toOfficerCertificate({
      id: '',
      personId: '',
      number: row.number,
      issuer: '',
      domains: row.domains,
      validFrom: row.valid_from,
      validTo: row.valid_to,
      status: row.status,
      verifyToken: '',
    }),
    app.today(),
  );
  // A holder who has left the service no longer carries a usable certificate.
  const validNow = status === 'valid' && row.active;
  return {
    name: row.name,
    agency: row.agency_name,
    certificateNumber: row.number,
    domains: row.domains,
    validNow,
    status: validNow ? '有效' : status === 'valid' ? '持证人已不在执法岗位' : CERTIFICATE_STATUS_LABELS[status],
  };
}
