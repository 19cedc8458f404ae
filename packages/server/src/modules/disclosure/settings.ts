// The disclosure settings in force for an agency and sector (statement 68: 7 working days unless a
// sector's own rule is shorter; the publication period; how the punished person's name appears).
// The most specific row wins: agency and sector, then agency, then sector, then the domain's default.
// The settings screen lists and saves the rows (one per agency and sector, county-wide without agency).
import type { DisclosureSettingsBody, DisclosureSettingsView } from '@zhifa/contract';
import { DEFAULT_DISCLOSURE_CONFIG, type DataScope, type DisclosureConfig, type PersonNameStyle } from '@zhifa/domain';
import type { ExpressionBuilder } from 'kysely';
import type { DB, Db, Tx } from '../../db/schema';
import { notFound } from '../../platform/errors';
import type { UnitOfWork } from '../../platform/unit-of-work';

export interface DisclosureSettings extends DisclosureConfig {
  personNames: PersonNameStyle;
}

export async function loadDisclosureSettings(
  db: Db | Tx,
  agencyId: string,
  sector: string | null,
): Promise<DisclosureSettings> {
  const rows = await db
    .selectFrom('disclosure_settings')
    .select(['agency_id', 'sector', 'working_days', 'publication_months', 'person_names'])
    .where((eb) => eb.or([eb('agency_id', '=', agencyId), eb('agency_id', 'is', null)]))
    .where((eb) => eb.or([eb('sector', 'is', null), ...(sector ? [eb('sector', '=', sector)] : [])]))
    .execute();
  const rank = (r: { agency_id: string | null; sector: string | null }) => (r.agency_id ? 2 : 0) + (r.sector ? 1 : 0);
  const best = rows.sort((a, b) => rank(b) - rank(a))[0];
  return {
    ...DEFAULT_DISCLOSURE_CONFIG,
    ...(best ? { workingDays: best.working_days, publicationMonths: best.publication_months } : {}),
    personNames: best?.person_names ?? 'surname',
  };
}

/** The rows a user may see and change: the county-wide ones, and those of the agencies in scope. */
export async function listDisclosureSettings(db: Db, scope: DataScope): Promise<DisclosureSettingsView> {
  let q = db
    .selectFrom('disclosure_settings as s')
    .leftJoin('agencies as a', 'a.id', 's.agency_id')
    .select([
      's.id',
      's.agency_id',
      'a.name as agency_name',
      's.sector',
      's.working_days',
      's.publication_months',
      's.person_names',
      's.updated_at',
    ]);
  if (scope.kind === 'agency')
    q = q.where((eb) => eb.or([eb('s.agency_id', 'is', null), eb('s.agency_id', '=', scope.agencyId)]));
  else if (scope.kind === 'region')
    q = q.where((eb) => eb.or([eb('s.agency_id', 'is', null), eb('a.region_code', 'like', `${scope.regionCode}%`)]));
  const rows = await q.orderBy('a.name').orderBy('s.sector').execute();
  return {
    defaults: {
      workingDays: DEFAULT_DISCLOSURE_CONFIG.workingDays,
      publicationMonths: DEFAULT_DISCLOSURE_CONFIG.publicationMonths,
      personNames: 'surname',
    },
    rows: rows.map((r) => ({
      id: r.id,
      agencyId: r.agency_id,
      agencyName: r.agency_name,
      sector: r.sector,
      workingDays: r.working_days,
      publicationMonths: r.publication_months,
      personNames: r.person_names,
      updatedAt: new Date(r.updated_at).toISOString(),
    })),
    countyWide: countyWide(scope),
  };
}

/** Where an agency's settings live, for the scope check (404 when there is no such agency). */
export async function agencyLocation(db: Db | Tx, agencyId: string) {
  const a = await db.selectFrom('agencies').select(['id', 'region_code']).where('id', '=', agencyId).executeTakeFirst();
  if (!a) throw notFound();
  return { agencyId: a.id, regionCode: a.region_code };
}

/** A row without an agency applies to every agency: only a county-wide grant changes it. */
export function countyWide(scope: DataScope): boolean {
  return scope.kind === 'all' || scope.kind === 'region';
}

/** Insert or replace the row of this agency and sector; the next disclosure task reads it. */
export async function saveDisclosureSettings(
  uow: UnitOfWork,
  body: Omit<DisclosureSettingsBody, 'commandId'>,
): Promise<{ id: string; previous: Record<string, unknown> | null }> {
  const key = (eb: ExpressionBuilder<DB, 'disclosure_settings'>) =>
    eb.and([
      body.agencyId === null ? eb('agency_id', 'is', null) : eb('agency_id', '=', body.agencyId),
      body.sector === null ? eb('sector', 'is', null) : eb('sector', '=', body.sector),
    ]);
  const values = {
    working_days: body.workingDays,
    publication_months: body.publicationMonths,
    person_names: body.personNames,
    updated_at: uow.now,
  };
  const old = await uow.tx
    .selectFrom('disclosure_settings')
    .select(['id', 'working_days', 'publication_months', 'person_names'])
    .where(key)
    .forUpdate()
    .executeTakeFirst();
  if (old) {
    await uow.tx.updateTable('disclosure_settings').set(values).where('id', '=', old.id).execute();
    return {
      id: old.id,
      previous: {
        workingDays: old.working_days,
        publicationMonths: old.publication_months,
        personNames: old.person_names,
      },
    };
  }
  const row = await uow.tx
    .insertInto('disclosure_settings')
    .values({ agency_id: body.agencyId, sector: body.sector, ...values })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, previous: null };
}
