// Personal identifiers in case actions (个人信息保护法 第51条; security.md §7 items 22 and 28):
// the append-only log holds masked forms only, the clear values sit encrypted in
// case_action_secrets, and reading them back is a permission of its own, scoped and audited.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { secretBinding } from '../../src/modules/cases/commands/protect-payload';
import { finishInvestigation } from './decidable';
import { BASIS, createHarness, fine, PARTY, T0, validId, type Harness } from './fixtures';

let h: Harness;
let caseId: string;
let scheduleSeq: number;
const AGENT_ID = validId('19800101', 456);
const E_ADDRESS = 'zhangsan@example.com';

beforeAll(async () => {
  h = await createHarness();
  caseId = await h.investigatingCase();
  await finishInvestigation(h, caseId, T0);
  h.ok(
    await h.cmd(caseId, 'duruan.officer1', 'issueNotice', {
      intendedPenalty: fine(8000),
      facts: '当事人占道摆卖',
      reasons: '违反条例',
      basis: BASIS,
      rights: { statement: true, defence: true, hearing: true },
    }),
  );
  h.ok(
    await h.cmd(caseId, 'duruan.aux', 'recordNoticeService', {
      method: 'electronic',
      recipient: '张三',
      consentSignedOn: T0,
      arrivedOn: T0,
      electronicAddress: E_ADDRESS,
    }),
  );
  h.setDay('2026-03-03');
  h.ok(await h.cmd(caseId, 'duruan.officer1', 'requestHearing', { requestedOn: '2026-03-03', form: 'written' }));
});
afterAll(async () => {
  await h?.close();
});

const schedule = async (agents: unknown[]) =>
  h.cmd(caseId, 'duruan.reviewer', 'scheduleHearing', {
    hearingDate: '2026-03-13',
    noticeDate: '2026-03-03',
    place: '杜阮镇政府会议室',
    presiderId: await h.person('duruan.reviewer'),
    public: true,
    agents,
  });

const payloadText = async (seq: number) =>
  (
    await h.p.app.db
      .selectFrom('case_actions')
      .select(sql<string>`payload::text`.as('t'))
      .where('case_id', '=', caseId)
      .where('seq', '=', seq)
      .executeTakeFirstOrThrow()
  ).t;

const secretsOf = (seq: number) =>
  h.p.app.db
    .selectFrom('case_action_secrets')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('seq', '=', seq)
    .orderBy('path')
    .execute();

const reveal = async (username: string, seq: number) =>
  h.p.request({ method: 'GET', url: `/api/cases/${caseId}/actions/${seq}/secrets`, cookie: await h.cookie(username) });

