// GET /api/workbench — what each role sees first:
// officer/auxiliary: my open cases, the next steps I may take on them, my deadlines;
// legal reviewer: the review queue; head: the approval queue and the agency's cases;
// county roles: counts and alerts across the region. Deadlines due within the "due soon"
// window (3 working days) or overdue are flagged for everyone who reads cases.
import {
  allowedActions,
  arrangeSteps,
  CASE_ACTIONS,
  hasPermission,
  scopeFor,
  statusLabel,
  type DataScope,
} from '@zhifa/domain';
import type { AppContext } from '../../platform/context';
import type { SessionActor } from '../../platform/route';
import { caseActorOf, procedureActor, type CaseActorInfo } from '../cases/case-actor';
import { loadCaseConfig } from '../../shared/case-config';
import { listDeadlines } from '../cases/views/deadlines';
import { liveDeadlines } from '../cases/views/case-detail';
import { approvalQueue, openCases, reviewQueue, type OpenCase } from '../cases/views/queues';
import { agencyInScope } from '../../shared/scope';
import { loadCalendar } from '../../shared/calendar-store';
import { loadLeadsDueSoon } from './leads-due';
import { correctionsDue, rectificationsDue } from './oversight-due';
import type { WorkbenchItem } from './workbench-item';

const caseItem = (c: OpenCase): WorkbenchItem => ({
  id: c.id,
  title: c.title,
  subtitle: `${c.number} · ${statusLabel(c.state.status ?? c.status)}`,
  status: c.state.status ?? c.status,
  href: `/cases/${c.id}`,
});

/**
 * The step each case expects of the viewer now (the domain's arrangeSteps(): the primary step, not
 * every allowed one), with the case's nearest open deadline.
 */
async function nextSteps(app: AppContext, cases: OpenCase[], viewer: CaseActorInfo): Promise<WorkbenchItem[]> {
  const [config, calendar] = await Promise.all([loadCaseConfig(app.db), loadCalendar(app.db)]);
  const today = app.today();
  const out: WorkbenchItem[] = [];
  for (const c of cases) {
    if (!c.state?.status) continue;
    const allowed = allowedActions(c.state, procedureActor(viewer), { calendar, config, today });
    const { primary } = arrangeSteps(c.state, allowed);
    const due =
      primary && CASE_ACTIONS[primary].duty !== 'approve' && CASE_ACTIONS[primary].duty !== 'decide' ? primary : null;
    if (due) {
      const nearest = liveDeadlines(c.state, calendar, config, today)
        .filter((d) => d.status !== 'met' && d.due)
        .sort((a, b) => (a.due ?? '').localeCompare(b.due ?? ''))[0];
      out.push({
        id: `${c.id}:${due}`,
        title: `${CASE_ACTIONS[due].label}：${c.title}`,
        subtitle: nearest ? `${c.number} · ${nearest.label}` : c.number,
        ...(nearest?.due ? { due: nearest.due } : {}),
        status: due,
        href: `/cases/${c.id}`,
      });
    }
    // Reminders the definitions of the allowed actions raise (e.g. a follow-up whose order ran out, 第28条).
    for (const t of allowed) {
      const reminder = CASE_ACTIONS[t].reminder?.(c.state, today);
      if (!reminder) continue;
      out.push({
        id: `${c.id}:${t}`,
        title: `${reminder.title}：${c.title}`,
        subtitle: reminder.detail,
        ...(reminder.due ? { due: reminder.due } : {}),
        status: t,
        href: `/cases/${c.id}`,
      });
    }
  }
  return out;
}

/**
 * 行政处罚法 第64条(四)、(八): the hearing's presider records its transcript, whatever her role and
 * whether or not she is on the case; it is her task, due on the hearing's day.
 */
async function hearingsPresided(app: AppContext, scope: DataScope, viewer: CaseActorInfo): Promise<WorkbenchItem[]> {
  if (!viewer.personId || scope.kind === 'none') return [];
  const cases = await openCases(app, scope, { limit: 200 });
  return cases
    .filter((c) => c.state?.status === 'hearingScheduled' && c.state.hearing?.schedule?.presiderId === viewer.personId)
    .map((c) => ({
      id: `${c.id}:recordHearing`,
      title: `主持听证并制作${CASE_ACTIONS.recordHearing.label}：${c.title}`,
      subtitle: `${c.number} · ${c.state.hearing?.schedule?.place ?? ''}`,
      ...(c.state.hearing?.schedule?.hearingDate ? { due: c.state.hearing.schedule.hearingDate } : {}),
      status: 'recordHearing',
      href: `/cases/${c.id}?action=recordHearing`,
    }));
}

