// When a year's holiday notice is loaded (or replaced), every open deadline that was computed
// provisionally or ends in that year or later is computed again, in the transaction that loads
// the notice, and those that moved are recorded for the agencies concerned (legal-rules.md §8.3).
// A party-facing date stated in a served document never moves earlier: the domain's partyDates()
// keeps the later one.
import { caseDeadlines, type Calendar } from '@zhifa/domain';
import type { AppContext } from '../../../platform/context';
import type { Tx } from '../../../db/schema';
import { loadCaseConfig } from '../../../shared/case-config';
import { foldRow, loadActions, loadCaseRow } from '../load-case';
import { projectDeadlinesOnly } from './project';

export interface MovedDeadline {
  caseId: string;
  caseNumber: string;
  key: string;
  label: string;
  oldDue: string | null;
  newDue: string | null;
  stillProvisional: boolean;
}

export interface RecomputeReport {
  /** Cases whose deadlines were computed again. */
  cases: number;
  moved: MovedDeadline[];
}

export async function recomputeProvisionalDeadlines(
  app: AppContext,
  tx: Tx,
  year: number,
  calendar: Calendar,
): Promise<RecomputeReport> {
  const today = app.today();
  const now = app.now();
  const config = await loadCaseConfig(tx);
  const ids = (
    await tx
      .selectFrom('case_deadlines')
      .select('case_id')
      .distinct()
      .where((eb) => eb.or([eb('provisional', '=', true), eb('due', '>=', `${year}-01-01`)]))
      .orderBy('case_id')
      .execute()
  ).map((r) => r.case_id);
  const moved: MovedDeadline[] = [];
  for (const caseId of ids) {
    // Locked in id order, as a command would lock the row, so a concurrent command waits for us.
    const row = await loadCaseRow(tx, caseId, true);
    const before = await tx
      .selectFrom('case_deadlines')
      .select(['key', 'due', 'provisional'])
      .where('case_id', '=', caseId)
      .execute();
    const state = foldRow(row, await loadActions(tx, caseId));
    await projectDeadlinesOnly({
      tx,
      caseId,
      agencyId: row.agencyId,
      state,
      type: 'recomputeProvisionalDeadlines',
      payload: {},
      party: null,
      domain: null,
      calendar,
      config,
      today,
      now,
    });
    const after = new Map(caseDeadlines(state, calendar, config, today).map((d) => [d.key, d]));
    const rows = before.flatMap((b) => {
      const a = after.get(b.key);
      const newDue = a?.due ?? null;
      return a && newDue !== b.due
        ? [
            {
              caseId,
              caseNumber: row.number,
              agencyId: row.agencyId,
              key: b.key,
              label: a.label,
              oldDue: b.due,
              newDue,
              stillProvisional: a.provisional,
              partyFacing: a.partyFacing,
            },
          ]
        : [];
    });
    if (rows.length === 0) continue;
    await tx
      .insertInto('deadline_moves')
      .values(
        rows.map((m) => ({
          calendar_year: year,
          case_id: m.caseId,
          agency_id: m.agencyId,
          deadline_key: m.key,
          label: m.label,
          old_due: m.oldDue,
          new_due: m.newDue,
          still_provisional: m.stillProvisional,
          party_facing: m.partyFacing,
          recorded_at: now,
        })),
      )
      .execute();
    moved.push(...rows.map(({ agencyId: _a, partyFacing: _p, ...m }) => m));
  }
  return { cases: ids.length, moved };
}
