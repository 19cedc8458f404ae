// The audit rows of a unit of work go out in its write batch, linked by the server to the tail
// it last wrote (platform/chain-append.ts). security.md §14: whatever the guess, the chain stays
// one unbroken line — another process, a rolled-back transaction and concurrent requests only
// cost a second statement.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain, type AuditEntry } from '../../src/platform/audit';
import { appendWithWrites } from '../../src/platform/chain-append';
import { createAppContext, type AppContext } from '../../src/platform/context';
import { createTestPlatform, type TestPlatform } from '../helpers';

let p: TestPlatform;
beforeAll(async () => {
  p = await createTestPlatform({ demo: false });
});
afterAll(async () => {
  await p?.close();
});

const entry = (n: number): AuditEntry => ({
  eventType: 'test.chain',
  outcome: 'success',
  objectType: 'thing',
  objectId: String(n),
  details: { n, nested: { b: 2, a: 1 } },
});

function append(app: AppContext, entries: AuditEntry | AuditEntry[], fail = false) {
  return app.db.transaction().execute(async (tx) => {
    const path = await appendWithWrites(tx, app.keys.auditSeal, app.auditTip, entries, [], new Date().toISOString());
    if (fail) throw new Error('rolled back on purpose');
    return path;
  });
}

async function seqs(): Promise<number[]> {
  const rows = await p.app.db.selectFrom('audit_log').select('seq').orderBy('seq').execute();
  return rows.map((r) => Number(r.seq));
}

async function expectIntactChain() {
  const report = await verifyAuditChain(p.app.db, p.app.keys.auditSeal);
  expect(report.firstBroken).toBeUndefined();
  expect(report.ok).toBe(true);
  const all = await seqs();
  // Each seq is the tail's plus one (migration 0145): no gaps, whatever was rolled back.
  expect(all).toEqual(all.map((_, i) => all[0] + i));
}

describe('audit rows linked in the write batch (security.md §14)', () => {
  it('the first append of a process reads the head; the next ones link to the tip in one statement', async () => {
    const app = createAppContext(p.app.config, p.app.database, p.app.keys, p.app.now);
    expect(await append(app, entry(1))).toBe('relinked');
    expect(await append(app, entry(2))).toBe('guess');
    expect(await append(app, [entry(3), entry(4), entry(5)])).toBe('guess');
    await expectIntactChain();
  });

  it('another process writing in between costs one relink, and the chain stays one line', async () => {
    const a = createAppContext(p.app.config, p.app.database, p.app.keys, p.app.now);
    const b = createAppContext(p.app.config, p.app.database, p.app.keys, p.app.now);
    await append(a, entry(10));
    expect(await append(a, entry(11))).toBe('guess');
    await append(b, entry(12));
    expect(await append(a, entry(13))).toBe('relinked');
    expect(await append(a, entry(14))).toBe('guess');
    await expectIntactChain();
  });

  it('a rolled-back append leaves the tip ahead of the chain: the next append relinks, with no gap in seq', async () => {
    const app = createAppContext(p.app.config, p.app.database, p.app.keys, p.app.now);
    await append(app, entry(20));
    await expect(append(app, entry(21), true)).rejects.toThrow('rolled back on purpose');
    expect(await append(app, entry(22))).toBe('relinked');
    await expectIntactChain();
    const objects = await p.app.db
      .selectFrom('audit_log')
      .select('object_id')
      .where('event_type', '=', 'test.chain')
      .where('object_id', 'in', ['20', '21', '22'])
      .orderBy('seq')
      .execute();
    expect(objects.map((o) => o.object_id)).toEqual(['20', '22']);
  });

  it('twenty concurrent appends of one process all land, in one unbroken chain', async () => {
    const app = createAppContext(p.app.config, p.app.database, p.app.keys, p.app.now);
    await append(app, entry(30));
    const before = (await seqs()).length;
    const paths = await Promise.all(Array.from({ length: 20 }, (_, i) => append(app, entry(31 + i))));
    expect((await seqs()).length).toBe(before + 20);
    // The appends take turns from guess to answer, so each guess is the tail its statement finds.
    expect(paths.filter((x) => x === 'relinked')).toEqual([]);
    await expectIntactChain();
  });

  it('a transaction that appends twice while another append waits for its lock does not deadlock', async () => {
    const app = createAppContext(p.app.config, p.app.database, p.app.keys, p.app.now);
    await append(app, entry(70));
    let second: Promise<unknown> = Promise.resolve();
    await app.db.transaction().execute(async (tx) => {
      await appendWithWrites(tx, app.keys.auditSeal, app.auditTip, entry(71), [], new Date().toISOString());
      // Another request's append takes its turn and waits for this transaction's chain lock…
      second = append(app, entry(72));
      await new Promise((r) => setTimeout(r, 50));
      // …while this transaction appends again: it waits for its turn a bounded time, then goes on.
      await appendWithWrites(tx, app.keys.auditSeal, app.auditTip, entry(73), [], new Date().toISOString());
    });
    await second;
    await expectIntactChain();
  });

  it('the writes of the batch commit with the rows, and roll back with them', async () => {
    const app = createAppContext(p.app.config, p.app.database, p.app.keys, p.app.now);
    await append(app, entry(60));
    const write = (key: string) => () =>
      app.db.insertInto('settings').values({ key, value: JSON.stringify({ on: true }) });
    await app.db.transaction().execute(async (tx) => {
      await appendWithWrites(
        tx,
        app.keys.auditSeal,
        app.auditTip,
        entry(61),
        [write('chain.kept')],
        new Date().toISOString(),
      );
    });
    await expect(
      app.db.transaction().execute(async (tx) => {
        await appendWithWrites(
          tx,
          app.keys.auditSeal,
          app.auditTip,
          entry(62),
          [write('chain.dropped')],
          new Date().toISOString(),
        );
        throw new Error('rolled back on purpose');
      }),
    ).rejects.toThrow();
    const keys = await app.db.selectFrom('settings').select('key').where('key', 'like', 'chain.%').execute();
    expect(keys.map((k) => k.key)).toEqual(['chain.kept']);
    await expectIntactChain();
  });
});
