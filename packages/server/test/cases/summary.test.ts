// 简易程序 (当场处罚) through POST /api/cases: thresholds, the number issued on the spot, the
// remedies wording, refusal to sign, and the 备案 task with its deadline.
import { idNumberCheckChar } from '@zhifa/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASIS, commandId, createHarness, fine, ITEM, multipart, T0, type Harness } from './fixtures';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => {
  await h?.close();
});

// Each decision fines another person: one act of one party is fined once (行政处罚法 第29条).
let parties = 0;
async function onTheSpot(over: Record<string, unknown> = {}) {
  return {
    party: { kind: 'person', name: `王五（${++parties}）`, birthDate: '1990-01-01' },
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
    ...over,
  };
}

const dayBefore = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

async function create(payload: unknown) {
  return h.p.request({
    method: 'POST',
    url: '/api/cases',
    cookie: await h.cookie('duruan.officer1'),
    body: { procedure: 'summary', payload },
  });
}

async function serial(): Promise<number> {
  const r = await h.p.app.db
    .selectFrom('document_counters')
    .select('last_serial')
    .where('agency_id', '=', await h.agency('杜阮镇'))
    .where('doc_class', '=', '当罚')
    // The demo county may have numbered other years' decisions: this story is in T0's year.
    .where('year', '=', Number(T0.slice(0, 4)))
    .executeTakeFirst();
  return r?.last_serial ?? 0;
}

