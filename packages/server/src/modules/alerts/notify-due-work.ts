// Work waiting for a person reaches their notification centre, not only their workbench: each
// legal reviewer's and agency head's queue items (法制审核, 负责人审批), and every statutory
// deadline of a running case due within three days, to the case's officers. Keyed by item and
// step (or deadline and date), so a later run notifies only what is new.
import { BUSINESS_ROLES, type BusinessRole } from '@zhifa/domain';
import type { AppContext } from '../../platform/context';
import { approvalQueue, reviewQueue } from '../cases/views/queues';
import { notifyUsers, usersOfPersons } from '../notifications/notify';
import { unpaced, type Pace } from './run-pace';
import { FINISHED_CASE_STATUSES } from './rules/rule';

const SOON_DAYS = 3;

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export async function notifyDueWork(app: AppContext, now: Date, today: string, pace: Pace = unpaced): Promise<number> {
  let sent = 0;
  const users = await app.db
    .selectFrom('users')
    .select(['id', 'person_id', 'name', 'roles', 'agency_id'])
    .where('disabled', '=', false)
    .where('agency_id', 'is not', null)
    .where((eb) =>
      eb.or([eb(eb.val('legalReviewer'), '=', eb.fn.any('roles')), eb(eb.val('agencyHead'), '=', eb.fn.any('roles'))]),
    )
    .execute();
  for (const u of users) {
    const roles = u.roles.filter((r): r is BusinessRole => (BUSINESS_ROLES as readonly string[]).includes(r));
    const viewer = {
      userId: u.id,
      personId: u.person_id,
      domainId: u.person_id ?? u.id,
      name: u.name,
      roles,
      primaryRole: roles[0] ?? 'officer',
      agencyId: u.agency_id,
    };
    const scope = { kind: 'agency' as const, agencyId: u.agency_id! };
    // A person's queue reads and folds up to 500 open cases: one step of a paced run.
    const items = await pace(async () => [
      ...(roles.includes('legalReviewer') ? await reviewQueue(app, scope, viewer) : []),
      ...(roles.includes('agencyHead') ? await approvalQueue(app, scope, viewer) : []),
    ]);
    for (const item of items) {
      sent += await notifyUsers(
        app.db,
        [u.id],
        {
          kind: 'queue',
          sourceKey: `queue:${item.id}:${item.submittedAt ?? ''}`,
          title: `待${item.kindLabel}：${item.number} ${item.title}`,
          body: item.due ? `期限 ${item.due}` : null,
          href: item.href,
        },
        now,
      );
    }
  }
  const due = await app.db
    .selectFrom('case_deadlines as d')
    .innerJoin('cases', 'cases.id', 'd.case_id')
    .innerJoin('case_officers as o', (j) => j.onRef('o.case_id', '=', 'd.case_id').on('o.active', '=', true))
    .select(['d.case_id', 'd.key', 'd.label', 'd.due', 'cases.number', 'o.person_id'])
    .where('d.due', '>=', today)
    .where('d.due', '<=', addDays(today, SOON_DAYS))
    .where('d.party_facing', '=', false)
    .where('cases.status', 'not in', FINISHED_CASE_STATUSES)
    .execute();
  const accounts = await usersOfPersons(
    app.db,
    due.map((d) => d.person_id),
  );
  for (const d of due) {
    const user = accounts.get(d.person_id);
    if (!user) continue;
    sent += await notifyUsers(
      app.db,
      [user],
      {
        kind: 'deadline',
        sourceKey: `deadline:${d.case_id}:${d.key}:${d.due}`,
        title: `${d.number}：${d.label}将于 ${d.due} 届满`,
        href: `/cases/${d.case_id}`,
      },
      now,
    );
  }
  return sent;
}