describe('case action secrets (depends on protectPayloadSecrets/storeActionSecrets being wired into execute-command.ts)', () => {
  it('个人信息保护法 第51条: an agent ID number failing GB 11643 is refused with 422 and nothing is appended', async () => {
    const before = await h.version(caseId);
    const bad = `${AGENT_ID.slice(0, 17)}${AGENT_ID[17] === '0' ? '1' : '0'}`;
    const res = await schedule([{ name: '李律师', idNumber: bad }]);
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().code).toBe('INVALID_ID_NUMBER');
    expect(res.json().message).toMatch(/^第1名委托代理人的身份证号码无效：/);
    expect(await h.version(caseId)).toBe(before);
  });

  it('个人信息保护法 第51条: the log keeps only the masked agent ID number; the secrets table holds its ciphertext', async () => {
    const res = h.ok(await schedule([{ name: '李律师', idNumber: AGENT_ID }, { name: '王某' }]));
    scheduleSeq = res.seq;
    const masked = `${AGENT_ID.slice(0, 4)}**********${AGENT_ID.slice(-4)}`;
    const text = await payloadText(scheduleSeq);
    expect(text).not.toContain(AGENT_ID);
    expect(text).toContain(masked);
    const detail = h.ok(
      await h.p.request({ method: 'GET', url: `/api/cases/${caseId}`, cookie: await h.cookie('duruan.officer1') }),
    );
    expect(JSON.stringify(detail)).not.toContain(AGENT_ID);
    expect(detail.state.hearing.schedule.agents.map((a: { idNumber?: string }) => a.idNumber)).toEqual([
      masked,
      undefined,
    ]);

    const rows = await secretsOf(scheduleSeq);
    expect(rows.map((r) => r.path)).toEqual(['agents[0].idNumber']);
    expect(rows[0].value_enc).toMatch(/^v2:aes256gcm:/);
    expect(rows[0].value_enc).not.toContain(AGENT_ID);
    // Bound to its row: the same ciphertext under another action's key does not decrypt.
    expect(
      h.p.app.fieldCrypto.decrypt(rows[0].value_enc, secretBinding(caseId, scheduleSeq, 'agents[0].idNumber')),
    ).toBe(AGENT_ID);
    expect(() =>
      h.p.app.fieldCrypto.decrypt(rows[0].value_enc, secretBinding(caseId, scheduleSeq - 1, 'agents[0].idNumber')),
    ).toThrow();
  });

  it("个人信息保护法 第51条, 行政处罚法 第59条: an electronic service address is masked in the log as well; the party's address stays, the decision needs it", async () => {
    const all = await h.p.app.db
      .selectFrom('case_action_secrets')
      .select(['seq', 'path'])
      .where('case_id', '=', caseId)
      .orderBy('seq')
      .execute();
    expect(all.map((r) => `${r.seq}:${r.path}`)).toEqual([
      expect.stringMatching(/^\d+:electronicAddress$/),
      `${scheduleSeq}:agents[0].idNumber`,
    ]);
    const raw = await h.p.app.db
      .selectFrom('case_actions')
      .select(sql<string>`payload::text`.as('t'))
      .where('case_id', '=', caseId)
      .execute();
    expect(raw.some((r) => r.t.includes(PARTY.address))).toBe(true);
    expect(raw.some((r) => r.t.includes(E_ADDRESS))).toBe(false);
  });

  it('security.md 28: the agency head reads the clear values, and the read is audited as case.secrets.reveal', async () => {
    const res = await reveal('duruan.head', scheduleSeq);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual([{ path: 'agents[0].idNumber', value: AGENT_ID }]);
    const filing = h.ok(await reveal('duruan.head', 1));
    expect(filing).toEqual([]);

    const audits = await h.p.app.db
      .selectFrom('audit_log')
      .selectAll()
      .where('event_type', '=', 'case.secrets.reveal')
      .where('object_id', '=', caseId)
      .orderBy('seq')
      .execute();
    expect(audits).toHaveLength(2);
    expect(audits[0]).toMatchObject({
      object_type: 'case',
      outcome: 'success',
      details: { seq: scheduleSeq, paths: ['agents[0].idNumber'] },
    });
    expect(JSON.stringify(audits)).not.toContain(AGENT_ID);
  });

  it("security.md 28: an officer without person:viewIdentity is refused (403), another township's head sees nothing (404)", async () => {
    const officer = await reveal('duruan.officer1', scheduleSeq);
    expect(officer.statusCode).toBe(403);
    expect(officer.body).not.toContain(AGENT_ID);
    const other = await reveal('hetang.head', scheduleSeq);
    expect(other.statusCode).toBe(404);
    expect(other.body).not.toContain(AGENT_ID);
    const missing = await reveal('duruan.head', 999);
    expect(missing.statusCode).toBe(404);
    const audits = await h.p.app.db
      .selectFrom('audit_log')
      .select('event_type')
      .where('event_type', '=', 'case.secrets.reveal')
      .where('object_id', '=', caseId)
      .execute();
    expect(audits).toHaveLength(2);
  });

  it('the secrets are append-only like the action log', async () => {
    await expect(
      sql`update case_action_secrets set value_enc = 'x' where case_id = ${caseId}`.execute(h.p.app.db),
    ).rejects.toThrow(/append-only/);
    await expect(sql`delete from case_action_secrets where case_id = ${caseId}`.execute(h.p.app.db)).rejects.toThrow(
      /append-only/,
    );
  });
});