async function regionCounts(
  app: AppContext,
  scope: DataScope,
): Promise<{ cases: WorkbenchItem[]; todo: WorkbenchItem[] }> {
  const today = app.today();
  const rows = await app.db
    .selectFrom('cases')
    .innerJoin('agencies', 'agencies.id', 'cases.agency_id')
    .select((eb) => [
      'agencies.id as agency_id',
      'agencies.short_name',
      eb.fn.countAll<string>().as('open'),
      eb.fn
        .count<string>('cases.id')
        .filterWhere((w) =>
          w.exists(
            w
              .selectFrom('case_deadlines')
              .select('case_deadlines.case_id')
              .whereRef('case_deadlines.case_id', '=', 'cases.id')
              .where('case_deadlines.due', '<', today),
          ),
        )
        .as('overdue'),
    ])
    .where(agencyInScope(scope))
    .where('cases.status', 'not in', ['archived', 'filingRefused', 'closed'])
    .groupBy(['agencies.id', 'agencies.short_name'])
    .orderBy('agencies.short_name')
    .execute();
  // A township or street without an open case is listed too, with 0: a missing line reads as "no data".
  const towns = await app.db
    .selectFrom('agencies')
    .select(['agencies.id as agency_id', 'agencies.short_name'])
    .where(agencyInScope(scope))
    .where('agencies.kind', 'in', ['township', 'street'])
    .execute();
  for (const t of towns)
    if (!rows.some((r) => r.agency_id === t.agency_id)) rows.push({ ...t, open: '0', overdue: '0' });
  rows.sort((a, b) => a.short_name.localeCompare(b.short_name, 'zh-CN'));
  return {
    cases: rows.map((r) => ({
      id: `agency:${r.agency_id}`,
      title: `${r.short_name}：在办案件 ${Number(r.open)} 件`,
      subtitle: Number(r.overdue) ? `其中 ${Number(r.overdue)} 件有逾期期限` : '无逾期期限',
      href: `/cases?agencyId=${r.agency_id}`,
    })),
    todo: rows
      .filter((r) => Number(r.overdue) > 0)
      .map((r) => ({
        id: `alert:${r.agency_id}`,
        title: `${r.short_name}有 ${Number(r.overdue)} 件案件办案期限已逾期`,
        status: 'overdue',
        href: `/cases?agencyId=${r.agency_id}&overdue=true`,
      })),
  };
}

export async function workbench(app: AppContext, actor: SessionActor) {
  const viewer = caseActorOf(actor);
  const todo: WorkbenchItem[] = [];
  let cases: WorkbenchItem[] = [];
  const readScope = scopeFor(actor, 'case:read');
  const handles = hasPermission(actor, 'case:handle') || viewer.roles.includes('auxiliary');
  const reviews = hasPermission(actor, 'case:review');
  const approves = hasPermission(actor, 'case:approve');

  if (handles) {
    const mine = await openCases(app, readScope, { personId: viewer.personId, limit: 100 });
    cases = mine.slice(0, 20).map(caseItem);
    todo.push(...(await nextSteps(app, mine, viewer)));
  }
  if (reviews) {
    const queue = await reviewQueue(app, scopeFor(actor, 'case:review'), viewer);
    todo.push(
      ...queue.map((q) => ({
        id: q.id,
        title: `${q.kindLabel}：${q.title}`,
        subtitle: q.number,
        ...(q.due ? { due: q.due } : {}),
        status: q.kind,
        href: q.href,
      })),
    );
    if (!handles)
      cases = (await openCases(app, readScope, { limit: 20 })).filter((c) => c.status === 'underReview').map(caseItem);
  }
  if (approves) {
    const queue = await approvalQueue(app, scopeFor(actor, 'case:approve'), viewer);
    todo.push(
      ...queue.map((q) => ({
        id: q.id,
        title: `${q.kindLabel}：${q.title}`,
        subtitle: q.number,
        ...(q.due ? { due: q.due } : {}),
        status: q.kind,
        href: q.href,
      })),
    );
    cases = (await openCases(app, readScope, { limit: 20 })).map(caseItem);
  }
  if (!handles && !reviews && !approves && readScope.kind !== 'none') {
    const region = await regionCounts(app, readScope);
    cases = region.cases;
    todo.push(...region.todo);
  }
  for (const item of await hearingsPresided(app, readScope, viewer)) {
    const i = todo.findIndex((t) => t.id === item.id);
    if (i >= 0) todo[i] = item;
    else todo.push(item);
  }
  if (hasPermission(actor, 'lead:manage')) todo.push(...(await loadLeadsDueSoon(app, scopeFor(actor, 'lead:manage'))));
  if (hasPermission(actor, 'correction:reply')) {
    const scope = scopeFor(actor, 'correction:reply');
    todo.push(...(await correctionsDue(app, scope, 'agency')), ...(await rectificationsDue(app, scope, 'agency')));
  }
  if (hasPermission(actor, 'correction:issue'))
    todo.push(...(await correctionsDue(app, scopeFor(actor, 'correction:issue'), 'supervisor')));
  if (hasPermission(actor, 'oversight:review'))
    todo.push(...(await rectificationsDue(app, scopeFor(actor, 'oversight:review'), 'supervisor')));

  const deadlines =
    readScope.kind === 'none'
      ? []
      : await listDeadlines(app, readScope, {
          dueWithin: 3,
          ...(handles && !approves ? { personId: viewer.personId } : {}),
          limit: 200,
        });
  return {
    todo,
    cases,
    deadlines: deadlines.map((d) => ({
      id: `${d.caseId}:${d.key}`,
      title: d.provisional ? `${d.label}（暂算）` : d.label,
      subtitle: `${d.caseNumber} ${d.caseTitle}`,
      ...(d.due ? { due: d.due } : {}),
      status: d.overdue ? 'overdue' : 'dueSoon',
      href: `/cases/${d.caseId}`,
    })),
  };
}
