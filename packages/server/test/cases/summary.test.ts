// 简易程序 (当场处罚) through POST /api/cases: thresholds, the number issued on the spot, the
// remedies wording, refusal to sign, and the 备案 task with its deadline.
import { idNumberCheckChar } from '@zhifa/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASIS, createHarness, fine, ITEM, T0, type Harness } from './fixtures';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => {
  await h?.close();
});

async function onTheSpot(over: Record<string, unknown> = {}) {
  return {
    party: { kind: 'person', name: '王五', birthDate: '1990-01-01' },
    items: [{ code: ITEM.code, name: ITEM.name }],
    violation: '在杜阮南路占道摆卖',
    place: '杜阮南路',
    occurredAt: `${T0}T09:30`,
    discoveredOn: T0,
    penalty: fine(200),
    basis: BASIS,
    officerIds: [await h.person('duruan.officer1'), await h.person('duruan.officer2')],
    certificatesShown: true,
    partyHeard: true,
    officersSigned: true,
    ...over,
  };
}

async function create(payload: unknown) {
  return h.p.request({ method: 'POST', url: '/api/cases', cookie: await h.cookie('duruan.officer1'), body: { procedure: 'summary', payload } });
}

async function serial(): Promise<number> {
  const r = await h.p.app.db
    .selectFrom('document_counters')
    .select('last_serial')
    .where('agency_id', '=', await h.agency('杜阮镇'))
    .where('doc_class', '=', '当罚')
    .executeTakeFirst();
  return r?.last_serial ?? 0;
}

const codes = (res: { json(): any }) => res.json().details.refusals.map((r: { code: string; article: string }) => `${r.code} ${r.article}`);

