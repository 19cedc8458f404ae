import { ALERT_RULE_IDS, ALERT_RULES, isAlertRuleId, type DataScope } from '@zhifa/domain';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { agencyInScope } from '../../shared/scope';

const bySeverity = (s: string) => ALERT_RULE_IDS.filter((id) => ALERT_RULES[id].severity === s);
const HIGH = bySeverity('high');
const MEDIUM = bySeverity('medium');

/**
 * Alerts the scope sees: those of its agencies; alerts no agency answers for (the audit chain, an
 * enterprise inspected by several) are for county-wide readers (region or all scope).
 */
function scoped(db: Kysely<DB>, scope: DataScope) {
  const countyWide = scope.kind === 'region' || scope.kind === 'all';
  return db
    .selectFrom('alerts')
    .leftJoin('agencies', 'agencies.id', 'alerts.agency_id')
    .leftJoin('cases', 'cases.id', 'alerts.case_id')
    .where((eb) =>
      eb.or([
        eb.and([eb('alerts.agency_id', 'is not', null), agencyInScope(scope)]),
        eb.and([eb('alerts.agency_id', 'is', null), sql<boolean>`${countyWide}`]),
      ]),
    );
}

export interface AlertFilter {
  rule?: string;
  status?: 'open' | 'acknowledged' | 'resolved' | 'active';
  agencyId?: string;
  caseId?: string;
  limit: number;
  offset: number;
}

export async function listAlerts(db: Kysely<DB>, scope: DataScope, q: AlertFilter) {
  let base = scoped(db, scope);
  if (q.rule) base = base.where('alerts.rule', '=', q.rule);
  if (q.agencyId) base = base.where('alerts.agency_id', '=', q.agencyId);
  if (q.caseId) base = base.where('alerts.case_id', '=', q.caseId);
  let filtered = base;
  if (q.status === 'active') filtered = filtered.where('alerts.status', '<>', 'resolved');
  else if (q.status) filtered = filtered.where('alerts.status', '=', q.status);
  const [rows, total, counts] = await Promise.all([
    filtered
      .leftJoin('alert_rule_checks', 'alert_rule_checks.rule', 'alerts.rule')
      .select([
        'alerts.id',
        'alerts.rule',
        'alerts.status',
        'alerts.title',
        'alerts.agency_id',
        'agencies.short_name as agency_name',
        'alerts.case_id',
        'cases.number as case_number',
        'alerts.person_id',
        'alerts.item_code',
        'alerts.record_type',
        'alerts.record_id',
        'alerts.details',
        'alerts.first_seen_at',
        // An active alert its rule found again unchanged was seen at the rule's last check (ADR 0023).
        sql<Date>`case when alerts.status <> 'resolved' and alert_rule_checks.checked_at > alerts.last_seen_at
          then alert_rule_checks.checked_at else alerts.last_seen_at end`.as('last_seen_at'),
        'alerts.acknowledged_at',
        'alerts.acknowledged_note',
        'alerts.resolved_at',
      ])
      .orderBy(sql`case alerts.status when 'open' then 0 when 'acknowledged' then 1 else 2 end`)
      // Grave rules first: the list opens on what must be fixed, not on reminders.
      .orderBy(
        sql`case when alerts.rule in (${sql.join(HIGH)}) then 0 when alerts.rule in (${sql.join(MEDIUM)}) then 1 else 2 end`,
      )
      .orderBy('alerts.last_seen_at', 'desc')
      .orderBy('alerts.id')
      .limit(q.limit)
      .offset(q.offset)
      .execute(),
    filtered.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
    base
      .select(['alerts.status', (eb) => eb.fn.countAll<string>().as('n')])
      .groupBy('alerts.status')
      .execute(),
  ]);
  const count = (s: string) => Number(counts.find((c) => c.status === s)?.n ?? 0);
  const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
  return {
    items: rows.map((r) => {
      const def = isAlertRuleId(r.rule) ? ALERT_RULES[r.rule] : null;
      return {
        id: r.id,
        rule: r.rule,
        ruleTitle: def?.title ?? r.rule,
        severity: def?.severity ?? ('medium' as const),
        status: r.status,
        title: r.title,
        agencyId: r.agency_id,
        agencyName: r.agency_name,
        caseId: r.case_id,
        caseNumber: r.case_number,
        personId: r.person_id,
        itemCode: r.item_code,
        recordType: r.record_type,
        recordId: r.record_id,
        details: r.details,
        firstSeenAt: new Date(r.first_seen_at).toISOString(),
        lastSeenAt: new Date(r.last_seen_at).toISOString(),
        acknowledgedAt: iso(r.acknowledged_at),
        acknowledgedNote: r.acknowledged_note,
        resolvedAt: iso(r.resolved_at),
      };
    }),
    total: Number(total.n),
    counts: { open: count('open'), acknowledged: count('acknowledged'), resolved: count('resolved') },
  };
}

/** One alert with where it lives, for the single-record checks of acknowledge and recheck. */
export async function findAlert(db: Kysely<DB>, id: string) {
  return db
    .selectFrom('alerts')
    .leftJoin('agencies', 'agencies.id', 'alerts.agency_id')
    .select(['alerts.id', 'alerts.rule', 'alerts.status', 'alerts.agency_id', 'agencies.region_code'])
    .where('alerts.id', '=', id)
    .executeTakeFirst();
}

export function runView(r: {
  id: string;
  trigger: string;
  status: 'queued' | 'running' | 'finished' | 'failed';
  requested_at: Date;
  finished_at: Date | null;
  rules_total: number;
  rules_done: number;
  found: number;
  opened: number;
  resolved: number;
  error: string | null;
}) {
  return {
    id: r.id,
    trigger: r.trigger,
    status: r.status,
    requestedAt: new Date(r.requested_at).toISOString(),
    finishedAt: r.finished_at ? new Date(r.finished_at).toISOString() : null,
    rulesTotal: r.rules_total,
    rulesDone: r.rules_done,
    found: r.found,
    opened: r.opened,
    resolved: r.resolved,
    error: r.error,
  };
}

export async function latestRun(db: Kysely<DB>) {
  const r = await db.selectFrom('alert_runs').selectAll().orderBy('requested_at', 'desc').limit(1).executeTakeFirst();
  return { run: r ? runView(r) : null };
}