const codes = (res: { json(): any }) =>
  res.json().details.refusals.map((r: { code: string; article: string }) => `${r.code} ${r.article}`);

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
    expect(codes(await create(await onTheSpot({ party, penalty: fine(100), tier: 'severe' })))).toEqual([
      'tierNotAllowed 行政处罚法 第30条',
    ]);
    expect(await serial()).toBe(before);
    expect(h.ok(await create(await onTheSpot({ party, penalty: fine(100), tier: 'lenient' })), 201).status).toBe(
      'summaryDecided',
    );
  });

  it('行政处罚法 第51条: above 200 yuan for a person, or 3,000 for an organisation, the summary path is refused and nothing is numbered', async () => {
    const before = await serial();
    const person = await create(await onTheSpot({ penalty: fine(201) }));
    expect(person.statusCode).toBe(422);
    expect(codes(person)).toEqual(['summaryFineTooHigh 行政处罚法 第51条']);
    const org = { kind: 'organisation', name: '某某餐饮有限公司' };
    h.ok(await create(await onTheSpot({ party: org, penalty: fine(3000) })), 201);
    const orgOver = await create(await onTheSpot({ party: { ...org, name: '另一餐饮有限公司' }, penalty: fine(3001) }));
    expect(codes(orgOver)).toEqual(['summaryFineTooHigh 行政处罚法 第51条']);
    const kind = await create(await onTheSpot({ penalty: { lines: [{ kind: 'suspendLicence', durationDays: 30 }] } }));
    expect(codes(kind)).toContain('summaryKindNotAllowed 行政处罚法 第51条');
    expect(await serial()).toBe(before + 1);
  });

  it('行政处罚法 第29条: the same act of the same party, already fined on the spot, is not fined again; another day is another act', async () => {
    const party = { kind: 'person', name: '赵六', birthDate: '1985-05-05' };
    h.ok(await create(await onTheSpot({ party, penalty: fine(100) })), 201);
    const again = await create(await onTheSpot({ party, penalty: fine(50) }));
    expect(again.statusCode).toBe(422);
    expect(codes(again)).toEqual(['alreadyFined 行政处罚法 第29条']);
    expect(again.json().message).toMatch(/蓬杜综执当罚〔2026〕\d+号/);
    h.ok(
      await create(
        await onTheSpot({
          party,
          penalty: fine(100),
          occurredAt: `${T0}T09:30`.replace(T0, dayBefore(T0)),
          discoveredOn: dayBefore(T0),
        }),
      ),
      201,
    );
  });

  it('行政处罚法 第32条: the on-the-spot fine is held to the catalogue range for the party type, below the 第51条 limit', async () => {
    const db = h.p.app.db;
    const before = await db
      .selectFrom('enforcement_items')
      .select('penalties')
      .where('code', '=', ITEM.code)
      .executeTakeFirstOrThrow();
    const person = {
      kind: 'fine',
      appliesTo: 'person',
      fineMin: 20,
      fineMax: 50,
      basis: '城市市容和环境卫生管理条例 第34条',
    };
    await db
      .updateTable('enforcement_items')
      .set({ penalties: JSON.stringify([person]) })
      .where('code', '=', ITEM.code)
      .execute();
    try {
      h.ok(await create(await onTheSpot({ penalty: fine(50) })), 201);
      h.ok(await create(await onTheSpot({ penalty: fine(20) })), 201);
      const above = await create(await onTheSpot({ penalty: fine(50.01) }));
      expect(codes(above)).toEqual(['fineAboveMaximum 城市市容和环境卫生管理条例 第34条']);
      const below = await create(await onTheSpot({ penalty: fine(19.99) }));
      expect(codes(below)).toEqual(['belowMinimumNotMitigated 行政处罚法 第32条']);
      // No provision fines an organisation under this item: no fine for it.
      const org = await create(
        await onTheSpot({ party: { kind: 'organisation', name: '某某建材经营部' }, penalty: fine(50) }),
      );
      expect(codes(org)).toEqual(['fineNotProvided 行政处罚法 第4条']);
    } finally {
      await db
        .updateTable('enforcement_items')
        .set({ penalties: JSON.stringify(before.penalties) })
        .where('code', '=', ITEM.code)
        .execute();
    }
  });

  it('行政处罚法 第37条: the provision in force at the act applies on the spot, unless the one in force now is lighter', async () => {
    const db = h.p.app.db;
    const before = await db
      .selectFrom('enforcement_items')
      .select('penalties')
      .where('code', '=', ITEM.code)
      .executeTakeFirstOrThrow();
    const set = (penalties: unknown[]) =>
      db
        .updateTable('enforcement_items')
        .set({ penalties: JSON.stringify(penalties) })
        .where('code', '=', ITEM.code)
        .execute();
    const v = (fineMax: number, from: string | null, to: string | null, basis: string) => ({
      kind: 'fine',
      fineMax,
      ...(from ? { effectiveFrom: from } : {}),
      ...(to ? { effectiveTo: to } : {}),
      basis,
    });
    const oldAct = { occurredAt: '2025-12-20T09:30', discoveredOn: T0 };
    try {
      // The new provision (from 2026-01-01) is lighter: it applies to an act of December 2025.
      await set([v(100, null, '2025-12-31', '某条例（旧） 第10条'), v(50, '2026-01-01', null, '某条例 第10条')]);
      const tooMuch = await create(await onTheSpot({ ...oldAct, penalty: fine(100) }));
      expect(codes(tooMuch)).toEqual(['fineAboveMaximum 某条例 第10条']);
      const lighter = h.ok(await create(await onTheSpot({ ...oldAct, penalty: fine(50) })), 201);
      expect(lighter.warnings).toContainEqual(
        expect.objectContaining({ code: 'lighterNewProvisionApplied', article: '行政处罚法 第37条' }),
      );
      // The new provision is heavier: the act of December 2025 keeps the old maximum; an act of 2026 has the new one.
      await set([v(50, null, '2025-12-31', '某条例（旧） 第10条'), v(100, '2026-01-01', null, '某条例 第10条')]);
      expect(codes(await create(await onTheSpot({ ...oldAct, penalty: fine(100) })))).toEqual([
        'fineAboveMaximum 某条例（旧） 第10条',
      ]);
      h.ok(await create(await onTheSpot({ ...oldAct, penalty: fine(50) })), 201);
      h.ok(
        await create(await onTheSpot({ occurredAt: '2026-01-05T09:30', discoveredOn: T0, penalty: fine(100) })),
        201,
      );
    } finally {
      await set(before.penalties);
    }
  });

  it('行政复议法 第23条: the remedies text sends the party to reconsideration first; wording that offers a direct suit is refused', async () => {
    const res = h.ok(await create(await onTheSpot()), 201);
    const detail = h.ok(
      await h.p.request({ method: 'GET', url: `/api/cases/${res.id}`, cookie: await h.cookie('duruan.officer1') }),
    );
    const text = detail.state.summary.remediesText as string;
    expect(text).toContain('应当先');
    expect(text).toContain('江门市蓬江区人民政府申请行政复议');
    expect(text).not.toMatch(/也可以[^；。]*提起行政诉讼/);
    expect(detail.state.summary.reconsiderationFirst).toBe(true);
    const direct = await create(
      await onTheSpot({
        remediesText: '如不服本决定，可以在六十日内申请行政复议，也可以在六个月内直接向人民法院提起行政诉讼。',
      }),
    );
    expect(codes(direct)).toEqual(['remediesNotReconsiderationFirst 行政复议法 第23条']);
  });

  it('行政处罚法 第52条: the form is handed over once printed, or once its signed copy is uploaded, and the officers state they signed it', async () => {
    const handOver = { handedOverOn: T0, partySigned: true, officersSigned: true };
    const printed = h.ok(await create(await onTheSpot()), 201);
    const unprinted = await h.cmd(printed.id, 'duruan.officer1', 'recordSummaryService', handOver);
    expect(codes(unprinted)).toEqual(['onTheSpotDecisionNotPrinted 行政处罚法 第52条第1–2款']);
    expect(unprinted.json().details.refusals[0].message).toBe(
      '当场行政处罚决定书尚未打印：请先打印并由执法人员签名，或上传已签名的决定书',
    );
    await h.print(printed.id, 'duruan.officer1', 'onTheSpotDecision');
    const unsigned = await h.cmd(printed.id, 'duruan.officer1', 'recordSummaryService', {
      ...handOver,
      officersSigned: false,
    });
    expect(codes(unsigned)).toEqual(['officersNotSigned 行政处罚法 第52条第1–2款']);
    expect(h.ok(await h.cmd(printed.id, 'duruan.officer1', 'recordSummaryService', handOver)).status).toBe(
      'summaryServed',
    );

    // Printed elsewhere and signed: the uploaded signed copy stands for the print.
    const uploaded = h.ok(await create(await onTheSpot()), 201);
    const form = await h.p.app.db
      .selectFrom('documents')
      .select('id')
      .where('case_id', '=', uploaded.id)
      .where('kind', '=', 'onTheSpotDecision')
      .executeTakeFirstOrThrow();
    const copy = multipart(
      { commandId: commandId() },
      { name: 'signed.pdf', type: 'application/pdf', data: Buffer.from('%PDF-1.4\n% signed on the spot\n%%EOF\n') },
    );
    h.ok(
      await h.p.fastify.inject({
        method: 'POST',
        url: `/api/documents/${form.id}/signed-copies`,
        headers: { ...copy.headers, cookie: await h.cookie('duruan.officer1') },
        payload: copy.body,
      }),
      201,
    );
    const versions = await h.p.app.db
      .selectFrom('document_versions')
      .select('version')
      .where('document_id', '=', form.id)
      .execute();
    expect(versions).toEqual([]);
    expect(h.ok(await h.cmd(uploaded.id, 'duruan.officer1', 'recordSummaryService', handOver)).status).toBe(
      'summaryServed',
    );
  });

  it('行政处罚法 第52条: a refusal to sign must be noted; then the 备案 task runs with its deadline until it is filed', async () => {
    const res = h.ok(await create(await onTheSpot()), 201);
    await h.print(res.id, 'duruan.officer1', 'onTheSpotDecision');
    const unsigned = await h.cmd(res.id, 'duruan.officer1', 'recordSummaryService', {
      handedOverOn: T0,
      partySigned: false,
      officersSigned: true,
    });
    expect(codes(unsigned)).toEqual(['summaryRefusalNotNoted 行政处罚法 第52条第1款']);
    const served = h.ok(
      await h.cmd(res.id, 'duruan.officer1', 'recordSummaryService', {
        handedOverOn: T0,
        partySigned: false,
        refusalNote: '当事人拒绝签收，执法人员已当场注明',
        officersSigned: true,
      }),
    );
    expect(served.status).toBe('summaryServed');

    const detail = h.ok(
      await h.p.request({ method: 'GET', url: `/api/cases/${res.id}`, cookie: await h.cookie('duruan.officer1') }),
    );
    // 3 working days (住建 practice, the configured default) from Monday 2 March.
    expect(detail.deadlines.find((d: { key: string }) => d.key === 'summaryFiling')).toMatchObject({
      due: '2026-03-05',
      status: 'open',
      dueSoon: true,
      basis: '行政处罚法 第52条第3款',
    });
    const bench = h.ok(
      await h.p.request({ method: 'GET', url: '/api/workbench', cookie: await h.cookie('duruan.officer1') }),
    );
    expect(bench.todo.map((t: { id: string }) => t.id)).toContain(`${res.id}:fileSummaryRecord`);
    expect(bench.deadlines.map((t: { id: string }) => t.id)).toContain(`${res.id}:summaryFiling`);
    const approvals = h.ok(
      await h.p.request({ method: 'GET', url: '/api/queues/approval', cookie: await h.cookie('duruan.head') }),
    );
    expect(approvals.items.map((i: { id: string }) => i.id)).toContain(`${res.id}:fileSummaryRecord`);

    const filed = h.ok(
      await h.cmd(res.id, 'duruan.officer1', 'fileSummaryRecord', { filedWith: '江门市蓬江区杜阮镇人民政府' }),
    );
    expect(filed.status).toBe('summaryFiled');
    h.ok(
      await h.cmd(res.id, 'duruan.officer1', 'recordPayment', {
        amount: 200,
        paidOn: T0,
        channel: 'electronic',
        receiptNo: '粤财罚〔2026〕000777',
      }),
    );
    h.ok(await h.cmd(res.id, 'duruan.head', 'closeCase', { reason: 'executed', report: '当场处罚已执行完毕' }));
    const archived = h.ok(await h.cmd(res.id, 'duruan.officer1', 'archiveCase', { retention: 'thirtyYears' }));
    expect(archived.documents[0].number).toMatch(/^2026\d{4}$/);
    const after = h.ok(
      await h.p.request({ method: 'GET', url: `/api/cases/${res.id}`, cookie: await h.cookie('duruan.officer1') }),
    );
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
