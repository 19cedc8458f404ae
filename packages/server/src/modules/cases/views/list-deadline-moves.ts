// GET /api/deadline-moves — deadlines that moved when a holiday notice was loaded, for the cases
// in the viewer's data scope, newest first.
import type { DataScope } from '@zhifa/domain';
import type { AppContext } from '../../../platform/context';
import { agencyInScope } from '../../../shared/scope';

export async function listDeadlineMoves(
  app: AppContext,
  scope: DataScope,
  filter: { year?: number | undefined; limit: number },
) {
  let q = app.db
    .selectFrom('deadline_moves')
    .innerJoin('cases', 'cases.id', 'deadline_moves.case_id')
    .innerJoin('agencies', 'agencies.id', 'deadline_moves.agency_id')
    .select([
      'deadline_moves.id',
      'deadline_moves.calendar_year',
      'deadline_moves.case_id',
      'cases.number',
      'cases.title',
      'agencies.name as agency_name',
      'deadline_moves.label',
      'deadline_moves.old_due',
      'deadline_moves.new_due',
      'deadline_moves.still_provisional',
      'deadline_moves.party_facing',
      'deadline_moves.recorded_at',
    ])
    .where(agencyInScope(scope))
    .orderBy('deadline_moves.recorded_at', 'desc')
    .orderBy('deadline_moves.id', 'desc')
    .limit(filter.limit);
  if (filter.year) q = q.where('deadline_moves.calendar_year', '=', filter.year);
  const rows = await q.execute();
  return rows.map((r) => ({
    year: r.calendar_year,
    caseId: r.case_id,
    caseNumber: r.number,
    caseTitle: r.title,
    agencyName: r.agency_name,
    label: r.label,
    oldDue: r.old_due,
    newDue: r.new_due,
    stillProvisional: r.still_provisional,
    partyFacing: r.party_facing,
    recordedAt: r.recorded_at.toISOString(),
  }));
}
