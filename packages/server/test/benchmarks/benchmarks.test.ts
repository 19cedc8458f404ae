// The discretion benchmark library through the API (行政处罚法 第34条, 第37条; 国办发〔2022〕27号):
// the demo county's tables, saving a version with its check report, all-or-nothing JSON import and
// export, the calculator's answer for a case, and the decision that applies it — a fine outside the
// benchmark's range needs a written reason and legal review (第58条).
import crypto from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BENCHMARK_FORMAT } from '@zhifa/domain';
import {
  BASIS,
  ITEM,
  ITEM_NOT_DELEGATED,
  NO_CIRCUMSTANCES,
  PARTY,
  REVIEW_PASS,
  createHarness,
  fine,
  sha256,
  T0,
  type Harness,
} from '../cases/fixtures';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => {
  await h?.close();
});

const get = async (url: string, user = 'coordinator') =>
  h.p.request({ method: 'GET', url, cookie: await h.cookie(user) });
const post = async (url: string, body: unknown, user = 'coordinator') =>
  h.p.request({ method: 'POST', url, cookie: await h.cookie(user), body });

const VERSION = {
  title: '蓬江区城市管理行政处罚裁量基准（测试）',
  issuer: '江门市蓬江区城市管理和综合执法局',
  documentNumber: '蓬城管规〔2025〕9号',
  effectiveFrom: '2025-01-01',
  itemNo: 42,
  legalRange: { min: 0, max: 20000 },
  lookBackMonths: 12,
  tiers: [
    {
      no: 1,
      sourceLabel: '及时改正',
      tier: 'lenient',
      when: [{ correctedInTime: true }],
      outcome: { kind: 'range', min: 500, max: 1000 },
    },
    {
      no: 2,
      sourceLabel: '逾期未改正',
      tier: 'standard',
      when: [{ correctedInTime: false }],
      outcome: { kind: 'range', min: 2000, max: 3000 },
    },
  ],
};

describe('the benchmark library', () => {
  it('the demo county has benchmarks for at least 15 items, covering every outcome shape', async () => {
    const list = h.ok(await get('/api/benchmarks'));
    expect(new Set(list.map((b: { itemCode: string }) => b.itemCode)).size).toBeGreaterThanOrEqual(15);
    const kinds = new Set(
      list.flatMap((b: { current: { outcomeKinds: string[] } | null }) => b.current?.outcomeKinds ?? []),
    );
    expect([...kinds].sort()).toEqual(['additive', 'fixed', 'noPenalty', 'ofBase', 'perUnit', 'range']);
    const two = list.find((b: { itemCode: string }) => b.itemCode === 'CSGL-002');
    expect(two.versions).toBe(2);
    const detail = h.ok(await get(`/api/benchmarks/${two.id}`));
    expect(detail.versions.map((v: { content: { documentNumber: string } }) => v.content.documentNumber)).toEqual([
      '蓬城管规〔2024〕1号',
      '蓬城管规〔2025〕4号',
    ]);
  });

  it('第34条: a version is saved with its check report; touching bands are noted with the band a boundary falls in', async () => {
    const touching = {
      ...VERSION,
      tiers: [
        { ...VERSION.tiers[0], when: [{ area: { max: 5 } }] },
        { ...VERSION.tiers[1], when: [{ area: { min: 5, max: 10 } }] },
      ],
    };
    const res = await post('/api/benchmarks', {
      itemCode: ITEM.code,
      violation: '占道摆卖（面积）',
      version: touching,
    });
    const saved = h.ok(res, 201);
    expect(saved.findings).toEqual([
      expect.objectContaining({
        severity: 'note',
        code: 'touching',
        message: expect.stringContaining('边界值 5 同属两档'),
      }),
    ]);
  });

  it('国办发〔2022〕27号: a tier above the legal maximum is refused with every error named', async () => {
    const above = { ...VERSION, tiers: [{ ...VERSION.tiers[1], outcome: { kind: 'range', min: 2000, max: 30000 } }] };
    const res = await post('/api/benchmarks', { itemCode: ITEM.code, violation: '占道摆卖', version: above });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      code: 'BENCHMARK_INVALID',
      message: expect.stringContaining('高于法定上限20000元'),
    });
  });

  it('a township officer may not maintain the county department’s benchmarks', async () => {
    const res = await post(
      '/api/benchmarks',
      { itemCode: ITEM.code, violation: '占道摆卖', version: VERSION },
      'duruan.officer1',
    );
    expect([403, 404]).toContain(res.statusCode);
  });

  it('JSON import is all or nothing, and names each problem by benchmark and version', async () => {
    const before = h.ok(await get('/api/benchmarks')).length;
    const file = {
      format: BENCHMARK_FORMAT,
      benchmarks: [
        { itemCode: ITEM.code, violation: '占道摆卖', versions: [VERSION] },
        { itemCode: 'NO-SUCH-ITEM', violation: '不存在', versions: [VERSION] },
        {
          itemCode: 'CSGL-014',
          violation: '露天烧烤（导入）',
          versions: [{ ...VERSION, tiers: [{ ...VERSION.tiers[0], tier: 'noPenalty' }] }],
        },
      ],
    };
    const res = await post('/api/benchmarks/import.json', { file });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.code).toBe('IMPORT_INVALID');
    expect(body.details.problems).toEqual([
      expect.objectContaining({ where: '第2个基准（NO-SUCH-ITEM）第1个版本', column: '事项编码' }),
      expect.objectContaining({
        where: '第3个基准（CSGL-014）第1个版本',
        message: expect.stringContaining('阶次为“不予处罚”'),
      }),
    ]);
    expect(h.ok(await get('/api/benchmarks')).length).toBe(before);
  });

  it('JSON export imports back unchanged: no new versions', async () => {
    const file = h.ok(await get('/api/benchmarks/export.json'));
    expect(file.format).toBe(BENCHMARK_FORMAT);
    const again = h.ok(await post('/api/benchmarks/import.json', { file }));
    expect(again.versions).toBe(0);
    expect(again.benchmarks).toBe(file.benchmarks.length);
  });
});

