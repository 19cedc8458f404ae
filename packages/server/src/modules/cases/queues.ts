// Work waiting for a reviewer (法制审核, hearings to arrange or preside) and for a head (立案审批,
// 回避, 先行登记保存, 强制措施补批, 移送审批, decisions to sign, 结案, 备案, 延期). Each item is
// an action allowedActions() offers this viewer on the case, so 办审定分离 filters the queues.
import {
  allowedActions,
  checkNoticeBeforeDecision,
  closableAsCorrected,
  settlePartyDates,
  statusLabel,
  type Calendar,
  type CaseActionType,
  type CaseConfig,
  type CaseState,
  type CaseStatus,
  type DataScope,
} from '@zhifa/domain';
import type { AppContext } from '../../platform/context';
import { agencyInScope } from '../../shared/scope';
import { loadCalendar } from '../../shared/calendar-store';
import { procedureActor, type CaseActorInfo } from './case-actor';
import { loadCaseConfig } from '../../shared/case-config';
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

interface QueueRule {
  type: CaseActionType;
  label: string;
  pending: (s: CaseState, today: string, dueSoonKeys: Set<string>, overdueKeys: Set<string>) => boolean;
  since?: (s: CaseState) => { at: string | null; by: string | null };
  dueKey?: (s: CaseState) => string | null;
}

const REVIEW_RULES: QueueRule[] = [
  {
    type: 'recordReview',
    label: '法制审核',
    pending: () => true,
    since: (s) => ({ at: s.reviews.at(-1)?.submittedOn ?? null, by: s.reviews.at(-1)?.submittedBy ?? null }),
    dueKey: () => 'review',
  },
  {
    type: 'scheduleHearing',
    label: '安排听证',
    pending: () => true,
    since: (s) => ({ at: s.hearing?.requestedOn ?? null, by: null }),
  },
  {
    type: 'recordHearing',
    label: '主持听证',
    pending: () => true,
    since: (s) => ({ at: s.hearing?.schedule?.hearingDate ?? null, by: null }),
  },
];

const DECISION_READY: CaseStatus[] = ['reviewPassed', 'deliberated'];
const CLOSABLE: CaseStatus[] = [
  'executed',
  'served',
  'courtEnforcement',
  'transferred',
  'referredCriminal',
  'summaryFiled',
];

const APPROVAL_RULES: QueueRule[] = [
  {
    type: 'approveFiling',
    label: '立案审批',
    pending: () => true,
    since: (s) => ({ at: s.filing?.requestedOn ?? null, by: s.filing?.requestedBy ?? null }),
  },
  {
    type: 'decideRecusal',
    label: '回避申请决定',
    pending: (s) => s.recusals.some((r) => !r.decision),
    since: (s) => ({ at: s.recusals.find((r) => !r.decision)?.receivedOn ?? null, by: null }),
  },
  {
    type: 'handlePreservedEvidence',
    label: '先行登记保存物品处理',
    pending: (s) => s.preservations.some((p) => !p.handling),
    since: (s) => ({ at: s.preservations.find((p) => !p.handling)?.preservedOn ?? null, by: null }),
  },
  {
    type: 'confirmUrgentMeasure',
    label: '当场强制措施补办批准',
    pending: (s) => s.coerciveMeasures.some((m) => m.urgent && !m.urgentApproval),
  },
  {
    type: 'referCriminal',
    label: '涉嫌犯罪移送审批',
    pending: (s) => !!s.criminal.reportOn && !s.criminal.decision,
    since: (s) => ({ at: s.criminal.reportOn ?? null, by: null }),
  },
  {
    type: 'decide',
    label: '处理决定签发',
    pending: (s, today) =>
      DECISION_READY.includes(s.status) ||
      // The representation and hearing windows are the domain's (第62–64条): waived in writing or run out.
      (s.status === 'noticeServed' && checkNoticeBeforeDecision(s, today).length === 0),
    dueKey: () => 'decisionLimit',
  },
  {
    type: 'closeCase',
    label: '结案审批',
    pending: (s) =>
      (CLOSABLE.includes(s.status) && (s.status !== 'served' || s.paymentDue === null)) || closableAsCorrected(s),
  },
  {
    type: 'fileSummaryRecord',
    label: '当场处罚决定备案',
    pending: (s) => s.status === 'summaryServed',
    dueKey: () => 'summaryFiling',
  },
  // 第60条: a limit that has already passed can no longer be extended (the domain refuses it).
  {
    type: 'extendDeadline',
    label: '延长办案期限',
    pending: (_s, _t, soon, overdue) => soon.has('decisionLimit') && !overdue.has('decisionLimit'),
    dueKey: () => 'decisionLimit',
  },
];

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
  return queueItems(cases, viewer, rules, { today, config, calendar, names });
}

export function queueItems(
  cases: OpenCase[],
  viewer: CaseActorInfo,
  rules: QueueRule[],
  env: { today: string; config: CaseConfig; calendar: Calendar; names: Map<string, string> },
): QueueItem[] {
  const out: QueueItem[] = [];
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
      if (!allowed.has(rule.type) || !rule.pending(c.state, env.today, soon, overdue)) continue;
      const since = rule.since?.(c.state) ?? { at: null, by: null };
      const dueKey = rule.dueKey?.(c.state);
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
      });
    }
  }
  return out;
}

export const reviewQueue = (app: AppContext, scope: DataScope, viewer: CaseActorInfo) =>
  queue(app, scope, viewer, REVIEW_RULES);
export const approvalQueue = (app: AppContext, scope: DataScope, viewer: CaseActorInfo) =>
  queue(app, scope, viewer, APPROVAL_RULES);
