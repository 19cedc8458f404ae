// Work waiting for a reviewer (法制审核, hearings to arrange or preside) and for a head (立案审批,
// 回避, 先行登记保存, 强制措施补批, 移送审批, decisions to sign, 结案, 备案, 延期). Each item is
// an action allowedActions() offers this viewer on the case, so 办审定分离 filters the queues; which
// actions wait in which queue, and when, their definitions say (`queue`).
import {
  allowedActions,
  CASE_ACTION_TYPES,
  CASE_ACTIONS,
  settlePartyDates,
  statusLabel,
  type ActionQueueRule,
  type Calendar,
  type CaseActionType,
  type CaseConfig,
  type CaseState,
  type CaseStatus,
  type DataScope,
} from '@zhifa/domain';
import type { AppContext } from '../../../platform/context';
import { agencyInScope } from '../../../shared/scope';
import { loadCalendar } from '../../../shared/calendar-store';
import { procedureActor, type CaseActorInfo } from '../case-actor';
import { loadCaseConfig } from '../../../shared/case-config';
import { liveDeadlines } from './case-detail';

export interface OpenCase {
  id: string;
  number: string;
  title: string;
  partyName: string | null;
  itemName: string | null;
  status: CaseStatus;
  agencyId: string;
  updatedAt: Date;
  state: CaseState;
}

const CLOSED: CaseStatus[] = ['archived', 'filingRefused'];

export async function openCases(
  app: AppContext,
  scope: DataScope,
  opts: { personId?: string | null; limit?: number } = {},
): Promise<OpenCase[]> {
  let q = app.db
    .selectFrom('cases')
    .innerJoin('agencies', 'agencies.id', 'cases.agency_id')
    .select([
      'cases.id',
      'cases.number',
      'cases.title',
      'cases.party_name',
      'cases.item_name',
      'cases.status',
      'cases.agency_id',
      'cases.updated_at',
      'cases.state',
    ])
    .where(agencyInScope(scope))
    .where('cases.status', 'not in', CLOSED);
  if (opts.personId !== undefined) {
    const me = opts.personId;
    if (!me) return [];
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('case_officers')
          .select('case_officers.case_id')
          .whereRef('case_officers.case_id', '=', 'cases.id')
          .where('case_officers.person_id', '=', me)
          .where('case_officers.active', '=', true),
      ),
    );
  }
  const rows = await q
    .orderBy('cases.updated_at', 'desc')
    .limit(opts.limit ?? 500)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    number: r.number,
    title: r.title,
    partyName: r.party_name,
    itemName: r.item_name,
    status: r.status as CaseStatus,
    agencyId: r.agency_id,
    updatedAt: r.updated_at,
    state: r.state as CaseState,
  }));
}

export interface QueueItem {
  id: string;
  caseId: string;
  kind: CaseActionType;
  kindLabel: string;
  number: string;
  title: string;
  partyName: string | null;
  itemName: string | null;
  statusLabel: string;
  submittedAt: string | null;
  submittedBy: string | null;
  due: string | null;
  href: string;
}

interface QueueRule extends ActionQueueRule {
  type: CaseActionType;
}

/** The actions whose definition puts them in this queue, in the order of the definitions. */
function queueRules(queue: ActionQueueRule['queue']): QueueRule[] {
  return CASE_ACTION_TYPES.flatMap((type) => {
    const rule = CASE_ACTIONS[type].queue;
    return rule?.queue === queue ? [{ ...rule, type }] : [];
  });
}

const REVIEW_RULES = queueRules('review');
const APPROVAL_RULES = queueRules('approval');

async function queue(
  app: AppContext,
  scope: DataScope,
  viewer: CaseActorInfo,
  rules: QueueRule[],
): Promise<QueueItem[]> {
  const today = app.today();
  const [cases, config, calendar] = await Promise.all([
    openCases(app, scope),
    loadCaseConfig(app.db),
    loadCalendar(app.db),
  ]);
  const people = viewer.agencyId
    ? await app.db.selectFrom('persons').select(['id', 'name']).where('agency_id', '=', viewer.agencyId).execute()
    : [];
  const names = new Map(people.map((p) => [p.id, p.name]));
  return withRecordedTimes(app, queueItems(cases, viewer, rules, { today, config, calendar, names }));
}

/**
 * 提交时间 is the moment the awaited step was recorded (case_actions.at), not its date at midnight:
 * the rule names the step (`seq`), its time is read here.
 */
async function withRecordedTimes(app: AppContext, items: (QueueItem & { seq?: number })[]): Promise<QueueItem[]> {
  const wanted = items.filter((i) => i.seq !== undefined);
  const times = new Map<string, string>();
  if (wanted.length) {
    const rows = await app.db
      .selectFrom('case_actions')
      .select(['case_id', 'seq', 'at'])
      .where('case_id', 'in', [...new Set(wanted.map((i) => i.caseId))])
      .where('seq', 'in', [...new Set(wanted.map((i) => i.seq!))])
      .execute();
    for (const r of rows) times.set(`${r.case_id}:${r.seq}`, new Date(r.at).toISOString());
  }
  return items.map(({ seq, ...item }) => ({
    ...item,
    submittedAt: (seq !== undefined ? times.get(`${item.caseId}:${seq}`) : undefined) ?? item.submittedAt,
  }));
}

export function queueItems(
  cases: OpenCase[],
  viewer: CaseActorInfo,
  rules: QueueRule[],
  env: { today: string; config: CaseConfig; calendar: Calendar; names: Map<string, string> },
): (QueueItem & { seq?: number })[] {
  const out: (QueueItem & { seq?: number })[] = [];
  for (const open of cases) {
    if (open.agencyId !== viewer.agencyId || !open.state?.status) continue;
    const c = { ...open, state: settlePartyDates(open.state, env.calendar, env.config) };
    const allowed = new Set(
      allowedActions(c.state, procedureActor(viewer), { calendar: env.calendar, config: env.config, today: env.today }),
    );
    const deadlines = liveDeadlines(c.state, env.calendar, env.config, env.today);
    const soon = new Set(deadlines.filter((d) => d.dueSoon || d.status === 'overdue').map((d) => d.key));
    const overdue = new Set(deadlines.filter((d) => d.status === 'overdue').map((d) => d.key));
    for (const rule of rules) {
      if (!allowed.has(rule.type) || !rule.pending(c.state, env.today, { dueSoon: soon, overdue })) continue;
      const since = rule.since?.(c.state) ?? { at: null, by: null };
      const dueKey = rule.dueKey;
      out.push({
        id: `${c.id}:${rule.type}`,
        caseId: c.id,
        kind: rule.type,
        kindLabel: rule.label,
        number: c.number,
        title: c.title,
        partyName: c.partyName,
        itemName: c.itemName,
        statusLabel: statusLabel(c.state.status),
        submittedAt: since.at,
        submittedBy: since.by ? (env.names.get(since.by) ?? null) : null,
        due: dueKey ? (deadlines.find((d) => d.key === dueKey)?.due ?? null) : null,
        href: `/cases/${c.id}`,
        ...(since.seq !== undefined ? { seq: since.seq } : {}),
      });
    }
  }
  return out;
}

export const reviewQueue = (app: AppContext, scope: DataScope, viewer: CaseActorInfo) =>
  queue(app, scope, viewer, REVIEW_RULES);
export const approvalQueue = (app: AppContext, scope: DataScope, viewer: CaseActorInfo) =>
  queue(app, scope, viewer, APPROVAL_RULES);
