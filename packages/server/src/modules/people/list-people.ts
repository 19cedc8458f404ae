import type { DataScope } from '@zhifa/domain';
import type { AppContext } from '../../platform/context';
import {
  accountsOf,
  certificateSummary,
  certificatesOf,
  CERTIFICATE_STATUS_LABELS,
  type CertificateSummary,
} from './queries';
import { agencyInScope, escapeLike } from '../../shared/scope';
import { idNumberLookup } from './identity';
import { viewCertificate } from './views';
import { isValidIdNumber } from '@zhifa/domain';

export interface ListPeopleFilter {
  agencyId?: string;
  post?: 'establishment' | 'auxiliary';
  certificateStatus?: CertificateSummary;
  expiring?: boolean;
  active?: boolean;
  q?: string;
  limit: number;
  offset: number;
}

// A county has a few hundred people; the status filter is computed per person (it depends on
// today's date), so the candidate set is bounded and filtered in memory.
const MAX_CANDIDATES = 5000;

export async function listPeople(app: AppContext, scope: DataScope, filter: ListPeopleFilter) {
  const today = app.today();
  let q = app.db
    .selectFrom('persons')
    .innerJoin('agencies', 'agencies.id', 'persons.agency_id')
    .leftJoin('teams', 'teams.id', 'persons.team_id')
    .select([
      'persons.id',
      'persons.name',
      'persons.agency_id',
      'agencies.short_name as agency_name',
      'teams.name as team_name',
      'persons.post',
      'persons.id_number_masked',
      'persons.phone_masked',
      'persons.has_legal_qualification',
      'persons.legal_reviewer',
      'persons.active',
    ])
    .where(agencyInScope(scope));
  if (filter.agencyId) q = q.where('persons.agency_id', '=', filter.agencyId);
  if (filter.post) q = q.where('persons.post', '=', filter.post);
  if (filter.active !== undefined) q = q.where('persons.active', '=', filter.active);
  const keyword = filter.q?.trim();
  if (keyword) {
    // A full ID number is found through its lookup HMAC; the number itself never reaches SQL.
    if (isValidIdNumber(keyword, today)) {
      q = q.where('persons.id_number_hmac', '=', idNumberLookup(app, keyword));
    } else {
      const like = `%${escapeLike(keyword)}%`;
      q = q.where((eb) =>
        eb.or([
          eb('persons.name', 'like', like),
          eb.exists(
            eb
              .selectFrom('certificates')
              .select('certificates.id')
              .whereRef('certificates.person_id', '=', 'persons.id')
              .where('certificates.number', 'like', like),
          ),
        ]),
      );
    }
  }
  const rows = await q
    .orderBy('agencies.region_code')
    .orderBy('agencies.short_name')
    .orderBy('persons.name')
    .orderBy('persons.id')
    .limit(MAX_CANDIDATES)
    .execute();
  const ids = rows.map((r) => r.id);
  const [certs, accounts] = await Promise.all([certificatesOf(app.db, ids), accountsOf(app.db, ids)]);

  const items = rows.map((r) => {
    const own = certs.get(r.id) ?? [];
    const views = own.map((c) => viewCertificate(c, today));
    const tiers = views.map((v) => v.reminderTier).filter((t): t is 30 | 60 => t !== null);
    const summary = certificateSummary(own, today);
    return {
      id: r.id,
      name: r.name,
      agencyId: r.agency_id,
      agencyName: r.agency_name,
      teamName: r.team_name,
      post: r.post,
      idNumberMasked: r.id_number_masked,
      phoneMasked: r.phone_masked,
      hasLegalQualification: r.has_legal_qualification,
      legalReviewer: r.legal_reviewer,
      active: r.active,
      certificateStatus: summary,
      certificateStatusLabel: CERTIFICATE_STATUS_LABELS[summary],
      certificates: views,
      expiringTier: tiers.length ? (Math.min(...tiers) as 30 | 60) : null,
      roles: [...new Set((accounts.get(r.id) ?? []).flatMap((a) => a.roles))],
    };
  });
  const filtered = items.filter(
    (p) =>
      (!filter.certificateStatus || p.certificateStatus === filter.certificateStatus) &&
      (!filter.expiring || p.expiringTier !== null),
  );
  return { total: filtered.length, items: filtered.slice(filter.offset, filter.offset + filter.limit) };
}
