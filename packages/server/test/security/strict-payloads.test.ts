// Issue 10 (outside probe), finding 3: case command payloads accept no unknown key and no junk.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASE_ACTION_TYPES } from '@zhifa/domain';
import { createHarness, PARTY, ITEM, type Harness } from '../cases/fixtures';

let h: Harness;
let caseId: string;
beforeAll(async () => {
  h = await createHarness();
  caseId = await h.investigatingCase();
});
afterAll(async () => {
  await h?.p.close();
});

const ID_NUMBER = '110101199003077777';

async function logged(id: string) {
  return h.p.app.db.selectFrom('case_actions').select(['seq']).where('case_id', '=', id).execute();
}

describe('finding 3: strict payloads', () => {
  it('every action type refuses an unknown key with 422 naming the key, and the log is unchanged', async () => {
    const before = (await logged(caseId)).length;
    const version = await h.version(caseId);
    for (const type of CASE_ACTION_TYPES) {
      const res = await h.cmd(caseId, 'duruan.officer1', type, { madeUpKey: ID_NUMBER }, { expectedVersion: version });
      expect(res.statusCode, type).toBe(422);
      expect(res.json().code, type).toBe('UNKNOWN_FIELD');
      expect(res.json().message, type).toContain('madeUpKey');
    }
    expect((await logged(caseId)).length).toBe(before);
    expect(await h.version(caseId)).toBe(version);
  });

  it('行政处罚法 第59条: a number the agency issues (告知书、决定书、查封扣押决定书文号, 档案号) is refused when a client sends it, naming the field', async () => {
    const before = (await logged(caseId)).length;
    const sent: [string, Record<string, unknown>, string][] = [
      ['issueNotice', { noticeNumber: '蓬杜综执告〔2026〕1号' }, '告知书文号'],
      ['decide', { decisionNumber: '蓬杜综执罚〔2026〕1号' }, '决定书文号'],
      ['applyCoerciveMeasure', { decision: { number: '蓬杜综执扣〔2026〕1号' } }, '决定书 / 文号'],
      ['archiveCase', { archiveNumber: '20260001' }, '档案号'],
    ];
    for (const [type, payload, label] of sent) {
      const res = await h.cmd(caseId, 'duruan.officer1', type, payload);
      expect(res.statusCode, type).toBe(422);
      expect(res.json().code, type).toBe('UNKNOWN_FIELD');
      expect(res.json().message, type).toContain(`「${label}」由系统填写，不能提交`);
    }
    expect((await logged(caseId)).length).toBe(before);
  });

  it('the probe: a recordInterview with 700 KB of junk and a full ID number under a made-up key is refused', async () => {
    const res = await h.cmd(caseId, 'duruan.officer1', 'recordInterview', {
      recordId: 'R-PROBE',
      junk: 'x'.repeat(700 * 1024),
      idNumberNote: ID_NUMBER,
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().message).toMatch(/junk|idNumberNote/);
    const rows = await h.p.app.db.selectFrom('case_actions').selectAll().where('case_id', '=', caseId).execute();
    expect(JSON.stringify(rows)).not.toContain(ID_NUMBER);
  });

  it("a payload within the keys but over its action's size limit is refused", async () => {
    const res = await h.cmd(caseId, 'duruan.head', 'refuseFiling', { reason: '理'.repeat(30_000) });
    expect(res.statusCode).toBe(422);
  });

  it('case creation checks the same way (fileCase, decideOnTheSpot), also one level down', async () => {
    const base = {
      party: PARTY,
      items: [{ code: ITEM.code, name: ITEM.name }],
      source: '日常巡查发现',
      facts: '占道',
      violationDate: '2026-02-26',
      discoveredOn: '2026-03-02',
    };
    const top = await h.fileCase('duruan.officer1', { ...base, extra: 1 });
    expect(top.statusCode).toBe(422);
    expect(top.json().message).toContain('extra');
    const nested = await h.fileCase('duruan.officer1', { ...base, party: { ...PARTY, idCopy: ID_NUMBER } });
    expect(nested.statusCode).toBe(422);
    expect(nested.json().message).toContain('idCopy');
    const summary = await h.p.request({
      method: 'POST',
      url: '/api/cases',
      cookie: await h.cookie('duruan.officer1'),
      body: { procedure: 'summary', payload: { note: 'x' } },
    });
    expect(summary.statusCode).toBe(422);
    expect(summary.json().message).toContain('note');
  });
});