describe('the benchmark in a case', () => {
  let caseId: string;
  let evidenceId: string;
  let benchmarkId: string;

  it('the calculator answers for the case with its tier, range and the sentence for the decision', async () => {
    h.ok(await post('/api/benchmarks', { itemCode: ITEM.code, violation: '占道摆卖', version: VERSION }), 201);
    h.setDay(T0);
    caseId = await h.investigatingCase();
    const list = h.ok(await get(`/api/cases/${caseId}/benchmark`, 'duruan.officer1'));
    expect(list.benchmarks.length).toBeGreaterThanOrEqual(1);
    benchmarkId = list.benchmarks.find((b: { violation: string }) => b.violation === '占道摆卖').id;
    const r = h.ok(
      await get(`/api/cases/${caseId}/benchmark?benchmarkId=${benchmarkId}&correctedInTime=false`, 'duruan.officer1'),
    );
    expect(r.result).toMatchObject({
      tier: 'standard',
      sourceLabel: '逾期未改正',
      allowed: { min: 2000, max: 3000 },
      explanation:
        '依据《蓬江区城市管理行政处罚裁量基准（测试）》（蓬城管规〔2025〕9号）第42项，当事人未及时改正，属一般情形（基准表述：逾期未改正），在2000元至3000元幅度内处罚',
    });
    const bad = await get(`/api/cases/${caseId}/benchmark?harm=terrible`, 'duruan.officer1');
    expect(bad.statusCode).toBe(400);
  });

  it('第34条, 第58条: a fine outside the range needs a reason, which makes legal review mandatory; the decision stores the result', async () => {
    const photo = crypto.randomBytes(512);
    evidenceId = h.ok(
      await h.upload(caseId, 'duruan.officer2', photo, {
        sha256: sha256(photo),
        kind: 'audioVisual',
        title: '现场照片',
        capturedAt: `${T0}T10:05`,
        location: '杜阮南路',
        officerIds: [await h.person('duruan.officer1'), await h.person('duruan.officer2')],
      }),
      201,
    ).id;
    const flags = {
      complex: false,
      majorViolation: false,
      majorPublicInterest: false,
      multipleLegalRelations: false,
      lawRequiresReview: false,
    };
    h.ok(
      await h.cmd(caseId, 'duruan.officer1', 'finishInvestigation', {
        report: '占道摆卖属实',
        proposedOutcome: 'penalty',
        flags,
      }),
    );
    const proposed = h.ok(
      await get(`/api/cases/${caseId}/benchmark?benchmarkId=${benchmarkId}&correctedInTime=false`, 'duruan.officer1'),
    ).result;
    const notice = {
      applied: {
        benchmarkId,
        versionId: proposed.versionId,
        title: proposed.title,
        documentNumber: proposed.documentNumber,
        itemNo: proposed.itemNo,
        amount: 1500,
      },
      intendedPenalty: fine(1500),
      facts: '当事人在杜阮南路占道摆卖',
      reasons: '违反《广东省城乡生活垃圾管理条例》',
      basis: BASIS,
      rights: { statement: true, defence: true, hearing: false },
      benchmarkFacts: { correctedInTime: false },
    };
    // 第44条: the intended fine is the penalty proposed: outside the range the notice states why.
    const unexplained = await h.cmd(caseId, 'duruan.officer1', 'issueNotice', notice);
    expect(unexplained.statusCode).toBe(422);
    expect(unexplained.json().details.refusals).toEqual([
      expect.objectContaining({
        code: 'fineOutsideBenchmark',
        article: '行政处罚法 第34条',
        message: expect.stringContaining('应当书面说明理由，并经法制审核'),
      }),
    ]);
    h.ok(
      await h.cmd(caseId, 'duruan.officer1', 'issueNotice', {
        ...notice,
        deviationReason: '当事人经济困难且主动拆除占道设施',
      }),
    );
    h.ok(
      await h.cmd(caseId, 'duruan.aux', 'recordNoticeService', {
        method: 'direct',
        recipient: PARTY.name,
        signedOn: T0,
      }),
    );
    h.ok(
      await h.cmd(caseId, 'duruan.officer1', 'waiveRights', {
        rights: ['statement', 'defence'],
        signedByParty: true,
        signedOn: T0,
      }),
    );
    const preview = h.ok(
      await get(`/api/cases/${caseId}/benchmark?benchmarkId=${benchmarkId}&correctedInTime=false`, 'duruan.head'),
    ).result;
    const decision = {
      outcome: 'penalty',
      penalty: fine(1500),
      partyAddress: PARTY.address,
      facts: '当事人于杜阮南路占道摆卖',
      evidenceIds: [evidenceId],
      basis: BASIS,
      circumstances: NO_CIRCUMSTANCES,
      discretion: {
        tier: 'standard',
        reasoning: '逾期未改正',
        benchmarkFacts: { correctedInTime: false },
        benchmarkApplication: preview.explanation,
        applied: {
          benchmarkId: preview.benchmarkId,
          versionId: preview.versionId,
          title: preview.title,
          documentNumber: preview.documentNumber,
          itemNo: preview.itemNo,
          tierNo: preview.tierNo,
          sourceLabel: preview.sourceLabel,
          allowedMin: preview.allowed.min,
          allowedMax: preview.allowed.max,
          amount: 1500,
        },
      },
      performance: { method: '到指定银行缴纳', deadline: '收到本决定书之日起十五日内' },
      surchargeStandardStated: true,
      handedOverOnSpot: false,
    };
    const codes = (res: { json(): any }) => res.json().details.refusals.map((r: { code: string }) => r.code);
    const noReason = await h.cmd(caseId, 'duruan.head', 'decide', decision);
    expect(noReason.statusCode).toBe(422);
    expect(codes(noReason)).toContain('fineOutsideBenchmark');

    const withReason = {
      ...decision,
      discretion: { ...decision.discretion, deviationReason: '当事人经济困难且主动拆除占道设施' },
    };
    const unreviewed = await h.cmd(caseId, 'duruan.head', 'decide', withReason);
    expect(unreviewed.statusCode).toBe(422);
    expect(codes(unreviewed)).toEqual(['reviewNotPassed']);

    h.ok(
      await h.cmd(caseId, 'duruan.officer1', 'submitForReview', {
        triggers: ['benchmarkDeviation'],
        materials: '全部案卷材料',
      }),
    );
    h.ok(await h.cmd(caseId, 'duruan.reviewer', 'recordReview', REVIEW_PASS));
    const decided = h.ok(await h.cmd(caseId, 'duruan.head', 'decide', withReason));
    expect(decided.status).toBe('decided');

    const stored = await h.p.app.db
      .selectFrom('case_actions')
      .select('payload')
      .where('case_id', '=', caseId)
      .where('type', '=', 'decide')
      .executeTakeFirstOrThrow();
    const payload = typeof stored.payload === 'string' ? JSON.parse(stored.payload) : stored.payload;
    expect(payload.discretion).toMatchObject({
      tier: 'standard',
      benchmarkApplication: expect.stringContaining('在2000元至3000元幅度内处罚'),
      deviationReason: '当事人经济困难且主动拆除占道设施',
      applied: { versionId: preview.versionId, allowedMin: 2000, allowedMax: 3000, amount: 1500 },
    });
  });
});

