// A run of the alert rules: each rule's query (the ones over every case a slice at a time), then
// its findings applied in short transactions of their own, the run pausing after each step
// (run-pace.ts), so a run never holds the (single, on PGlite) connection or the server's thread
// for long. Progress is written to the run row after each rule; the run ends with one audit row.
import type { ActiveAlertRuleId } from '@zhifa/domain';
import { appendAuditStandalone } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { applyFindingsInSteps } from './apply-findings';
import { notifyDueWork } from './notify-due-work';
import { pacedFor } from './run-pace';
import { RULE_LIST, RULES } from './rules/index';
import type { AlertRule } from './rules/rule';

export interface RunReport {
  runId: string;
  found: number;
  opened: number;
  resolved: number;
  failed: { rule: string; error: string }[];
  /** Each rule's wall time (its query and its findings applied) and findings: what a run costs, and where. */
  rules: { rule: string; ms: number; found: number }[];
}

// One run at a time per process: a second request waits for the first to finish.
const chains = new WeakMap<AppContext, Promise<unknown>>();

export async function createRun(
  app: AppContext,
  trigger: 'schedule' | 'manual' | 'test',
  requestedBy: string | null,
): Promise<string> {
  const row = await app.db
    .insertInto('alert_runs')
    .values({ trigger, requested_by: requestedBy, requested_at: app.now(), rules_total: RULE_LIST.length })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Run the rules (all, or the ones named) for an existing run row; serialised per process. */
export function executeRun(app: AppContext, runId: string, only?: ActiveAlertRuleId[]): Promise<RunReport> {
  const previous = chains.get(app) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(() => execute(app, runId, only));
  chains.set(app, next);
  return next;
}

/** Create a run and execute it (the schedule, tests, the demo seed). */
export async function runAlertRules(
  app: AppContext,
  opts: { trigger?: 'schedule' | 'manual' | 'test'; only?: ActiveAlertRuleId[] } = {},
): Promise<RunReport> {
  const runId = await createRun(app, opts.trigger ?? 'test', null);
  return executeRun(app, runId, opts.only);
}

async function execute(app: AppContext, runId: string, only?: ActiveAlertRuleId[]): Promise<RunReport> {
  const rules: AlertRule[] = only ? only.map((id) => RULES[id]) : RULE_LIST;
  const report: RunReport = { runId, found: 0, opened: 0, resolved: 0, failed: [], rules: [] };
  await app.db
    .updateTable('alert_runs')
    .set({ status: 'running', started_at: app.now(), rules_total: rules.length })
    .where('id', '=', runId)
    .execute();
  const paced = pacedFor(app.database.kind);
  let done = 0;
  for (const rule of rules) {
    const started = performance.now();
    let found = 0;
    try {
      const now = app.now();
      const findings = await rule.find({ app, db: app.db, today: app.today(), pace: paced });
      const applied = await applyFindingsInSteps(app.db, rule, findings, now, paced);
      await applied.send();
      found = findings.length;
      report.found += findings.length;
      report.opened += applied.opened.length;
      report.resolved += applied.resolved;
    } catch (err) {
      report.failed.push({ rule: rule.id, error: (err as Error).message });
    }
    report.rules.push({ rule: rule.id, ms: Math.round(performance.now() - started), found });
    done++;
    await app.db
      .updateTable('alert_runs')
      .set({ rules_done: done, found: report.found, opened: report.opened, resolved: report.resolved })
      .where('id', '=', runId)
      .execute();
  }
  // A full run also tells people of the queue items and deadlines waiting for them.
  if (!only) {
    try {
      await notifyDueWork(app, app.now(), app.today(), paced);
    } catch (err) {
      report.failed.push({ rule: 'notifyDueWork', error: (err as Error).message });
    }
  }
  await app.db
    .updateTable('alert_runs')
    .set({
      status: report.failed.length ? 'failed' : 'finished',
      finished_at: app.now(),
      error: report.failed.length
        ? report.failed
            .map((f) => `${f.rule}: ${f.error}`)
            .join('; ')
            .slice(0, 2000)
        : null,
    })
    .where('id', '=', runId)
    .execute();
  await appendAuditStandalone(app.db, app.keys.auditSeal, {
    actorId: null,
    actorName: '预警规则',
    actorRole: null,
    agencyId: null,
    sourceIp: null,
    eventType: 'alert.run',
    objectType: 'alert_run',
    objectId: runId,
    outcome: report.failed.length ? 'failure' : 'success',
    requestId: null,
    details: {
      rules: rules.length,
      found: report.found,
      opened: report.opened,
      resolved: report.resolved,
      failed: report.failed,
    },
  });
  return report;
}
