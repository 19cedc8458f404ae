// Leads waiting to be vetted whose window is closing or has passed (第54条第2款).
import type { DataScope } from '@zhifa/domain';
import type { AppContext } from '../../platform/context';
import { agencyInScope } from '../../shared/scope';
import { loadCalendar } from '../../shared/calendar-store';
import { loadCaseConfig } from '../../shared/case-config';
import { LEAD_COLUMNS, vetting, type LeadRow } from '../leads/views';
import type { WorkbenchItem } from './workbench-item';

export async function loadLeadsDueSoon(app: AppContext, scope: DataScope): Promise<WorkbenchItem[]> {
  const today = app.today();
  const [rows, calendar, config] = await Promise.all([
    app.db
      .selectFrom('leads')
      .innerJoin('agencies', 'agencies.id', 'leads.agency_id')
      .select(LEAD_COLUMNS)
      .where(agencyInScope(scope))
      .where('leads.status', '=', 'pending')
      .orderBy('leads.received_on')
      .limit(200)
      .execute(),
    loadCalendar(app.db),
    loadCaseConfig(app.db),
  ]);
  const out: WorkbenchItem[] = [];
  for (const r of rows as LeadRow[]) {
    const v = vetting(r, today, calendar, config);
    if (v.status !== 'dueSoon' && !v.overdue) continue;
    out.push({
      id: `lead:${r.id}`,
      title: `案源待核查：${r.summary.slice(0, 40)}`,
      subtitle: r.number,
      ...(v.due ? { due: v.due } : {}),
      status: v.overdue ? 'overdue' : 'dueSoon',
      href: `/leads/${r.id}`,
    });
  }
  return out;
}
