// Issue 10 (outside probe), finding 4: rows cut off the end of the audit chain, or all of them,
// are noticed through the checkpoint kept in the key folder.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPlatform } from '../../src/bootstrap';
import { loadConfig, REPO_ROOT } from '../../src/config';
import { appendAudit, verifyAuditChain } from '../../src/platform/audit';
import { CHECKPOINT_FILE, CHECKPOINT_LOG, readCheckpoint, writeCheckpoint } from '../../src/platform/audit-checkpoint';
import { createTestPlatform, type TestPlatform } from '../helpers';

let p: TestPlatform;
let keyDir: string;
beforeAll(async () => {
  keyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhifa-keys-'));
  p = await createTestPlatform({ demo: false, config: { keyDir } });
});
afterAll(async () => {
  await p?.close();
  fs.rmSync(keyDir, { recursive: true, force: true });
});

async function writeRows(n: number) {
  for (let i = 0; i < n; i++) {
    await p.app.db
      .transaction()
      .execute((tx) =>
        appendAudit(tx, p.app.keys.auditSeal, { eventType: 'test.event', outcome: 'success', objectId: String(i) }),
      );
  }
}

async function raw(statement: string) {
  await p.database.exec(`set session_replication_role = replica; ${statement}; set session_replication_role = origin;`);
}

const verify = () =>
  verifyAuditChain(p.app.db, p.app.keys.auditSeal, undefined, readCheckpoint(keyDir, p.app.keys.auditSeal));

describe('finding 4: the chain head is anchored outside the database', () => {
  it('a checkpoint {seq, hash, count} is written to the key folder, sealed, and a new head goes to the shipping log', async () => {
    await writeRows(6);
    const c = await writeCheckpoint(p.app.db, keyDir, p.app.keys.auditSeal, p.app.now());
    expect(c).toMatchObject({
      count: expect.any(Number),
      seq: expect.any(String),
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(readCheckpoint(keyDir, p.app.keys.auditSeal)).toEqual(c);
    const lines = fs.readFileSync(path.join(keyDir, CHECKPOINT_LOG), 'utf8').trim().split('\n');
    expect(JSON.parse(lines.at(-1)!)).toMatchObject({ event: 'audit.checkpoint', seq: c!.seq, seal: c!.seal });
    expect((await verify()).ok).toBe(true);
  });

  it('deleting the last 3 rows fails verification against the checkpoint', async () => {
    await writeRows(3);
    await writeCheckpoint(p.app.db, keyDir, p.app.keys.auditSeal, p.app.now());
    await raw(`delete from audit_log where seq in (select seq from audit_log order by seq desc limit 3)`);
    const report = await verify();
    expect(report.ok).toBe(false);
    expect(report.firstBroken!.reason).toMatch(/检查点/);
    // …and the shorter chain is not written over the checkpoint.
    await expect(writeCheckpoint(p.app.db, keyDir, p.app.keys.auditSeal, p.app.now())).rejects.toThrow(
      /短于上一个检查点/,
    );
  });

  it("rows appended after the cut do not hide it: the checkpoint's own link is gone", async () => {
    await writeRows(5);
    const report = await verify();
    expect(report.ok).toBe(false);
  });

  it('an empty chain fails, with or without a checkpoint', async () => {
    await raw('delete from audit_log');
    expect((await verifyAuditChain(p.app.db, p.app.keys.auditSeal)).ok).toBe(false);
    const report = await verify();
    expect(report.ok).toBe(false);
    expect(report.firstBroken!.reason).toMatch(/为空/);
  });

  it('a checkpoint edited by hand (a smaller count to match the cut chain) is refused', () => {
    const file = path.join(keyDir, CHECKPOINT_FILE);
    const c = JSON.parse(fs.readFileSync(file, 'utf8'));
    fs.writeFileSync(file, JSON.stringify({ ...c, count: 1 }));
    expect(() => readCheckpoint(keyDir, p.app.keys.auditSeal)).toThrow(/封印无效/);
  });

  it("the audit administrator's verification reports an edited checkpoint as a failure, not a server error", async () => {
    const withDemo = await createTestPlatform({ config: { keyDir } });
    try {
      const res = await withDemo.request({
        method: 'GET',
        url: '/api/audit/verify',
        cookie: await withDemo.login('auditadmin'),
      });
      expect(res.statusCode).toBe(200);
      expect(res.json().ok).toBe(false);
      expect(res.json().firstBroken.reason).toMatch(/封印无效/);
    } finally {
      await withDemo.close();
    }
  });
});

describe('npm run audit:verify with the checkpoint', () => {
  it('exits 1 after the last rows are deleted, and after every row is deleted', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhifa-audit-'));
    const env = { ...process.env, ZHIFA_DATA_DIR: dir, ZHIFA_MODE: 'production', DATABASE_URL: '' };
    const config = loadConfig(env);
    const opened = await openPlatform(config);
    for (const id of ['a', 'b', 'c', 'd', 'e']) {
      await opened.app.db
        .transaction()
        .execute((tx) =>
          appendAudit(tx, opened.app.keys.auditSeal, { eventType: 'e', outcome: 'success', objectId: id }),
        );
    }
    await writeCheckpoint(opened.app.db, config.keyDir, opened.app.keys.auditSeal, new Date());
    await opened.database.exec(
      `set session_replication_role = replica; delete from audit_log where seq in (select seq from audit_log order by seq desc limit 3); set session_replication_role = origin;`,
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
        { cwd: REPO_ROOT, env, encoding: 'utf8' },
      );
    const cut = run();
    expect(cut.status, cut.stderr).toBe(1);
    expect(cut.stdout).toMatch(/检查点/);

    const again = await openPlatform(config);
    await again.database.exec(
      `set session_replication_role = replica; delete from audit_log; set session_replication_role = origin;`,
    );
    await again.database.close();
    again.release();
    const empty = run();
    expect(empty.status).toBe(1);
    expect(empty.stdout).toMatch(/为空/);
    expect(empty.stdout).not.toMatch(/共校验 0 条记录/);
    fs.rmSync(dir, { recursive: true, force: true });
  }, 120_000);
});