describe('benchmark tables as Excel', () => {
  const xlsx = async (url: string) => {
    const res = await get(url);
    expect(res.statusCode).toBe(200);
    return res.rawPayload;
  };
  const importXlsx = (data: Buffer, fileName = '裁量基准.xlsx') =>
    post('/api/benchmarks/import', { fileName, content: data.toString('base64') });

  it('the template has the example table and the help sheet, and imports as it is', async () => {
    const data = await xlsx('/api/benchmarks/template');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(data as unknown as ArrayBuffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['裁量基准', '填写说明']);
    const r = h.ok(await importXlsx(data));
    expect(r).toMatchObject({ benchmarks: 1, versions: 1 });
    const list = h.ok(await get('/api/benchmarks?itemCode=CSGL-014'));
    const example = list.find((b: { violation: string }) => b.violation.startsWith('示例'));
    const detail = h.ok(await get(`/api/benchmarks/${example.id}`));
    expect(detail.versions[0].content.tiers[1].when).toEqual([
      { area: { min: 5, max: 10 } },
      { priorOffences: { min: 1, max: 1 } },
    ]);
    expect(detail.versions[0].content.exemptions).toEqual([
      {
        list: 'firstOffence',
        when: [{ firstOffence: true, harmAtMost: 'none', correctedInTime: true }],
      },
    ]);
  });

  it('the export imports back unchanged: no new versions', async () => {
    const r = h.ok(await importXlsx(await xlsx('/api/benchmarks/export')));
    expect(r.versions).toBe(0);
  });

  it('one bad row and nothing is imported; each error is named by its row and column', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await xlsx('/api/benchmarks/template')) as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('裁量基准')!;
    const header = (sheet.getRow(1).values as unknown[]).map((v) => (typeof v === 'string' ? v : ''));
    const col = (name: string) => header.indexOf(name);
    sheet.getRow(2).getCell(col('违法行为')).value = '示例：另一违法行为';
    sheet.getRow(3).getCell(col('违法行为')).value = '示例：另一违法行为';
    sheet.getRow(3).getCell(col('裁量阶次')).value = '较重';
    sheet.getRow(4).getCell(col('金额/下限')).value = '一千';
    const before = h.ok(await get('/api/benchmarks')).length;
    const res = await importXlsx(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('IMPORT_INVALID');
    expect(res.json().details.problems).toEqual([
      expect.objectContaining({ row: 3, column: '裁量阶次', message: expect.stringContaining('不能填“较重”') }),
      expect.objectContaining({ row: 4, column: '金额/下限', message: expect.stringContaining('不能填“一千”') }),
    ]);
    expect(h.ok(await get('/api/benchmarks')).length).toBe(before);
  });
});

