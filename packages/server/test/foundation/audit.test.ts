import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit, verifyAuditChain } from '../../src/platform/audit';
import { createTestPlatform, type TestPlatform } from '../helpers';
import { loadConfig, REPO_ROOT } from '../../src/config';
import { openPlatform } from '../../src/bootstrap';

let p: TestPlatform;
beforeAll(async () => {
  p = await createTestPlatform({ demo: false });
});
afterAll(async () => {
  await p?.close();
});

async function writeRows(n: number) {
  for (let i = 0; i < n; i++) {
    await p.app.db.transaction().execute((tx) =>
      appendAudit(tx, p.app.keys.auditSeal, {
        eventType: 'test.event',
        outcome: 'success',
        objectType: 'thing',
        objectId: String(i),
        details: { i },
      }),
    );
  }
}

/** Tampering needs the triggers out of the way, as an attacker with raw SQL access would do. */
async function raw(statement: string) {
  await p.database.exec(`set session_replication_role = replica; ${statement}; set session_replication_role = origin;`);
}

async function seqs(): Promise<string[]> {
  return (await p.app.db.selectFrom('audit_log').select('seq').orderBy('seq').execute()).map((r) => String(r.seq));
}

describe('audit chain', () => {
  it('the chain verifies after writes, and the database refuses UPDATE, DELETE and TRUNCATE', async () => {
    await writeRows(10);
    expect((await verifyAuditChain(p.app.db, p.app.keys.auditSeal)).ok).toBe(true);
    await expect(sql`update audit_log set outcome = 'failure'`.execute(p.app.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_log`.execute(p.app.db)).rejects.toThrow(/append-only/);
    await expect(sql`truncate audit_log`.execute(p.app.db)).rejects.toThrow(/append-only/);
    expect(await seqs()).toHaveLength(10);
  });

  it('detects a row whose content was changed, at that row', async () => {
    const s = await seqs();
    await raw(`update audit_log set object_id = 'forged' where seq = ${s[3]}`);
    const report = await verifyAuditChain(p.app.db, p.app.keys.auditSeal);
    expect(report.ok).toBe(false);
    expect(report.firstBroken!.seq).toBe(s[3]);
    await raw(`update audit_log set object_id = '3' where seq = ${s[3]}`);
    expect((await verifyAuditChain(p.app.db, p.app.keys.auditSeal)).ok).toBe(true);
  });

  it('detects a deleted row at the row after it', async () => {
    await writeRows(3);
    const s = await seqs();
    await raw(`delete from audit_log where seq = ${s[5]}`);
    const report = await verifyAuditChain(p.app.db, p.app.keys.auditSeal);
    expect(report.ok).toBe(false);
    expect(report.firstBroken!.seq).toBe(s[6]);
  });

  it('detects reordered rows (two rows swapped)', async () => {
    const fresh = await createTestPlatform({ demo: false });
    try {
      for (let i = 0; i < 6; i++) {
        await fresh.app.db
          .transaction()
          .execute((tx) =>
            appendAudit(tx, fresh.app.keys.auditSeal, { eventType: 'e', outcome: 'success', objectId: String(i) }),
          );
      }
      const rows = (await fresh.app.db.selectFrom('audit_log').select('seq').orderBy('seq').execute()).map((r) =>
        String(r.seq),
      );
      const [a, b] = [rows[2], rows[3]];
      await fresh.database.exec(
        `set session_replication_role = replica;
         update audit_log set seq = -1 where seq = ${a};
         update audit_log set seq = ${a} where seq = ${b};
         update audit_log set seq = ${b} where seq = -1;
         set session_replication_role = origin;`,
      );
      const report = await verifyAuditChain(fresh.app.db, fresh.app.keys.auditSeal);
      expect(report.ok).toBe(false);
      expect(report.firstBroken!.seq).toBe(a);
    } finally {
      await fresh.close();
    }
  });

  it('a row re-hashed without the seal key is caught by the seal', async () => {
    const fresh = await createTestPlatform({ demo: false });
    try {
      await fresh.app.db
        .transaction()
        .execute((tx) => appendAudit(tx, fresh.app.keys.auditSeal, { eventType: 'e', outcome: 'success' }));
      await fresh.database.exec(
        `set session_replication_role = replica; update audit_log set seal = repeat('a', 64); set session_replication_role = origin;`,
      );
      const report = await verifyAuditChain(fresh.app.db, fresh.app.keys.auditSeal);
      expect(report.firstBroken?.reason).toMatch(/封印/);
    } finally {
      await fresh.close();
    }
  });
});

describe('npm run audit:verify', () => {
  it('exits 0 on an intact chain and non-zero once a row is tampered with', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhifa-audit-'));
    const env = { ...process.env, ZHIFA_DATA_DIR: dir, ZHIFA_MODE: 'production', DATABASE_URL: '' };
    const config = loadConfig(env);
    const opened = await openPlatform(config);
    await opened.app.db
      .transaction()
      .execute((tx) =>
        appendAudit(tx, opened.app.keys.auditSeal, { eventType: 'e', outcome: 'success', objectId: 'x' }),
      );
    await opened.app.db
      .transaction()
      .execute((tx) =>
        appendAudit(tx, opened.app.keys.auditSeal, { eventType: 'e', outcome: 'success', objectId: 'y' }),
      );
    await opened.database.close();
    opened.release();
    const run = () =>
      spawnSync(
        process.execPath,
        [
          path.join(REPO_ROOT, 'node_modules/tsx/dist/cli.mjs'),
          '--conditions=source',
          'packages/server/src/cli/audit-verify.ts',
        ],
        {
          cwd: REPO_ROOT,
          env,
          encoding: 'utf8',
        },
      );
    const good = run();
    expect(good.status, good.stderr).toBe(0);
    expect(good.stdout).toMatch(/审计链完整/);

    const again = await openPlatform(config);
    await again.database.exec(
      `set session_replication_role = replica; update audit_log set object_id = 'z' where object_id = 'x'; set session_replication_role = origin;`,
    );
    await again.database.close();
    again.release();
    const bad = run();
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(/审计链断裂/);
    fs.rmSync(dir, { recursive: true, force: true });
  }, 120_000);
});