describe('summary procedure (简易程序)', () => {
  it('行政处罚法 第51条: a 200-yuan fine on a person is decided on the spot and numbered at once', async () => {
    const res = h.ok(await create(await onTheSpot()), 201);
    expect(res.status).toBe('summaryDecided');
    expect(res.documents[0].number).toMatch(/^蓬杜综执当罚〔2026〕\d+号$/);
    expect(res.documents[0].number).toBe(`蓬杜综执当罚〔2026〕${await serial()}号`);
  });

  it('行政处罚法 第30条: on the 18th birthday (read from the ID number) the party is still a minor: the tier must be 从轻 or 减轻', async () => {
    // Born 2008-03-02: on T0 (2026-03-02) the 18th birthday, still 17 until the next day.
    const body = '44070320080302002';
    const party = { kind: 'person', name: '李小明', idNumber: body + idNumberCheckChar(body) };
    const before = await serial();
    const plain = await create(await onTheSpot({ party, penalty: fine(100) }));
    expect(plain.statusCode).toBe(422);
    expect(codes(plain)).toEqual(['tierNotAllowed 行政处罚法 第30条']);
    expect(codes(await create(await onTheSpot({ party, penalty: fine(100), tier: 'severe' })))).toEqual(['tierNotAllowed 行政处罚法 第30条']);
    expect(await serial()).toBe(before);
    expect(h.ok(await create(await onTheSpot({ party, penalty: fine(100), tier: 'lenient' })), 201).status).toBe('summaryDecided');
  });

  it('行政处罚法 第51条: above 200 yuan for a person, or 3,000 for an organisation, the summary path is refused and nothing is numbered', async () => {
    const before = await serial();
    const person = await create(await onTheSpot({ penalty: fine(201) }));
    expect(person.statusCode).toBe(422);
    expect(codes(person)).toEqual(['summaryFineTooHigh 行政处罚法 第51条']);
    const org = { kind: 'organisation', name: '某某餐饮有限公司' };
    h.ok(await create(await onTheSpot({ party: org, penalty: fine(3000) })), 201);
    const orgOver = await create(await onTheSpot({ party: org, penalty: fine(3001) }));
    expect(codes(orgOver)).toEqual(['summaryFineTooHigh 行政处罚法 第51条']);
    const kind = await create(await onTheSpot({ penalty: { lines: [{ kind: 'suspendLicence', durationDays: 30 }] } }));
    expect(codes(kind)).toContain('summaryKindNotAllowed 行政处罚法 第51条');
    expect(await serial()).toBe(before + 1);
  });

  it('行政复议法 第23条: the remedies text sends the party to reconsideration first; wording that offers a direct suit is refused', async () => {
    const res = h.ok(await create(await onTheSpot()), 201);
    const detail = h.ok(await h.p.request({ method: 'GET', url: `/api/cases/${res.id}`, cookie: await h.cookie('duruan.officer1') }));
    const text = detail.state.summary.remediesText as string;
    expect(text).toContain('应当先');
    expect(text).toContain('江门市蓬江区人民政府申请行政复议');
    expect(text).not.toMatch(/也可以[^；。]*提起行政诉讼/);
    expect(detail.state.summary.reconsiderationFirst).toBe(true);
    const direct = await create(
      await onTheSpot({ remediesText: '如不服本决定，可以在六十日内申请行政复议，也可以在六个月内直接向人民法院提起行政诉讼。' }),
    );
    expect(codes(direct)).toEqual(['remediesNotReconsiderationFirst 行政复议法 第23条']);
  });

  it('行政处罚法 第52条: a refusal to sign must be noted; then the 备案 task runs with its deadline until it is filed', async () => {
    const res = h.ok(await create(await onTheSpot()), 201);
    const unsigned = await h.cmd(res.id, 'duruan.officer1', 'recordSummaryService', { handedOverOn: T0, partySigned: false });
    expect(codes(unsigned)).toEqual(['summaryRefusalNotNoted 行政处罚法 第52条第1款']);
    const served = h.ok(await h.cmd(res.id, 'duruan.officer1', 'recordSummaryService', { handedOverOn: T0, partySigned: false, refusalNote: '当事人拒绝签收，执法人员已当场注明' }));
    expect(served.status).toBe('summaryServed');

    const detail = h.ok(await h.p.request({ method: 'GET', url: `/api/cases/${res.id}`, cookie: await h.cookie('duruan.officer1') }));
    // 3 working days (住建 practice, the configured default) from Monday 2 March.
    expect(detail.deadlines.find((d: { key: string }) => d.key === 'summaryFiling')).toMatchObject({ due: '2026-03-05', status: 'open', dueSoon: true, basis: '行政处罚法 第52条第3款' });
    const bench = h.ok(await h.p.request({ method: 'GET', url: '/api/workbench', cookie: await h.cookie('duruan.officer1') }));
    expect(bench.todo.map((t: { id: string }) => t.id)).toContain(`${res.id}:fileSummaryRecord`);
    expect(bench.deadlines.map((t: { id: string }) => t.id)).toContain(`${res.id}:summaryFiling`);
    const approvals = h.ok(await h.p.request({ method: 'GET', url: '/api/queues/approval', cookie: await h.cookie('duruan.head') }));
    expect(approvals.items.map((i: { id: string }) => i.id)).toContain(`${res.id}:fileSummaryRecord`);

    const filed = h.ok(await h.cmd(res.id, 'duruan.officer1', 'fileSummaryRecord', { filedWith: '江门市蓬江区杜阮镇人民政府' }));
    expect(filed.status).toBe('summaryFiled');
    h.ok(await h.cmd(res.id, 'duruan.officer1', 'recordPayment', { amount: 200, paidOn: T0, channel: 'electronic', receiptNo: '粤财罚〔2026〕000777' }));
    h.ok(await h.cmd(res.id, 'duruan.head', 'closeCase', { reason: 'executed', report: '当场处罚已执行完毕' }));
    const archived = h.ok(await h.cmd(res.id, 'duruan.officer1', 'archiveCase', { retention: 'thirtyYears' }));
    expect(archived.documents[0].number).toMatch(/^2026\d{4}$/);
    const after = h.ok(await h.p.request({ method: 'GET', url: `/api/cases/${res.id}`, cookie: await h.cookie('duruan.officer1') }));
    expect(after.deadlines.filter((d: { status: string }) => d.status !== 'met')).toEqual([]);
  });

  it('行政处罚法 第52条: only an officer present on the spot records the decision', async () => {
    const res = await h.p.request({
      method: 'POST',
      url: '/api/cases',
      cookie: await h.cookie('duruan.officer3'),
      body: { procedure: 'summary', payload: await onTheSpot() },
    });
    expect(codes(res)).toEqual(['notOnTheSpot 行政处罚法 第52条第1–2款']);
  });
});
