// Two staffing reports over the agencies in the actor's scope: who falls short of the yearly
// training requirement, and whether legal reviewers reach the agency's floor.

import { certificateStatusOn, legalReviewerRatio, yearlyShortfall, type DataScope } from '@zhifa/domain';
import type { AppContext } from '../../platform/context';
import { certificatesOf, peopleSettingsOf, toOfficerCertificate } from './queries';
import { agencyInScope } from '../../shared/scope';
import { durationOf } from './views';

// Agencies that enforce; others (the county government, the coordination office) appear only
// when people are registered there.
const ENFORCING_KINDS = ['township', 'street', 'countyDepartment'] as const;

async function agenciesInScope(app: AppContext, scope: DataScope, agencyId?: string) {
  let q = app.db
    .selectFrom('agencies')
    .select(['agencies.id', 'agencies.short_name', 'agencies.kind', 'agencies.region_code'])
    .where(agencyInScope(scope));
  if (agencyId) q = q.where('agencies.id', '=', agencyId);
  return q.orderBy('agencies.region_code').orderBy('agencies.short_name').execute();
}

async function activePeople(app: AppContext, agencyIds: string[]) {
  if (agencyIds.length === 0) return [];
  return app.db
    .selectFrom('persons')
    .select(['id', 'name', 'agency_id', 'post', 'legal_reviewer'])
    .where('agency_id', 'in', agencyIds)
    .where('active', '=', true)
    .orderBy('name')
    .execute();
}

/**
 * Officers owing the yearly 学时: active establishment staff holding a certificate that was in
 * force (not revoked) on some day of the year.
 */
export async function trainingShortfallReport(app: AppContext, scope: DataScope, year: number, agencyId?: string) {
  const yearStart = `${year}-01-01`;
  const yearEnd = `${year}-12-31`;
  const agencies = await agenciesInScope(app, scope, agencyId);
  const people = (
    await activePeople(
      app,
      agencies.map((a) => a.id),
    )
  ).filter((p) => p.post === 'establishment');
  const certs = await certificatesOf(
    app.db,
    people.map((p) => p.id),
  );
  const officers = people.filter((p) =>
    (certs.get(p.id) ?? []).some((c) => c.status !== 'revoked' && c.validFrom <= yearEnd && c.validTo >= yearStart),
  );
  const records = officers.length
    ? await app.db
        .selectFrom('training_records')
        .select(['person_id', 'minutes', 'hours'])
        .where(
          'person_id',
          'in',
          officers.map((o) => o.id),
        )
        .where('date', '>=', yearStart)
        .where('date', '<=', yearEnd)
        .execute()
    : [];
  const settings = await peopleSettingsOf(
    app.db,
    agencies.map((a) => a.id),
  );
  const rows = agencies
    .map((a) => {
      const requirement = settings.get(a.id)!.yearlyTrainingHours;
      const list = officers
        .filter((o) => o.agency_id === a.id)
        .map((o) => ({
          personId: o.id,
          name: o.name,
          ...yearlyShortfall(records.filter((r) => r.person_id === o.id).map(durationOf), requirement),
        }))
        .sort((x, y) => y.shortfall - x.shortfall || x.name.localeCompare(y.name, 'zh-CN'));
      return {
        agencyId: a.id,
        agencyName: a.short_name,
        requirement,
        officers: list.length,
        shortCount: list.filter((p) => !p.met).length,
        people: list,
      };
    })
    .filter(
      (r) =>
        r.officers > 0 ||
        (ENFORCING_KINDS as readonly string[]).includes(agencies.find((a) => a.id === r.agencyId)!.kind),
    );
  return { year, agencies: rows };
}

/**
 * Legal reviewers (people designated 法制审核人员) against enforcement officers (active
 * establishment staff with a certificate valid today) per agency.
 */
export async function reviewerRatioReport(app: AppContext, scope: DataScope, agencyId?: string) {
  const today = app.today();
  const agencies = await agenciesInScope(app, scope, agencyId);
  const people = await activePeople(
    app,
    agencies.map((a) => a.id),
  );
  const certs = await certificatesOf(
    app.db,
    people.map((p) => p.id),
  );
  const settings = await peopleSettingsOf(
    app.db,
    agencies.map((a) => a.id),
  );
  const holdsValid = (id: string) =>
    (certs.get(id) ?? []).some((c) => certificateStatusOn(toOfficerCertificate(c), today) === 'valid');
  return agencies
    .map((a) => {
      const own = people.filter((p) => p.agency_id === a.id);
      const officers = own.filter((p) => p.post === 'establishment' && holdsValid(p.id));
      const reviewers = own.filter((p) => p.legal_reviewer);
      const minRatio = settings.get(a.id)!.minReviewerRatio;
      const r = legalReviewerRatio(officers.length, reviewers.length, minRatio);
      return {
        agencyId: a.id,
        agencyName: a.short_name,
        kind: a.kind,
        officers: officers.length,
        reviewers: reviewers.map((p) => ({ personId: p.id, name: p.name })),
        minRatio,
        ratio: Math.round(r.ratio * 10_000) / 10_000,
        required: r.required,
        ok: r.ok,
      };
    })
    .filter((r) => r.officers > 0 || r.reviewers.length > 0 || (ENFORCING_KINDS as readonly string[]).includes(r.kind))
    .map(({ kind: _kind, ...rest }) => rest);
}
