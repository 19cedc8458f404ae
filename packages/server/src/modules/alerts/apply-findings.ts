// Turn one rule's findings into alert records, in one short transaction: upsert by (rule,
// subject) — a resolved alert found again reopens, an open or acknowledged one keeps its status —
// and resolve the rule's active alerts no longer found. Returns the alerts newly opened.
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { AlertRule, Finding } from './rules/rule';

const CHUNK = 500;

export interface Applied {
  opened: Finding[];
  resolved: number;
}

/** `db` is a transaction: the runner's short one, or a recheck's unit of work. */
export async function applyFindings(tx: Kysely<DB>, rule: AlertRule, findings: Finding[], now: Date): Promise<Applied> {
  // A rule may name the same subject twice (two rows behind one situation): the first wins.
  const unique = new Map<string, Finding>();
  for (const f of findings) if (!unique.has(f.subjectKey)) unique.set(f.subjectKey, f);
  {
    const active = await tx
      .selectFrom('alerts')
      .select(['id', 'subject_key'])
      .where('rule', '=', rule.id)
      .where('status', '<>', 'resolved')
      .execute();
    const activeKeys = new Set(active.map((a) => a.subject_key));
    const list = [...unique.values()];
    for (let i = 0; i < list.length; i += CHUNK) {
      await tx
        .insertInto('alerts')
        .values(
          list.slice(i, i + CHUNK).map((f) => ({
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
          })),
        )
        .onConflict((oc) =>
          oc.columns(['rule', 'subject_key']).doUpdateSet({
            title: (eb) => eb.ref('excluded.title'),
            details: (eb) => eb.ref('excluded.details'),
            agency_id: (eb) => eb.ref('excluded.agency_id'),
            last_seen_at: (eb) => eb.ref('excluded.last_seen_at'),
            status: sql`case when alerts.status = 'resolved' then 'open' else alerts.status end`,
            resolved_at: null,
            first_seen_at: sql`case when alerts.status = 'resolved' then excluded.first_seen_at else alerts.first_seen_at end`,
          }),
        )
        .execute();
    }
    const gone = active.filter((a) => !unique.has(a.subject_key)).map((a) => a.id);
    for (let i = 0; i < gone.length; i += CHUNK) {
      await tx
        .updateTable('alerts')
        .set({ status: 'resolved', resolved_at: now })
        .where('id', 'in', gone.slice(i, i + CHUNK))
        .execute();
    }
    return { opened: list.filter((f) => !activeKeys.has(f.subjectKey)), resolved: gone.length };
  }
}
