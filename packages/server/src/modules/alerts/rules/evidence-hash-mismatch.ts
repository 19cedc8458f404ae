// 证据文件与登记哈希不符: the stored object of an evidence record is missing or its SHA-256 no
// longer matches the one registered at upload. Incremental (ADR 0019): each run hashes a bounded
// batch of the files not verified within REVERIFY_DAYS (never-checked first, then the oldest) plus
// every file found wrong before, records the result in evidence_checks, and reports every file
// whose last check failed. The database is not held while files are hashed.
import crypto from 'node:crypto';
import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { sql } from 'kysely';
import { objectPath } from '../../cases/evidence/evidence-store';
import type { AlertRule, Finding, RuleContext } from './rule';

/** A file verified this many days ago is due again. */
export const REVERIFY_DAYS = 7;
/** Files hashed per run at most (besides those already found wrong). */
export const EVIDENCE_BATCH = 2000;

async function hashOf(file: string): Promise<string | null> {
  const h = crypto.createHash('sha256');
  try {
    await pipeline(fs.createReadStream(file), h);
  } catch {
    return null;
  }
  return h.digest('hex');
}

async function dueFiles({ db }: RuleContext, now: Date, batch: number) {
  const before = new Date(now.getTime() - REVERIFY_DAYS * 86_400_000);
  const [due, wrong] = await Promise.all([
    db
      .selectFrom('evidence')
      .leftJoin('evidence_checks as c', 'c.evidence_id', 'evidence.id')
      .select(['evidence.id', 'evidence.sha256'])
      .where((eb) => eb.or([eb('c.verified_at', 'is', null), eb('c.verified_at', '<', before)]))
      .orderBy(sql`c.verified_at asc nulls first`)
      .orderBy('evidence.id')
      .limit(batch)
      .execute(),
    db
      .selectFrom('evidence_checks as c')
      .innerJoin('evidence', 'evidence.id', 'c.evidence_id')
      .select(['evidence.id', 'evidence.sha256'])
      .where('c.ok', '=', false)
      .execute(),
  ]);
  const seen = new Set(due.map((r) => r.id));
  return [...due, ...wrong.filter((r) => !seen.has(r.id))];
}

/** Hashes the files due and records what was found; returns how many were hashed. */
export async function verifyEvidenceFiles(ctx: RuleContext, batch = EVIDENCE_BATCH): Promise<number> {
  const now = ctx.app.now();
  const files = await dueFiles(ctx, now, batch);
  const results: { evidence_id: string; verified_at: Date; ok: boolean; actual_sha256: string | null }[] = [];
  for (const f of files) {
    const actual = await hashOf(objectPath(ctx.app.config.evidenceDir, f.sha256));
    const ok = actual === f.sha256;
    results.push({ evidence_id: f.id, verified_at: now, ok, actual_sha256: ok ? null : actual });
  }
  for (let i = 0; i < results.length; i += 500) {
    await ctx.db
      .insertInto('evidence_checks')
      .values(results.slice(i, i + 500))
      .onConflict((oc) =>
        oc.column('evidence_id').doUpdateSet((eb) => ({
          verified_at: eb.ref('excluded.verified_at'),
          ok: eb.ref('excluded.ok'),
          actual_sha256: eb.ref('excluded.actual_sha256'),
        })),
      )
      .execute();
  }
  return results.length;
}

export const evidenceHashMismatch: AlertRule = {
  id: 'evidenceHashMismatch',
  async find(ctx) {
    await verifyEvidenceFiles(ctx);
    const rows = await ctx.db
      .selectFrom('evidence_checks as c')
      .innerJoin('evidence', 'evidence.id', 'c.evidence_id')
      .innerJoin('cases', 'cases.id', 'evidence.case_id')
      .select([
        'evidence.id',
        'evidence.sha256',
        'evidence.title',
        'evidence.case_id',
        'evidence.agency_id',
        'cases.number',
        'c.actual_sha256',
      ])
      .where('c.ok', '=', false)
      .orderBy('evidence.id')
      .execute();
    return rows.map((r): Finding => ({
      subjectKey: r.id,
      agencyId: r.agency_id,
      caseId: r.case_id,
      recordType: 'evidence',
      recordId: r.id,
      title: `${r.number}：证据「${r.title}」${r.actual_sha256 === null ? '的存储文件缺失' : '的存储文件与登记的哈希不符'}`,
      details: { registered: r.sha256, actual: r.actual_sha256 },
    }));
  },
};
