// The officer's experience, through the API: queue items carry the moment a step was handed on,
// and a record cannot state a time after it was entered.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, ITEM, PARTY, T0, type Harness } from './fixtures';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('queues', () => {
  it('the approval queue shows 提交时间 as the moment the filing was requested, not midnight', async () => {
    h.p.clock.now = new Date(`${T0}T14:37:00+08:00`);
    const created = h.ok(
      await h.fileCase('duruan.officer1', {
        party: PARTY,
        items: [{ code: ITEM.code, name: ITEM.name }],
        source: '日常巡查发现',
        facts: '当事人在杜阮南路占道摆卖',
        violationDate: '2026-02-20',
        discoveredOn: T0,
        officerIds: [await h.person('duruan.officer1'), await h.person('duruan.officer2')],
      }),
      201,
    );
    h.p.clock.now = new Date(`${T0}T16:00:00+08:00`);
    const queue = h.ok(
      await h.p.request({ method: 'GET', url: '/api/queues/approval', cookie: await h.cookie('duruan.head') }),
    );
    const item = queue.items.find((i: { caseId: string; kind: string }) => i.caseId === created.id);
    expect(item.kind).toBe('approveFiling');
    expect(new Date(item.submittedAt).toISOString()).toBe(new Date(`${T0}T14:37:00+08:00`).toISOString());
  });
});

describe('record times', () => {
  it('行政处罚法 第55条: an interview entered at 04:52 that says it took place at 09:00 the next day is refused', async () => {
    h.setDay(T0);
    const caseId = await h.investigatingCase();
    h.p.clock.now = new Date(`${T0}T04:52:00+08:00`);
    const ids = [await h.person('duruan.officer1'), await h.person('duruan.officer2')];
    const next = new Date(Date.parse(`${T0}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const res = await h.cmd(caseId, 'duruan.officer1', 'recordInterview', {
      recordId: 'XW-9',
      officerIds: ids,
      startedAt: `${next}T09:00`,
      place: '杜阮镇综合执法办',
      certificatesShown: true,
      signature: { partySigned: true },
      avEvidenceId: 'AV-9',
      interviewee: '张三',
      summary: '当事人承认占道摆卖',
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().details.refusals.map((r: { code: string }) => r.code)).toContain('timeAfterRecording');
  });
});
