import { can, yearlyShortfall } from '@zhifa/domain';
import type { AppContext } from '../../platform/context';
import type { SessionActor } from '../../platform/route';
import { notFound } from '../../platform/errors';
import { accountsOf, certificateSummary, certificatesOf, CERTIFICATE_STATUS_LABELS, peopleSettingsOf } from './queries';
import { yearOfDate } from '../../platform/clock';
import { durationOf, viewCertificate, viewTraining } from './views';

export async function personDetail(
  app: AppContext,
  actor: SessionActor,
  personId: string,
  authorize: (r: { agencyId: string; regionCode: string }) => void,
) {
  const row = await app.db
    .selectFrom('persons')
    .innerJoin('agencies', 'agencies.id', 'persons.agency_id')
    .leftJoin('teams', 'teams.id', 'persons.team_id')
    .select([
      'persons.id',
      'persons.name',
      'persons.agency_id',
      'persons.team_id',
      'agencies.name as agency_name',
      'agencies.short_name as agency_short',
      'agencies.region_code',
      'teams.name as team_name',
      'persons.post',
      'persons.id_number_masked',
      'persons.phone_masked',
      'persons.has_legal_qualification',
      'persons.legal_reviewer',
      'persons.active',
    ])
    .where('persons.id', '=', personId)
    .executeTakeFirst();
  if (!row) throw notFound();
  const location = { agencyId: row.agency_id, regionCode: row.region_code };
  authorize(location);

  const today = app.today();
  const year = yearOfDate(today);
  const [certs, accounts, settings, training] = await Promise.all([
    certificatesOf(app.db, [row.id]),
    accountsOf(app.db, [row.id]),
    peopleSettingsOf(app.db, [row.agency_id]),
    app.db
      .selectFrom('training_records')
      .select(['id', 'course', 'provider', 'date', 'minutes', 'hours', 'source'])
      .where('person_id', '=', row.id)
      .orderBy('date', 'desc')
      .orderBy('created_at', 'desc')
      .execute(),
  ]);
  const own = certs.get(row.id) ?? [];
  const summary = certificateSummary(own, today);
  const requirement = settings.get(row.agency_id)!.yearlyTrainingHours;
  const thisYear = training.filter((t) => yearOfDate(t.date) === year).map(durationOf);
  return {
    id: row.id,
    name: row.name,
    agencyId: row.agency_id,
    agencyName: row.agency_name,
    agencyShortName: row.agency_short,
    teamId: row.team_id,
    teamName: row.team_name,
    post: row.post,
    idNumberMasked: row.id_number_masked,
    phoneMasked: row.phone_masked,
    hasLegalQualification: row.has_legal_qualification,
    legalReviewer: row.legal_reviewer,
    active: row.active,
    certificateStatus: summary,
    certificateStatusLabel: CERTIFICATE_STATUS_LABELS[summary],
    certificates: own.map((c) => viewCertificate(c, today)),
    training: training.map(viewTraining),
    trainingYear: { year, ...yearlyShortfall(thisYear, requirement) },
    accounts: accounts.get(row.id) ?? [],
    permissions: {
      manage: can(actor, 'person:manage', location),
      viewIdentity: can(actor, 'person:viewIdentity', location),
    },
  };
}
