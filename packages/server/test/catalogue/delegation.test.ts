import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../helpers';
import { exercisableItems, isItemExercisable } from '../../src/modules/delegation/exercisable';
import { recordItemUsage } from '../../src/modules/delegation/record-usage';

let p: TestPlatform;
const cookies: Record<string, string> = {};
const as = async (username: string) => (cookies[username] ??= await p.login(username));
const ids: Record<string, string> = {};
let today: string;

beforeAll(async () => {
  p = await createTestPlatform();
  for (const a of await p.app.db.selectFrom('agencies').select(['id', 'short_name']).execute())
    ids[a.short_name] = a.id;
  today = new Date(p.clock.now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
});
afterAll(async () => {
  await p?.close();
});

const get = async (username: string, url: string) => p.request({ method: 'GET', url, cookie: await as(username) });
const post = async (username: string, url: string, body: unknown) =>
  p.request({ method: 'POST', url, cookie: await as(username), body });

async function listOn(agency: string, date: string): Promise<string[]> {
  const res = await get('coordinator', `/api/delegation/agencies/${ids[agency]}/items?date=${date}`);
  expect(res.statusCode, res.body).toBe(200);
  return (res.json().items as { code: string }[]).map((i) => i.code);
}

let serial = 100;
function decision(kind: 'delegate' | 'addItems' | 'revoke', over: Record<string, unknown>) {
  serial += 1;
  return {
    kind,
    documentNo: `蓬府〔2031〕${serial}号`,
    title: `测试决定${serial}`,
    announcementDate: '2031-01-01',
    effectiveDate: '2031-01-01',
    ...over,
  };
}

async function newItem(code: string, penalties: unknown[] = [{ kind: 'fine', fineMin: 2000, fineMax: 20_000 }]) {
  const res = await post('coordinator', '/api/items', {
    code,
    name: `测试事项 ${code}`,
    kind: 'penalty',
    domain: '城市管理',
    departmentId: ids['区城管执法局'],
    level: '县',
    basis: ['大气污染防治法 第116条'],
    penaltyBasis: ['大气污染防治法 第116条'],
    penalties,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

describe('the demo delegations', () => {
  it('gives most items to all six townships through the 街道 and 镇 groups, more to the towns later, and takes two back from 潮连街道 in 2025', async () => {
    const decisions = (await get('huanshi.officer1', '/api/delegation/decisions')).json<
      { documentNo: string; kind: string; groups: string[]; targets: unknown[] }[]
    >();
    expect(decisions.map((d) => `${d.documentNo}:${d.kind}`)).toEqual([
      '蓬府〔2025〕8号:revoke',
      '蓬府〔2024〕35号:addItems',
      '蓬府〔2024〕12号:delegate',
    ]);
    expect(decisions[2].groups).toEqual(['街道', '镇']);
    expect(decisions[2].targets).toHaveLength(6);
    const huanshi = await listOn('环市街道', today);
    const chaolian = await listOn('潮连街道', today);
    const hetang = await listOn('荷塘镇', today);
    expect(huanshi.length).toBeGreaterThan(40);
    expect(huanshi).toContain('CSGL-024');
    expect(chaolian).not.toContain('CSGL-024');
    expect(await listOn('潮连街道', '2025-03-31')).toContain('CSGL-024');
    expect(hetang).toContain('ZRZY-010');
    expect(huanshi).not.toContain('ZRZY-010');
    expect(await listOn('荷塘镇', '2024-10-31')).not.toContain('ZRZY-010');
    expect(await listOn('荷塘镇', '2024-04-30')).toEqual([]);
  });

  it('the history of 潮连街道 shows the decisions and the closed periods', async () => {
    const h = (await get('chaolian.officer1', `/api/delegation/agencies/${ids['潮连街道']}/history`)).json();
    expect(h.decisions.map((d: { documentNo: string }) => d.documentNo)).toEqual([
      '蓬府〔2024〕12号',
      '蓬府〔2025〕8号',
    ]);
    const closed = h.intervals.filter((i: { to: string | null }) => i.to !== null);
    expect(closed.map((i: { itemCode: string }) => i.itemCode).sort()).toEqual(['CSGL-024', 'CSGL-025']);
    expect(closed[0]).toMatchObject({
      from: '2024-05-01',
      to: '2025-04-01',
      delegatedBy: '蓬府〔2024〕12号',
      revokedBy: '蓬府〔2025〕8号',
    });
  });
});

describe('point in time: which items may a township exercise on a date', () => {
  it('follows delegation, revocation and re-delegation, through the API and the service function', async () => {
    await newItem('PIT-A');
    await newItem('PIT-B');
    const hetang = ids['荷塘镇'];
    const first = await post(
      'coordinator',
      '/api/delegation/decisions',
      decision('delegate', {
        agencyIds: [hetang],
        itemCodes: ['PIT-A', 'PIT-B'],
        announcementDate: '2031-01-10',
        effectiveDate: '2031-02-01',
      }),
    );
    expect(first.statusCode, first.body).toBe(201);
    const revoke = await post(
      'coordinator',
      '/api/delegation/decisions',
      decision('revoke', {
        agencyIds: [hetang],
        itemCodes: ['PIT-A'],
        announcementDate: '2031-05-20',
        effectiveDate: '2031-06-01',
      }),
    );
    expect(revoke.statusCode, revoke.body).toBe(201);
    const again = await post(
      'coordinator',
      '/api/delegation/decisions',
      decision('addItems', {
        amendsId: first.json().id,
        itemCodes: ['PIT-A'],
        announcementDate: '2032-01-02',
        effectiveDate: '2032-01-15',
      }),
    );
    expect(again.statusCode, again.body).toBe(201);

    const pit = async (date: string) => (await listOn('荷塘镇', date)).filter((c) => c.startsWith('PIT-'));
    expect(await pit('2031-01-31')).toEqual([]);
    expect(await pit('2031-02-01')).toEqual(['PIT-A', 'PIT-B']);
    expect(await pit('2031-05-31')).toEqual(['PIT-A', 'PIT-B']);
    expect(await pit('2031-06-01')).toEqual(['PIT-B']);
    expect(await pit('2032-01-14')).toEqual(['PIT-B']);
    expect(await pit('2032-01-15')).toEqual(['PIT-A', 'PIT-B']);
    // 补充赋权 without targets applies to the townships of the decision it amends only.
    expect((await listOn('杜阮镇', '2032-01-15')).filter((c) => c.startsWith('PIT-'))).toEqual([]);

    expect(await isItemExercisable(p.app.db, hetang, 'PIT-A', '2031-06-01')).toBe(false);
    expect(await isItemExercisable(p.app.db, hetang, 'PIT-A', '2032-01-15')).toBe(true);
    expect([...(await exercisableItems(p.app.db, hetang, '2031-07-01'))].filter((c) => c.startsWith('PIT-'))).toEqual([
      'PIT-B',
    ]);
    const one = (await get('hetang.officer2', `/api/delegation/agencies/${hetang}/items/PIT-A?date=2031-06-01`)).json();
    expect(one).toEqual({ agencyId: hetang, code: 'PIT-A', date: '2031-06-01', exercisable: false });

    const h = (await get('hetang.officer2', `/api/delegation/agencies/${hetang}/history`)).json();
    const periods = h.intervals
      .filter((i: { itemCode: string }) => i.itemCode === 'PIT-A')
      .map((i: { from: string; to: string | null }) => [i.from, i.to]);
    expect(periods).toEqual([
      ['2031-02-01', '2031-06-01'],
      ['2032-01-15', null],
    ]);
  });

  it('a revocation of something the township does not hold on that day is refused', async () => {
    const res = await post(
      'coordinator',
      '/api/delegation/decisions',
      decision('revoke', {
        agencyIds: [ids['杜阮镇']],
        itemCodes: ['PIT-B'],
        effectiveDate: '2031-03-01',
        announcementDate: '2031-02-20',
      }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('NOT_DELEGATED');
    expect(res.json().message).toContain('杜阮镇');
  });
});

describe('decisions are checked before they are recorded', () => {
  it('refuses items with county-reserved penalties for townships, listing them', async () => {
    const res = await post(
      'coordinator',
      '/api/delegation/decisions',
      decision('delegate', { agencyIds: [ids['白沙街道']], itemCodes: ['CSGL-001', 'CSGL-012', 'SCJG-006'] }),
    );
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.code).toBe('COUNTY_RESERVED_ITEMS');
    expect(body.details.itemCodes.sort()).toEqual(['CSGL-012', 'SCJG-006']);
    expect(body.message).toContain('县级保留');
    expect(
      await p.app.db
        .selectFrom('delegation_decisions')
        .select('id')
        .where('document_no', '=', `蓬府〔2031〕${serial}号`)
        .executeTakeFirst(),
    ).toBeUndefined();
  });

  it('checks the document number (GB/T 9704), its uniqueness, the dates and the targets', async () => {
    const bad = await post(
      'coordinator',
      '/api/delegation/decisions',
      decision('delegate', { documentNo: '蓬府2024-12', agencyIds: [ids['白沙街道']], itemCodes: ['CSGL-001'] }),
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toContain('〔');
    const dup = await post(
      'coordinator',
      '/api/delegation/decisions',
      decision('delegate', { documentNo: '蓬府〔2024〕12号', agencyIds: [ids['白沙街道']], itemCodes: ['CSGL-001'] }),
    );
    expect(dup.statusCode).toBe(409);
    const early = await post(
      'coordinator',
      '/api/delegation/decisions',
      decision('delegate', { effectiveDate: '2030-12-31', agencyIds: [ids['白沙街道']], itemCodes: ['CSGL-001'] }),
    );
    expect(early.json().code).toBe('EFFECTIVE_BEFORE_ANNOUNCEMENT');
    const dept = await post(
      'coordinator',
      '/api/delegation/decisions',
      decision('delegate', { agencyIds: [ids['区市场监管局']], itemCodes: ['CSGL-001'] }),
    );
    expect(dept.json().code).toBe('NOT_TOWNSHIP');
    const unknown = await post(
      'coordinator',
      '/api/delegation/decisions',
      decision('delegate', { agencyIds: [ids['白沙街道']], itemCodes: ['NOPE-1'] }),
    );
    expect(unknown.json().code).toBe('UNKNOWN_ITEMS');
    const noAmends = await post(
      'coordinator',
      '/api/delegation/decisions',
      decision('addItems', { agencyIds: [ids['白沙街道']], itemCodes: ['CSGL-001'] }),
    );
    expect(noAmends.json().code).toBe('AMENDS_REQUIRED');
  });

  it('decisions cannot be edited in the database either', async () => {
    await expect(p.app.db.updateTable('delegation_decisions').set({ title: 'x' }).execute()).rejects.toThrow(
      /immutable/,
    );
  });

  it('a group is expanded when the decision is made; later membership changes do not touch it', async () => {
    await newItem('GRP-A');
    const created = await post('coordinator', '/api/delegation/groups', { name: '试点镇', agencyIds: [ids['棠下镇']] });
    expect(created.statusCode, created.body).toBe(201);
    const groupId = created.json().id;
    const d = await post(
      'coordinator',
      '/api/delegation/decisions',
      decision('delegate', { groupIds: [groupId], itemCodes: ['GRP-A'] }),
    );
    expect(d.statusCode, d.body).toBe(201);
    const changed = await p.request({
      method: 'PUT',
      url: `/api/delegation/groups/${groupId}`,
      cookie: await as('coordinator'),
      body: { name: '试点镇（扩大）', agencyIds: [ids['棠下镇'], ids['杜阮镇']] },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(await listOn('棠下镇', '2031-01-01')).toContain('GRP-A');
    expect(await listOn('杜阮镇', '2031-01-01')).not.toContain('GRP-A');
    const detail = (await get('coordinator', `/api/delegation/decisions/${d.json().id}`)).json();
    expect(detail.groups).toEqual(['试点镇']);
    expect(detail.targets).toEqual([
      { agencyId: ids['棠下镇'], name: '江门市蓬江区棠下镇人民政府', viaGroup: '试点镇' },
    ]);
    expect(detail.items.map((i: { code: string }) => i.code)).toEqual(['GRP-A']);
  });
});

describe('permissions and audit', () => {
  it('only the county coordinator delegates; an officer or a department officer gets 403', async () => {
    const body = decision('delegate', { agencyIds: [ids['白沙街道']], itemCodes: ['CSGL-001'] });
    expect((await post('baisha.officer1', '/api/delegation/decisions', body)).statusCode).toBe(403);
    expect((await post('cg.officer', '/api/delegation/decisions', body)).statusCode).toBe(403);
    expect((await post('baisha.head', '/api/delegation/groups', { name: '自建分类', agencyIds: [] })).statusCode).toBe(
      403,
    );
    expect((await get('sysadmin', '/api/delegation/decisions')).statusCode).toBe(403);
  });

  it('every township’s list is readable by every business role (it is public)', async () => {
    expect((await get('duruan.aux', `/api/delegation/agencies/${ids['环市街道']}/items`)).statusCode).toBe(200);
    expect((await get('supervisor', `/api/delegation/agencies/${ids['环市街道']}/history`)).statusCode).toBe(200);
    // A county department has no township list.
    expect((await get('coordinator', `/api/delegation/agencies/${ids['区城管执法局']}/items`)).statusCode).toBe(404);
  });

  it('each decision and group change has its audit row', async () => {
    const decided = await p.app.db
      .selectFrom('audit_log')
      .selectAll()
      .where('event_type', '=', 'delegation.decided')
      .orderBy('seq')
      .execute();
    expect(decided.length).toBeGreaterThanOrEqual(4);
    expect(decided[0].details).toMatchObject({
      kind: 'delegate',
      itemCodes: ['PIT-A', 'PIT-B'],
      agencyIds: [ids['荷塘镇']],
    });
    const groups = await p.app.db
      .selectFrom('audit_log')
      .select('event_type')
      .where('event_type', 'like', 'townshipGroup.%')
      .execute();
    expect(groups.map((g) => g.event_type)).toEqual(['townshipGroup.created', 'townshipGroup.updated']);
  });
});

describe('reports', () => {
  it('idle items: delegated, no case or inspection for 12 months; a recorded use removes the item', async () => {
    const report = async (months = 12) => (await get('coordinator', `/api/delegation/idle?months=${months}`)).json();
    const before = await report();
    expect(before.months).toBe(12);
    expect(before.townships).toHaveLength(6);
    const hetang = before.townships.find((t: { agencyName: string }) => t.agencyName.includes('荷塘'));
    expect(hetang.delegatedCount).toBeGreaterThan(40);
    expect(hetang.idle.length).toBeGreaterThan(0);
    expect(hetang.idle.length).toBeLessThan(hetang.delegatedCount);
    const target = hetang.idle.find((i: { delegatedFrom: string }) => i.delegatedFrom <= '2024-11-01');
    await p.app.db.transaction().execute((tx) =>
      recordItemUsage(tx, {
        agencyId: ids['荷塘镇'],
        itemCode: target.code,
        usedOn: today,
        source: 'case',
        sourceId: 'case-test-1',
      }),
    );
    const after = await report();
    const hetangAfter = after.townships.find((t: { agencyName: string }) => t.agencyName.includes('荷塘'));
    expect(hetangAfter.idle.map((i: { code: string }) => i.code)).not.toContain(target.code);
    expect(hetangAfter.idle).toHaveLength(hetang.idle.length - 1);
    // A shorter window finds fewer uses, so at least as many idle items.
    expect((await report(1)).townships[0].idle.length).toBeGreaterThanOrEqual(before.townships[0].idle.length);
    expect((await get('coordinator', '/api/delegation/idle?months=0')).statusCode).toBe(400);
  });

  it('consistency: clean for the demo, then lists an item withdrawn or made county-reserved after delegation', async () => {
    const clean = (await get('coordinator', '/api/delegation/consistency')).json();
    expect(clean.townships.every((t: { violations: unknown[] }) => t.violations.length === 0)).toBe(true);

    const item = (await get('coordinator', '/api/items?q=CSGL-009')).json().items[0];
    const body = {
      name: item.name,
      kind: item.kind,
      domain: item.domain,
      departmentId: item.departmentId,
      level: item.level,
      basis: item.basis.map((c: { citation: string }) => c.citation),
      penaltyBasis: item.penaltyBasis.map((c: { citation: string }) => c.citation),
      penalties: [
        ...item.penalties.map(({ countyReserved: _r, ...x }: Record<string, unknown>) => x),
        { kind: 'suspendLicence' },
        { kind: 'revokeLicence' },
      ],
      active: true,
    };
    expect(
      (await p.request({ method: 'PUT', url: `/api/items/${item.id}`, cookie: await as('coordinator'), body }))
        .statusCode,
    ).toBe(200);
    const other = (await get('coordinator', '/api/items?q=CSGL-010')).json().items[0];
    const withdraw = {
      ...body,
      name: other.name,
      basis: other.basis.map((c: { citation: string }) => c.citation),
      penaltyBasis: other.penaltyBasis.map((c: { citation: string }) => c.citation),
      penalties: other.penalties.map(({ countyReserved: _r, ...x }: Record<string, unknown>) => x),
      active: false,
    };
    expect(
      (
        await p.request({
          method: 'PUT',
          url: `/api/items/${other.id}`,
          cookie: await as('coordinator'),
          body: withdraw,
        })
      ).statusCode,
    ).toBe(200);

    const report = (await get('coordinator', '/api/delegation/consistency')).json();
    expect(report.townships).toHaveLength(6);
    for (const t of report.townships) {
      expect(t.violations.map((v: { itemCode: string; code: string }) => `${v.itemCode}:${v.code}`).sort()).toEqual([
        'CSGL-009:countyReserved',
        'CSGL-010:notInCatalogue',
      ]);
      for (const v of t.violations) expect(v.message).toMatch(/[\u4e00-\u9fff]/);
    }
    // A withdrawn item cannot be delegated again.
    const refused = await post(
      'coordinator',
      '/api/delegation/decisions',
      decision('delegate', { agencyIds: [ids['白沙街道']], itemCodes: ['CSGL-010'] }),
    );
    expect(refused.json().code).toBe('WITHDRAWN_ITEMS');
  });

  it('exports a township’s public list as a workbook, audited', async () => {
    const res = await get('huanshi.officer1', `/api/delegation/agencies/${ids['环市街道']}/export?date=2025-06-01`);
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('赋权事项清单')!;
    expect(sheet.getCell(1, 1).text).toContain('环市街道');
    const codes = (sheet.getColumn(2).values as unknown[]).slice(3).filter(Boolean);
    expect(codes).toEqual(await listOn('环市街道', '2025-06-01'));
    expect(sheet.getRow(3).getCell(10).text).toBe('蓬府〔2024〕12号');
    const audit = await p.app.db
      .selectFrom('audit_log')
      .selectAll()
      .where('event_type', '=', 'delegation.listExported')
      .execute();
    expect(audit).toHaveLength(1);
  });
});
