// The disclosure settings in force for an agency and sector (statement 68: 7 working days unless a
// sector's own rule is shorter; the publication period; how the punished person's name appears).
// The most specific row wins: agency and sector, then agency, then sector, then the domain's default.
import { DEFAULT_DISCLOSURE_CONFIG, type DisclosureConfig, type PersonNameStyle } from '@zhifa/domain';
import type { Db, Tx } from '../../db/schema';

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
