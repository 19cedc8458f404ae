// Idempotent commands, optimistic concurrency on the case version, and gapless decision numbers
// under concurrent decisions (security.md §6.2–6.3).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/platform/audit';
import { DECISION, readyToDecide } from './decidable';
import { commandId, createHarness, PARTY, T0, validId, type Harness } from './fixtures';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => {
  await h?.close();
});

async function interview(recordId: string) {
  return {
    recordId,
    officerIds: [await h.person('duruan.officer1'), await h.person('duruan.officer2')],
    startedAt: `${T0}T08:30`,
    place: '执法办',
    certificatesShown: true,
    signature: { partySigned: true },
    interviewee: '张三',
    summary: '询问',
  };
}

async function actionCount(caseId: string) {
  return (await h.p.app.db.selectFrom('case_actions').select('seq').where('case_id', '=', caseId).execute()).length;
}

describe('idempotent commands', () => {
  it('the same commandId twice appends one action and answers the first result again', async () => {
    const id = await h.investigatingCase();
    const version = await h.version(id);
    const cid = commandId();
    const payload = await interview('XW-1');
    const first = await h.cmd(id, 'duruan.officer1', 'recordInterview', payload, {
      expectedVersion: version,
      commandId: cid,
    });
    const second = await h.cmd(id, 'duruan.officer1', 'recordInterview', payload, {
      expectedVersion: version,
      commandId: cid,
    });
    expect(first.statusCode).toBe(200);
    expect(second.statusCode).toBe(200);
    expect(second.json()).toEqual(first.json());
    expect(second.headers['idempotent-replay']).toBe('true');
    expect(await actionCount(id)).toBe(version + 1);
    const stored = await h.p.app.db
      .selectFrom('case_actions')
      .select('command_id')
      .where('case_id', '=', id)
      .where('seq', '=', version + 1)
      .executeTakeFirstOrThrow();
    expect(stored.command_id).toBe(cid);
  });

  it('the same commandId with another payload is refused with 422 and changes nothing', async () => {
    const id = await h.investigatingCase();
    const version = await h.version(id);
    const cid = commandId();
    h.ok(
      await h.cmd(id, 'duruan.officer1', 'recordInterview', await interview('XW-A'), {
        expectedVersion: version,
        commandId: cid,
      }),
    );
    const other = await h.cmd(id, 'duruan.officer1', 'recordInterview', await interview('XW-B'), {
      expectedVersion: version,
      commandId: cid,
    });
    expect(other.statusCode).toBe(422);
    expect(other.json().code).toBe('COMMAND_ID_REUSED');
    expect(await actionCount(id)).toBe(version + 1);
  });
});

describe('optimistic concurrency', () => {
  it('10 concurrent commands with the same expectedVersion: exactly one succeeds, nine get 409 STALE_VERSION, one action is appended', async () => {
    const id = await h.investigatingCase();
    const version = await h.version(id);
    const cookie = await h.cookie('duruan.officer1');
    const bodies = await Promise.all(
      Array.from({ length: 10 }, async (_, i) => ({
        commandId: commandId(),
        expectedVersion: version,
        type: 'recordInterview',
        payload: await interview(`XW-C${i}`),
      })),
    );
    const results = await Promise.all(
      bodies.map((body) => h.p.request({ method: 'POST', url: `/api/cases/${id}/commands`, cookie, body })),
    );
    const codes = results.map((r) => r.statusCode).sort();
    expect(codes).toEqual([200, 409, 409, 409, 409, 409, 409, 409, 409, 409]);
    expect(
      results
        .filter((r) => r.statusCode === 409)
        .every((r) => r.json().code === 'STALE_VERSION' && r.json().details.currentVersion === version + 1),
    ).toBe(true);
    expect(await actionCount(id)).toBe(version + 1);
    expect(await h.version(id)).toBe(version + 1);
  });
});

describe('concurrent commands (read committed, the case row locked)', () => {
  it('security.md §6.2: the same commandId sent twice at once appends one action; the second answer is the first result replayed', async () => {
    const id = await h.investigatingCase();
    const version = await h.version(id);
    const cid = commandId();
    const payload = await interview('XW-TWIN');
    const [a, b] = await Promise.all([
      h.cmd(id, 'duruan.officer1', 'recordInterview', payload, { expectedVersion: version, commandId: cid }),
      h.cmd(id, 'duruan.officer1', 'recordInterview', payload, { expectedVersion: version, commandId: cid }),
    ]);
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    expect(b.json()).toEqual(a.json());
    expect([a.headers['idempotent-replay'], b.headers['idempotent-replay']].filter((x) => x === 'true')).toHaveLength(
      1,
    );
    expect(await actionCount(id)).toBe(version + 1);
  });

  it("commands on ten different cases at once all succeed: one case's command never conflicts with another's", async () => {
    const ids = await Promise.all(Array.from({ length: 10 }, () => h.investigatingCase()));
    const versions = await Promise.all(ids.map((id) => h.version(id)));
    const results = await Promise.all(
      ids.map(async (id, i) =>
        h.cmd(id, i % 2 ? 'duruan.officer1' : 'duruan.officer2', 'recordInterview', await interview(`XW-M${i}`), {
          expectedVersion: versions[i],
          commandId: commandId(),
        }),
      ),
    );
    expect(results.map((r) => r.statusCode)).toEqual(Array(10).fill(200));
    expect(await Promise.all(ids.map((id) => h.version(id)))).toEqual(versions.map((v) => v + 1));
    const chain = await verifyAuditChain(h.p.app.db, h.p.app.keys.auditSeal);
    expect(chain.ok).toBe(true);
  });
});

describe('gapless decision numbers', () => {
  // Four parties, each fined once for its own act (行政处罚法 第29条).
  let parties = 0;
  async function decidable(): Promise<string> {
    const n = ++parties;
    const id = await h.investigatingCase(undefined, {
      party: { ...PARTY, name: `张三（${n}）`, idNumber: validId('19850612', 300 + n) },
    });
    await readyToDecide(h, id, T0);
    return id;
  }

  it('security.md §6.3, GB/T 9704-2012 7.2.5: four concurrent decisions and one refused decision in one agency leave the 罚 series without gaps or repeats', async () => {
    const ready = [await decidable(), await decidable(), await decidable(), await decidable()];
    const notReady = await h.investigatingCase();
    const agencyId = await h.agency('杜阮镇');
    const counter = async () =>
      (
        await h.p.app.db
          .selectFrom('document_counters')
          .select('last_serial')
          .where('agency_id', '=', agencyId)
          .where('year', '=', 2026)
          .where('doc_class', '=', '罚')
          .executeTakeFirst()
      )?.last_serial ?? 0;
    const before = await counter();
    const results = await Promise.all(
      [...ready, notReady].map(async (id) => h.cmd(id, 'duruan.head', 'decide', DECISION)),
    );
    expect(results.map((r) => r.statusCode)).toEqual([200, 200, 200, 200, 422]);
    const numbers = results.slice(0, 4).map((r) => r.json().documents[0].number as string);
    const serials = numbers.map((n) => Number(/〔2026〕(\d+)号$/.exec(n)![1])).sort((a, b) => a - b);
    expect(serials).toEqual([before + 1, before + 2, before + 3, before + 4]);
    expect(await counter()).toBe(before + 4);
    const stored = await h.p.app.db.selectFrom('cases').select('decision_number').where('id', 'in', ready).execute();
    expect(stored.map((s) => s.decision_number).sort()).toEqual([...numbers].sort());
  });
});