describe('the benchmark before a case exists (当场处罚, 行政处罚法 第34条, 第51–52条)', () => {
  const calc = (q: string, user = 'duruan.officer1') => get(`/api/benchmarks/calculate?${q}`, user);
  // 蓬城管规〔2024〕1号 第28项: a person walking a dog without a lead, first offence: 100 yuan.
  const DOG = 'CSGL-028';

  it('第34条: the calculator answers for an item, the party kind and the act date, without a case', async () => {
    const r = h.ok(await calc(`itemCode=${DOG}&partyKind=person&actDate=${T0}`));
    expect(r.benchmarks).toEqual([expect.objectContaining({ itemCode: DOG, violation: '携带犬只外出未用牵引带牵领' })]);
    expect(r.actDate).toBe(T0);
    expect(r.priorOffenceDates).toEqual([]);
    expect(r.result).toMatchObject({
      tier: 'lenient',
      allowed: { min: 100, max: 100 },
      explanation: expect.stringContaining('第28项，当事人系初次违法，属从轻情形'),
    });
    const org = h.ok(await calc(`itemCode=${DOG}&partyKind=organisation&actDate=${T0}`));
    expect(org.result.allowed).toEqual({ min: 1000, max: 1000 });
  });

  it('第30条: a person under 14 at the act (from the birth date) is not penalised', async () => {
    const r = h.ok(await calc(`itemCode=${DOG}&partyKind=person&birthDate=2015-05-01&actDate=${T0}`));
    expect(r.result).toMatchObject({ tier: 'noPenalty', override: { article: expect.stringContaining('第三十条') } });
  });

  it('an item without a benchmark answers with none; an unknown item is 404; bad facts are 400', async () => {
    const none = h.ok(await calc(`itemCode=${ITEM_NOT_DELEGATED.code}&partyKind=person&actDate=${T0}`));
    expect(none).toMatchObject({ benchmarks: [], result: null });
    const unknown = await calc(`itemCode=NO-SUCH-ITEM&partyKind=person&actDate=${T0}`);
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().message).toBe('执法事项不存在');
    expect((await calc(`itemCode=${DOG}&partyKind=person&actDate=2026-02-30`)).statusCode).toBe(400);
    expect((await calc(`itemCode=${DOG}&partyKind=robot&actDate=${T0}`)).statusCode).toBe(400);
    expect((await calc(`itemCode=${DOG}&partyKind=person`)).statusCode).toBe(400);
  });

  it('only those who handle cases may ask it', async () => {
    const res = await calc(`itemCode=${DOG}&partyKind=person&actDate=${T0}`, 'coordinator');
    expect([403, 404]).toContain(res.statusCode);
  });

  it('第34条, 第52条: on the spot a fine outside the range needs a written reason (no legal review); the decision stores the result', async () => {
    h.setDay(T0);
    const preview = h.ok(await calc(`itemCode=${DOG}&partyKind=person&actDate=${T0}`)).result;
    const payload = {
      party: { kind: 'person', name: '遛狗人（基准）', birthDate: '1990-01-01' },
      items: [{ code: DOG, name: '携带犬只外出未用牵引带牵领' }],
      violation: '携带犬只在杜阮镇中心广场活动，未用牵引带牵领',
      place: '杜阮镇中心广场',
      occurredAt: `${T0}T09:30`,
      discoveredOn: T0,
      penalty: fine(200),
      basis: BASIS,
      officerIds: [await h.person('duruan.officer1'), await h.person('duruan.officer2')],
      certificatesShown: true,
      partyHeard: true,
      tier: 'lenient',
      benchmarkApplication: preview.explanation,
      applied: {
        benchmarkId: preview.benchmarkId,
        versionId: preview.versionId,
        title: preview.title,
        documentNumber: preview.documentNumber,
        itemNo: preview.itemNo,
        tierNo: preview.tierNo,
        allowedMin: preview.allowed.min,
        allowedMax: preview.allowed.max,
        amount: 200,
      },
    };
    const create = async (p: unknown) =>
      h.p.request({
        method: 'POST',
        url: '/api/cases',
        cookie: await h.cookie('duruan.officer1'),
        body: { procedure: 'summary', payload: p },
      });
    const refused = await create(payload);
    expect(refused.statusCode).toBe(422);
    const refusal = refused.json().details.refusals.find((r: { code: string }) => r.code === 'fineOutsideBenchmark');
    expect(refusal).toMatchObject({ article: '行政处罚法 第34条' });
    expect(refusal.message).toContain('应当书面说明理由');
    expect(refusal.message).not.toContain('法制审核');

    const reason = '当事人经劝阻仍拒不牵领犬只，在人员密集的广场影响他人安全';
    const made = h.ok(await create({ ...payload, deviationReason: reason }), 201);
    expect(made.status).toBe('summaryDecided');
    const stored = await h.p.app.db
      .selectFrom('case_actions')
      .select('payload')
      .where('case_id', '=', made.id)
      .where('type', '=', 'decideOnTheSpot')
      .executeTakeFirstOrThrow();
    const saved = typeof stored.payload === 'string' ? JSON.parse(stored.payload) : stored.payload;
    expect(saved).toMatchObject({
      tier: 'lenient',
      benchmarkApplication: preview.explanation,
      deviationReason: reason,
      applied: { versionId: preview.versionId, allowedMin: 100, allowedMax: 100, amount: 200 },
    });
  });
});
