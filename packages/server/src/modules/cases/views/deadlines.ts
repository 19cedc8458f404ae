// Open deadlines across the cases a viewer may see: those due within N working days (the
// domain's flagDueSoon) or already overdue. Read from case_deadlines, which every command
// rewrites; "overdue" is judged against today here.
import { addDays, flagDueSoon, type CaseDeadline, type DataScope } from '@zhifa/domain';
import { sql } from 'kysely';
import type { AppContext } from '../../../platform/context';
import { agencyInScope } from '../../../shared/scope';
import { loadCalendar } from '../../../shared/calendar-store';

export interface DeadlineFilter {
  dueWithin: number;
  /** Only cases this person handles (an officer's own deadlines). */
  personId?: string | null;
  limit?: number;
}

export interface FlaggedDeadline {
  caseId: string;
  caseNumber: string;
  caseTitle: string;
  agencyName: string;
  key: string;
  label: string;
  due: string | null;
  dueAt: string | null;
  basis: string;
  partyFacing: boolean;
  /** Rests on a year whose holiday notice is not loaded (legal-rules.md §8.3). */
  provisional: boolean;
  overdue: boolean;
  dueSoon: boolean;
}

export async function listDeadlines(app: AppContext, scope: DataScope, f: DeadlineFilter): Promise<FlaggedDeadline[]> {
  const today = app.today();
  const calendar = await loadCalendar(app.db);
  // A generous calendar-day bound narrows the rows; the working-day test below is exact.
  const horizon = addDays(today, f.dueWithin * 3 + 14);
  let q = app.db
    .selectFrom('case_deadlines')
    .innerJoin('cases', 'cases.id', 'case_deadlines.case_id')
    .innerJoin('agencies', 'agencies.id', 'cases.agency_id')
    .select([
      'case_deadlines.case_id',
      'cases.number',
      'cases.title',
      'agencies.short_name',
      'case_deadlines.key',
      'case_deadlines.label',
      'case_deadlines.due',
      'case_deadlines.due_at',
      'case_deadlines.basis',
      'case_deadlines.party_facing',
      'case_deadlines.provisional',
    ])
    .where(agencyInScope(scope))
    .where((eb) => eb.or([eb('case_deadlines.due', 'is', null), eb('case_deadlines.due', '<=', horizon)]));
  if (f.personId !== undefined) {
    const me = f.personId;
    q = me
      ? q.where((eb) =>
          eb.exists(
            eb
              .selectFrom('case_officers')
              .select('case_officers.case_id')
              .whereRef('case_officers.case_id', '=', 'cases.id')
              .where('case_officers.person_id', '=', me)
              .where('case_officers.active', '=', true),
          ),
        )
      : q.where(sql<boolean>`false`);
  }
  const rows = await q
    .orderBy('case_deadlines.due', 'asc')
    .orderBy('cases.number')
    .limit(f.limit ?? 500)
    .execute();
  const out: FlaggedDeadline[] = [];
  for (const r of rows) {
    const overdue = r.due !== null && r.due < today;
    const d: CaseDeadline = {
      key: r.key,
      label: r.label,
      due: r.due,
      basis: r.basis,
      partyFacing: r.party_facing,
      status: overdue ? 'overdue' : 'open',
      provisional: r.provisional,
    };
    const dueSoon = !overdue && flagDueSoon([d], today, calendar, f.dueWithin).length > 0;
    if (!overdue && !dueSoon) continue;
    out.push({
      caseId: r.case_id,
      caseNumber: r.number,
      caseTitle: r.title,
      agencyName: r.short_name,
      key: r.key,
      label: r.label,
      due: r.due,
      dueAt: r.due_at,
      basis: r.basis,
      partyFacing: r.party_facing,
      provisional: r.provisional,
      overdue,
      dueSoon,
    });
  }
  return out;
}
