// Turn one rule's findings into alert records: upsert by (rule, subject) — a resolved alert found
// again reopens, an open or acknowledged one keeps its status — and resolve the rule's active
// alerts no longer found. An active alert found again saying the same (its fingerprint) is not
// rewritten: the rule's check time says it was seen (ADR 0023), so a run over a million cases
// writes only what changed. Two forms: inside one given transaction (a recheck's unit of work, the
// demo seed), and in steps of their own (a run: CHUNK findings per short transaction, paced, so a
// rule with many findings never holds the connection for long; ADR 0020).
import crypto from 'node:crypto';
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { notifyOpened } from './notify-alerts';
import type { Pace } from './run-pace';
import type { AlertRule, Finding } from './rules/rule';

const CHUNK = 500;

export interface Applied {
  opened: Finding[];
  resolved: number;
}

/** A rule may name the same subject twice (two rows behind one situation): the first wins. */
function uniqueFindings(findings: Finding[]): Finding[] {
  const unique = new Map<string, Finding>();
  for (const f of findings) if (!unique.has(f.subjectKey)) unique.set(f.subjectKey, f);
  return [...unique.values()];
}

/** What a finding says, beyond its subject: when it changes, the alert is rewritten. */
export function fingerprint(f: Finding): string {
  return crypto
    .createHash('sha256')
    .update(
      JSON.stringify([
        f.title,
        f.agencyId,
        f.caseId ?? null,
        f.personId ?? null,
        f.itemCode ?? null,
        f.recordType ?? null,
        f.recordId ?? null,
        f.details ?? {},
      ]),
    )
    .digest('base64url')
    .slice(0, 22);
}

async function activeAlerts(db: Kysely<DB>, rule: AlertRule) {
  return db
    .selectFrom('alerts')
    .select(['id', 'subject_key', 'fingerprint'])
    .where('rule', '=', rule.id)
    .where('status', '<>', 'resolved')
    .execute();
}

type Active = Awaited<ReturnType<typeof activeAlerts>>;

/** The findings to write: new, reopened (not active) or saying something else than their active alert. */
function toWrite(list: Finding[], active: Active): Finding[] {
  const said = new Map(active.map((a) => [a.subject_key, a.fingerprint]));
  return list.filter((f) => said.get(f.subjectKey) !== fingerprint(f));
}

/** The rule has just checked every subject: its active alerts found again were seen now. */
async function markChecked(db: Kysely<DB>, rule: AlertRule, now: Date): Promise<void> {
  await db
    .insertInto('alert_rule_checks')
    .values({ rule: rule.id, checked_at: now })
    .onConflict((oc) => oc.column('rule').doUpdateSet({ checked_at: now }))
    .execute();
}

async function upsert(db: Kysely<DB>, rule: AlertRule, chunk: Finding[], now: Date): Promise<void> {
  await db
    .insertInto('alerts')
    .values(
      chunk.map((f) => ({
        rule: rule.id,
        subject_key: f.subjectKey,
        agency_id: f.agencyId,
        case_id: f.caseId ?? null,
        person_id: f.personId ?? null,
        item_code: f.itemCode ?? null,
        record_type: f.recordType ?? null,
        record_id: f.recordId ?? null,
        title: f.title,
        details: JSON.stringify(f.details ?? {}),
        first_seen_at: now,
        last_seen_at: now,
        fingerprint: fingerprint(f),
      })),
    )
    .onConflict((oc) =>
      oc.columns(['rule', 'subject_key']).doUpdateSet({
        title: (eb) => eb.ref('excluded.title'),
        details: (eb) => eb.ref('excluded.details'),
        agency_id: (eb) => eb.ref('excluded.agency_id'),
        last_seen_at: (eb) => eb.ref('excluded.last_seen_at'),
        fingerprint: (eb) => eb.ref('excluded.fingerprint'),
        status: sql`case when alerts.status = 'resolved' then 'open' else alerts.status end`,
        resolved_at: null,
        first_seen_at: sql`case when alerts.status = 'resolved' then excluded.first_seen_at else alerts.first_seen_at end`,
      }),
    )
    .execute();
}

async function resolve(db: Kysely<DB>, ids: string[], now: Date): Promise<void> {
  await db.updateTable('alerts').set({ status: 'resolved', resolved_at: now }).where('id', 'in', ids).execute();
}

/** `tx` is a transaction: a recheck's unit of work, or the demo seed's. */
export async function applyFindings(tx: Kysely<DB>, rule: AlertRule, findings: Finding[], now: Date): Promise<Applied> {
  const list = uniqueFindings(findings);
  const active = await activeAlerts(tx, rule);
  const activeKeys = new Set(active.map((a) => a.subject_key));
  const writes = toWrite(list, active);
  for (let i = 0; i < writes.length; i += CHUNK) await upsert(tx, rule, writes.slice(i, i + CHUNK), now);
  const found = new Set(list.map((f) => f.subjectKey));
  const gone = active.filter((a) => !found.has(a.subject_key)).map((a) => a.id);
  for (let i = 0; i < gone.length; i += CHUNK) await resolve(tx, gone.slice(i, i + CHUNK), now);
  await markChecked(tx, rule, now);
  return { opened: list.filter((f) => !activeKeys.has(f.subjectKey)), resolved: gone.length };
}

/**
 * A run's form: each chunk of findings upserted, and the newly opened among them notified, in a
 * short transaction of its own; then the alerts no longer found resolved, a chunk per statement.
 * A run cut short leaves the rest to the next run (upserts and resolutions are idempotent).
 * Returns the outside messages to send (SMS of grave alerts), as notifyOpened does.
 */
export async function applyFindingsInSteps(
  db: Kysely<DB>,
  rule: AlertRule,
  findings: Finding[],
  now: Date,
  pace: Pace,
): Promise<Applied & { send: () => Promise<void> }> {
  const list = uniqueFindings(findings);
  const active = await activeAlerts(db, rule);
  const activeKeys = new Set(active.map((a) => a.subject_key));
  const opened = list.filter((f) => !activeKeys.has(f.subjectKey));
  const writes = toWrite(list, active);
  const sends: (() => Promise<void>)[] = [];
  for (let i = 0; i < writes.length; i += CHUNK) {
    const chunk = writes.slice(i, i + CHUNK);
    sends.push(
      await pace(() =>
        db.transaction().execute(async (tx) => {
          await upsert(tx, rule, chunk, now);
          return notifyOpened(
            tx,
            rule,
            chunk.filter((f) => !activeKeys.has(f.subjectKey)),
            now,
          );
        }),
      ),
    );
  }
  const found = new Set(list.map((f) => f.subjectKey));
  const gone = active.filter((a) => !found.has(a.subject_key)).map((a) => a.id);
  for (let i = 0; i < gone.length; i += CHUNK) await pace(() => resolve(db, gone.slice(i, i + CHUNK), now));
  await markChecked(db, rule, now);
  return {
    opened,
    resolved: gone.length,
    send: async () => {
      for (const send of sends) await send();
    },
  };
}
