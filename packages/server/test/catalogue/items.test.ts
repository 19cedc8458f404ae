import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENFORCEMENT_ITEM_COLUMNS, PENALTY_SPEC_COLUMNS } from '@zhifa/domain';
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { MIGRATIONS_DIR } from '../../src/db/migrate';
import { createTestPlatform, type TestPlatform } from '../helpers';

let p: TestPlatform;
const cookies: Record<string, string> = {};
const as = async (username: string) => (cookies[username] ??= await p.login(username));

beforeAll(async () => {
  p = await createTestPlatform();
});
afterAll(async () => {
  await p?.close();
});

async function agencyId(shortName: string) {
  return (
    await p.app.db.selectFrom('agencies').select('id').where('short_name', '=', shortName).executeTakeFirstOrThrow()
  ).id;
}
async function itemCount() {
  return Number(
    (
      await p.app.db
        .selectFrom('enforcement_items')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
}
async function auditOf(eventType: string) {
  return p.app.db.selectFrom('audit_log').selectAll().where('event_type', '=', eventType).orderBy('seq').execute();
}
const get = async (username: string, url: string) => p.request({ method: 'GET', url, cookie: await as(username) });
const send = async (username: string, method: string, url: string, body?: unknown) =>
  p.request({ method, url, cookie: await as(username), body });

async function newItemBody(code: string, overrides: Record<string, unknown> = {}) {
  return {
    code,
    name: '对在禁止的时段和区域内露天烧烤食品的行政处罚（测试）',
    kind: 'penalty',
    domain: '城市管理',
    departmentId: await agencyId('区城管执法局'),
    level: '县',
    basis: ['大气污染防治法 第118条第3款'],
    penaltyBasis: ['中华人民共和国大气污染防治法第一百一十八条第三款'],
    penalties: [
      { kind: 'orderToCorrect' },
      { kind: 'confiscateGains' },
      { kind: 'fine', fineMin: 500, fineMax: 20_000 },
    ],
    ...overrides,
  };
}

describe('the demo catalogue', () => {
  it('holds at least 60 items across at least 5 domains, every citation resolved to a law-library article', async () => {
    const res = await get('coordinator', '/api/items?limit=1000');
    expect(res.statusCode).toBe(200);
    const { total, items } = res.json<{
      total: number;
      items: {
        domain: string;
        basis: { articleId: string | null }[];
        penaltyBasis: { articleId: string | null }[];
        kind: string;
      }[];
    }>();
    expect(total).toBeGreaterThanOrEqual(60);
    expect(new Set(items.map((i) => i.domain)).size).toBeGreaterThanOrEqual(5);
    for (const i of items) {
      expect(i.basis.length).toBeGreaterThan(0);
      if (i.kind === 'penalty') expect(i.penaltyBasis.length).toBeGreaterThan(0);
      for (const c of [...i.basis, ...i.penaltyBasis]) expect(c.articleId).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it('filters by domain, kind, department, keyword and county reservation, with offset pages', async () => {
    const byDomain = (
      await get('huanshi.officer1', `/api/items?domain=${encodeURIComponent('农业农村')}&limit=200`)
    ).json();
    expect(byDomain.items.length).toBeGreaterThan(0);
    expect(byDomain.items.every((i: { domain: string }) => i.domain === '农业农村')).toBe(true);

    const inspections = (await get('coordinator', '/api/items?kind=inspection')).json();
    expect(inspections.items.every((i: { kind: string }) => i.kind === 'inspection')).toBe(true);

    const cg = await agencyId('区城管执法局');
    const byDept = (await get('coordinator', `/api/items?departmentId=${cg}&limit=200`)).json();
    expect(byDept.items.every((i: { departmentId: string }) => i.departmentId === cg)).toBe(true);

    const reserved = (await get('coordinator', '/api/items?reserved=true&limit=200')).json();
    expect(reserved.items.map((i: { code: string }) => i.code)).toEqual(
      expect.arrayContaining(['CSGL-012', 'SCJG-006', 'ZRZY-001']),
    );
    expect(reserved.items.every((i: { countyReserved: boolean }) => i.countyReserved)).toBe(true);

    const keyword = (await get('coordinator', `/api/items?q=${encodeURIComponent('噪声污染防治法 第82条')}`)).json();
    expect(keyword.items.map((i: { code: string }) => i.code)).toEqual(['STHJ-004', 'STHJ-005', 'STHJ-006']);

    const page1 = (await get('coordinator', '/api/items?limit=10&offset=0')).json();
    const page2 = (await get('coordinator', '/api/items?limit=10&offset=10')).json();
    expect(page1.items).toHaveLength(10);
    expect(page2.items[0].code > page1.items[9].code).toBe(true);
    expect(page1.total).toBe(page2.total);
  });

  it('the detail shows each cited provision’s text and the townships that hold the item today', async () => {
    const id = (
      await p.app.db
        .selectFrom('enforcement_items')
        .select('id')
        .where('code', '=', 'STHJ-004')
        .executeTakeFirstOrThrow()
    ).id;
    const detail = (await get('baisha.officer2', `/api/items/${id}`)).json();
    expect(detail.basis[0]).toMatchObject({ citation: '噪声污染防治法 第82条第(一)项' });
    expect(detail.basis[0].text).toContain('高音广播喇叭');
    expect(detail.penaltyBasis[0].text).toContain('二百元以上一千元以下');
    expect(
      detail.penalties.find((x: { kind: string; appliesTo?: string }) => x.kind === 'fine' && x.appliesTo === 'person'),
    ).toMatchObject({ fineMin: 200, fineMax: 1000 });
    expect(detail.delegatedTo.map((d: { agencyName: string }) => d.agencyName)).toHaveLength(6);
    expect(detail.delegatedTo[0].documentNo).toBe('蓬府〔2024〕12号');
  });
});

describe('creating and editing items', () => {
  it('creates an item whose citations resolve, audited, and refuses its code twice', async () => {
    const res = await send('coordinator', 'POST', '/api/items', await newItemBody('TEST-001'));
    expect(res.statusCode, res.body).toBe(201);
    const again = await send('coordinator', 'POST', '/api/items', await newItemBody('TEST-001'));
    expect(again.statusCode).toBe(409);
    const rows = await auditOf('item.created');
    expect(rows.at(-1)).toMatchObject({
      object_type: 'enforcement_item',
      object_id: res.json().id,
      outcome: 'success',
    });
    expect(rows.at(-1)!.details).toMatchObject({ code: 'TEST-001' });
  });

  it('refuses a citation the law library does not have, and a penalty item without its penalty article, in Chinese', async () => {
    const bad = await send(
      'coordinator',
      'POST',
      '/api/items',
      await newItemBody('TEST-002', { basis: ['大气污染防治法 第999条'], penaltyBasis: [] }),
    );
    expect(bad.statusCode).toBe(400);
    const body = bad.json();
    expect(body.code).toBe('ITEM_INVALID');
    const messages = (body.details as { path: string; message: string }[]).map((d) => `${d.path}:${d.message}`);
    expect(messages.some((m) => m.startsWith('basis:') && m.includes('第999条'))).toBe(true);
    expect(messages.some((m) => m.startsWith('penaltyBasis:') && m.includes('处罚依据'))).toBe(true);
    const unknownLaw = await send(
      'coordinator',
      'POST',
      '/api/items',
      await newItemBody('TEST-002', { basis: ['城市养狗管理办法 第3条'] }),
    );
    expect(unknownLaw.json().message).toContain('法律法规库中没有“城市养狗管理办法”');
    expect(
      await p.app.db.selectFrom('enforcement_items').select('id').where('code', '=', 'TEST-002').executeTakeFirst(),
    ).toBeUndefined();
  });

  it('行政处罚法 第37条: the form saves penalty versions and party types; overlapping versions are refused in Chinese', async () => {
    const versions = [
      {
        kind: 'fine',
        appliesTo: 'organisation',
        fineMin: 5000,
        fineMax: 50_000,
        effectiveTo: '2024-12-31',
        basis: '大气污染防治法 第118条第3款',
      },
      {
        kind: 'fine',
        appliesTo: 'organisation',
        fineMin: 2000,
        fineMax: 20_000,
        effectiveFrom: '2025-01-01',
        basis: '大气污染防治法 第118条第3款',
      },
      { kind: 'fine', appliesTo: 'person', fineMin: 500, fineMax: 20_000 },
    ];
    const res = await send('coordinator', 'POST', '/api/items', await newItemBody('TEST-037', { penalties: versions }));
    expect(res.statusCode, res.body).toBe(201);
    const detail = (await get('coordinator', `/api/items/${res.json().id}`)).json();
    expect(detail.penalties.map(({ countyReserved: _r, ...p }: { countyReserved: boolean }) => p)).toEqual(versions);
    const overlap = await send(
      'coordinator',
      'POST',
      '/api/items',
      await newItemBody('TEST-038', { penalties: [versions[0], { ...versions[1], effectiveFrom: '2024-12-31' }] }),
    );
    expect(overlap.statusCode).toBe(400);
    expect(overlap.json().message).toContain('施行期间重叠');
    const badParty = await send(
      'coordinator',
      'POST',
      '/api/items',
      await newItemBody('TEST-038', { penalties: [{ ...versions[2], appliesTo: 'company' }] }),
    );
    expect(badParty.statusCode).toBe(400);
  });

  it('marks an item county-reserved from its penalty kinds or the editor’s flag', async () => {
    const revoke = await send(
      'coordinator',
      'POST',
      '/api/items',
      await newItemBody('TEST-003', { penalties: [{ kind: 'fine', fineMax: 1000 }, { kind: 'revokeLicence' }] }),
    );
    expect(revoke.statusCode, revoke.body).toBe(201);
    const flagged = await send(
      'coordinator',
      'POST',
      '/api/items',
      await newItemBody('TEST-004', { reservedFlag: true }),
    );
    const plain = await send('coordinator', 'POST', '/api/items', await newItemBody('TEST-005'));
    const detail = async (id: string) => (await get('coordinator', `/api/items/${id}`)).json();
    expect((await detail(revoke.json().id)).countyReserved).toBe(true);
    expect(
      (await detail(revoke.json().id)).penalties.map((x: { countyReserved: boolean }) => x.countyReserved),
    ).toEqual([false, true]);
    expect((await detail(flagged.json().id)).countyReserved).toBe(true);
    expect((await detail(plain.json().id)).countyReserved).toBe(false);
  });

  it('updates an item without changing its code; the audit row names the changed fields', async () => {
    const id = (
      await p.app.db
        .selectFrom('enforcement_items')
        .select('id')
        .where('code', '=', 'TEST-005')
        .executeTakeFirstOrThrow()
    ).id;
    const { code: _code, ...body } = await newItemBody('TEST-005', {
      name: '对露天烧烤食品的行政处罚（改名）',
      active: true,
    });
    const res = await send('coordinator', 'PUT', `/api/items/${id}`, body);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().revision).toBe(2);
    const withCode = await send('coordinator', 'PUT', `/api/items/${id}`, { ...body, code: 'OTHER-1' });
    expect(withCode.statusCode).toBe(400);
    expect((await auditOf('item.updated')).at(-1)!.details).toMatchObject({ code: 'TEST-005', changed: ['name'] });
  });

  it('deletes an unused item, and refuses to delete one a decision names (withdraw it instead)', async () => {
    const fresh = (
      await p.app.db
        .selectFrom('enforcement_items')
        .select('id')
        .where('code', '=', 'TEST-004')
        .executeTakeFirstOrThrow()
    ).id;
    expect((await send('coordinator', 'DELETE', `/api/items/${fresh}`)).statusCode).toBe(200);
    const delegated = (
      await p.app.db
        .selectFrom('enforcement_items')
        .select('id')
        .where('code', '=', 'CSGL-001')
        .executeTakeFirstOrThrow()
    ).id;
    const refused = await send('coordinator', 'DELETE', `/api/items/${delegated}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().message).toContain('停用');
    expect((await auditOf('item.deleted')).map((r) => r.object_id)).toEqual([fresh]);
  });
});

describe('who may edit the catalogue', () => {
  it('a township officer cannot create or change items (403), and the refusal is audited', async () => {
    const before = await itemCount();
    const res = await send('huanshi.officer1', 'POST', '/api/items', await newItemBody('TEST-010'));
    expect(res.statusCode).toBe(403);
    const id = (
      await p.app.db
        .selectFrom('enforcement_items')
        .select('id')
        .where('code', '=', 'CSGL-001')
        .executeTakeFirstOrThrow()
    ).id;
    expect((await send('hetang.head', 'DELETE', `/api/items/${id}`)).statusCode).toBe(403);
    expect(await itemCount()).toBe(before);
    const denied = await auditOf('access.denied');
    expect(denied.some((d) => d.object_id === 'POST /api/items')).toBe(true);
  });

  it('a department officer maintains their own department’s items only', async () => {
    const own = await send('cg.officer', 'POST', '/api/items', await newItemBody('TEST-011'));
    expect(own.statusCode, own.body).toBe(201);
    const other = await send(
      'cg.officer',
      'POST',
      '/api/items',
      await newItemBody('TEST-012', { departmentId: await agencyId('区市场监管局'), domain: '市场监管' }),
    );
    expect(other.statusCode).toBe(403);
    expect(other.json().message).toContain('本部门');
    const sjItem = (
      await p.app.db
        .selectFrom('enforcement_items')
        .select('id')
        .where('code', '=', 'SCJG-001')
        .executeTakeFirstOrThrow()
    ).id;
    const { code: _c, ...body } = await newItemBody('SCJG-001', { active: true });
    expect((await send('cg.officer', 'PUT', `/api/items/${sjItem}`, body)).statusCode).toBe(403);
  });

  it('reads: every business role reads the catalogue; administrators do not', async () => {
    expect((await get('duruan.aux', '/api/items?limit=1')).statusCode).toBe(200);
    expect((await get('supervisor', '/api/items?limit=1')).statusCode).toBe(200);
    expect((await get('sysadmin', '/api/items?limit=1')).statusCode).toBe(403);
    expect((await get('auditadmin', '/api/items/export')).statusCode).toBe(403);
  });
});

// ── Excel ──

async function workbook(
  items: unknown[][],
  penalties: unknown[][],
  headers = Object.values(ENFORCEMENT_ITEM_COLUMNS).filter((h) => h !== '处罚种类及幅度'),
) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('执法事项');
  ws.addRow(headers);
  for (const r of items) ws.addRow(r);
  const ps = wb.addWorksheet('处罚种类及幅度');
  ps.addRow(Object.values(PENALTY_SPEC_COLUMNS));
  for (const r of penalties) ps.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
const importFile = async (username: string, data: Buffer, fileName = '事项.xlsx') =>
  send(username, 'POST', '/api/items/import', { fileName, content: data.toString('base64') });

// Header order: 事项编码 事项名称 事项类型 所属领域 实施部门 行使层级 实施依据 处罚依据 县级保留
const CG = '江门市蓬江区城市管理和综合执法局';
const goodRow = (code: string, name: string) => [
  code,
  name,
  '行政处罚',
  '城市管理',
  CG,
  '县级',
  '大气污染防治法 第116条',
  '大气污染防治法 第116条',
  '否',
];
const finePenalty = (code: string) => [code, '罚款', 2000, 20_000];

describe('Excel import', () => {
  it('one bad row among good ones: 400 listing every error of that row, and nothing imported', async () => {
    const before = await itemCount();
    const data = await workbook(
      [
        goodRow('IMP-001', '导入测试事项一'),
        goodRow('IMP-002', '导入测试事项二'),
        ['imp 3', '', '处罚', '城市管理', '不存在的局', '县级', '大气污染防治法 第999条', '', ''],
        goodRow('IMP-004', '导入测试事项四'),
      ],
      [finePenalty('IMP-001'), finePenalty('IMP-002'), ['IMP-004', '罚款', 5000, 200], ['IMP-009', '警告']],
    );
    const res = await importFile('coordinator', data);
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.code).toBe('IMPORT_INVALID');
    expect(body.message).toContain('未导入任何事项');
    const rows = body.details.rows as {
      sheet: string;
      row: number;
      code: string | null;
      errors: { column: string; message: string }[];
    }[];
    expect(rows.map((r) => `${r.sheet}:${r.row}`)).toEqual(['执法事项:4', '执法事项:5', '处罚种类及幅度:5']);
    const bad = rows[0];
    expect(bad.errors.map((e) => e.column)).toEqual(
      expect.arrayContaining(['事项编码', '事项名称', '事项类型', '实施部门']),
    );
    for (const e of bad.errors) expect(e.message).toMatch(/[\u4e00-\u9fff]/);
    expect(rows[1].errors[0].message).toContain('下限大于上限');
    expect(rows[1].errors[0].message).toContain('“处罚种类及幅度”表第 4 行');
    expect(rows[2].errors[0].message).toContain('IMP-009');
    expect(await itemCount()).toBe(before);
    const imported = await p.app.db
      .selectFrom('enforcement_items')
      .select('code')
      .where('code', 'like', 'IMP-%')
      .execute();
    expect(imported).toEqual([]);
  });

  it('an unresolvable citation alone rejects the file with the library’s reason', async () => {
    const data = await workbook(
      [
        goodRow('IMP-005', '事项五'),
        [...goodRow('IMP-006', '事项六').slice(0, 6), '城乡规划法 第64条第9款', '城乡规划法 第64条'],
      ],
      [finePenalty('IMP-005'), finePenalty('IMP-006')],
    );
    const res = await importFile('coordinator', data);
    expect(res.statusCode).toBe(400);
    const rows = res.json().details.rows;
    expect(rows).toHaveLength(1);
    expect(rows[0].errors[0].message).toContain('没有第9款');
  });

  it('a clean file imports every row; a department officer may not import another department’s items', async () => {
    const data = await workbook(
      [goodRow('IMP-011', '导入事项十一'), goodRow('IMP-012', '导入事项十二')],
      [finePenalty('IMP-011'), finePenalty('IMP-012'), ['IMP-012', '责令改正']],
    );
    const bySj = await importFile('sj.officer', data);
    expect(bySj.statusCode).toBe(400);
    expect(bySj.json().details.rows[0].errors[0].message).toContain('无权维护');
    const res = await importFile('coordinator', data);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ created: 2, updated: 0, total: 2 });
    const item = (await get('coordinator', '/api/items?q=IMP-012')).json().items[0];
    expect(item.penalties.map((x: { kind: string }) => x.kind)).toEqual(['fine', 'orderToCorrect']);
    expect((await auditOf('item.imported')).at(-1)!.details).toMatchObject({ created: 2, updated: 0 });
  });

  it('行政处罚法 第37条: penalty versions (period, provision) and the party type (单位/个人) import from the sheet', async () => {
    // Columns: 事项编码 处罚种类 下限 上限 计罚单位 倍数下限 倍数上限 倍数基数 没收上限 说明 适用对象 施行日期 失效日期 该版本处罚依据
    const v = (
      min: number | null,
      max: number,
      party: string,
      from: string | null,
      to: string | null,
      basis: string,
    ) => ['IMP-021', '罚款', min, max, '元/平方米', null, null, null, null, null, party, from, to, basis];
    const data = await workbook(
      [goodRow('IMP-021', '版本导入事项')],
      [
        v(null, 30, '个人', null, '2021-08-31', '土地管理法实施条例（2014年修订） 第42条'),
        v(100, 1000, '个人', '2021-09-01', null, '土地管理法实施条例 第57条'),
      ],
    );
    const res = await importFile('coordinator', data);
    expect(res.statusCode, res.body).toBe(200);
    const item = (await get('coordinator', '/api/items?q=IMP-021')).json().items[0];
    expect(item.penalties).toEqual([
      {
        kind: 'fine',
        appliesTo: 'person',
        fineMax: 30,
        perUnit: '元/平方米',
        effectiveTo: '2021-08-31',
        basis: '土地管理法实施条例（2014年修订） 第42条',
        countyReserved: false,
      },
      {
        kind: 'fine',
        appliesTo: 'person',
        fineMin: 100,
        fineMax: 1000,
        perUnit: '元/平方米',
        effectiveFrom: '2021-09-01',
        basis: '土地管理法实施条例 第57条',
        countyReserved: false,
      },
    ]);
    // Two versions in force on the same day cannot tell which applies: refused.
    const overlap = await workbook(
      [goodRow('IMP-022', '重叠版本')],
      [
        ['IMP-022', '罚款', null, 30, '元/平方米', null, null, null, null, null, '个人', null, '2021-09-01'],
        ['IMP-022', '罚款', 100, 1000, '元/平方米', null, null, null, null, null, '个人', '2021-09-01', null],
      ],
    );
    const refused = await importFile('coordinator', overlap);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().details.rows[0].errors[0].message).toContain('施行期间重叠');
  });

  it('rejects a file that is not a workbook, or lacks required columns', async () => {
    const notXlsx = await importFile('coordinator', Buffer.from('hello'));
    expect(notXlsx.statusCode).toBe(400);
    expect(notXlsx.json().code).toBe('INVALID_FILE');
    const missing = await importFile('coordinator', await workbook([['X-1', '名称']], [], ['事项编码', '事项名称']));
    expect(missing.json().code).toBe('MISSING_COLUMNS');
    expect(missing.json().message).toContain('事项类型');
  });
});

describe('migration 0120', () => {
  it('行政处罚法 第32条: penalties kept before it with the party in the note get the structured party type', async () => {
    const legacy = [
      { kind: 'fine', fineMin: 200, fineMax: 1000, note: '拒不改正的，对个人' },
      { kind: 'fine', fineMin: 2000, fineMax: 20_000, note: '对单位' },
      { kind: 'fine', fineMax: 500, note: '对单位和对个人' },
      { kind: 'warning' },
    ];
    const row = await p.app.db
      .insertInto('enforcement_items')
      .values({
        code: 'MIG-0120',
        name: '迁移测试事项',
        kind: 'penalty',
        domain: '城市管理',
        department_id: await agencyId('区城管执法局'),
        level: '县',
        penalties: JSON.stringify(legacy),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const text = fs.readFileSync(path.join(MIGRATIONS_DIR, '0120_penalty_party_versions.sql'), 'utf8');
    // The file's statements one by one: a prepared statement takes only one.
    const statements = text
      .replace(/^--.*$/gm, '')
      .split(/;\s*$/m)
      .map((x) => x.trim())
      .filter(Boolean);
    for (const st of statements) await sql.raw(st).execute(p.app.db);
    const after = await p.app.db
      .selectFrom('enforcement_items')
      .select('penalties')
      .where('id', '=', row.id)
      .executeTakeFirstOrThrow();
    await p.app.db.deleteFrom('enforcement_items').where('id', '=', row.id).execute();
    expect(after.penalties).toEqual([
      { ...legacy[0], appliesTo: 'person' },
      { ...legacy[1], appliesTo: 'organisation' },
      legacy[2],
      legacy[3],
    ]);
  });
});

describe('fine provisions for the decision forms', () => {
  it('行政处罚法 第37条: an officer reads an item’s fine provisions with their party type, versions and provisions', async () => {
    const res = await get('duruan.officer1', '/api/items/fine-provisions?codes=ZRZY-008,XF-001,NOPE-1');
    expect(res.statusCode, res.body).toBe(200);
    const byCode = new Map(res.json().map((i: { code: string }) => [i.code, i]));
    expect(byCode.has('NOPE-1')).toBe(false);
    expect(byCode.get('ZRZY-008')).toMatchObject({
      basis: '广东省土地管理条例 第52条',
      provisions: [
        {
          fineMax: 30,
          perUnit: '元/平方米',
          effectiveTo: '2021-08-31',
          basis: '土地管理法实施条例（2014年修订） 第42条',
        },
        {
          fineMin: 100,
          fineMax: 1000,
          perUnit: '元/平方米',
          effectiveFrom: '2021-09-01',
          basis: '土地管理法实施条例 第57条',
        },
      ],
    });
    expect((byCode.get('XF-001') as { provisions: unknown[] }).provisions).toEqual([
      { appliesTo: 'organisation', fineMin: 1000, fineMax: 5000, note: '拒不改正的' },
      { appliesTo: 'person', fineMin: 500, fineMax: 1000, note: '拒不改正的' },
    ]);
    expect((await get('duruan.officer1', '/api/items/fine-provisions')).statusCode).toBe(400);
  });
});

describe('Excel export and template', () => {
  it('the template has the item and penalty sheets and the instructions', async () => {
    const res = await get('hetang.officer1', '/api/items/template');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['执法事项', '处罚种类及幅度', '填写说明']);
    const notes: string[] = [];
    wb.getWorksheet('填写说明')!
      .getColumn(2)
      .eachCell((c) => notes.push(c.text));
    expect(notes.join('')).toContain('整个文件都不导入');
  });

  it('round trip: the export imports back unchanged, and the export is audited', async () => {
    const before = (await get('coordinator', '/api/items?limit=1000&active=all')).json().items;
    const res = await get('coordinator', '/api/items/export');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('attachment');
    const exports = await auditOf('item.exported');
    expect(exports.at(-1)!.details).toMatchObject({ items: before.length });

    const back = await importFile('coordinator', res.rawPayload);
    expect(back.statusCode, back.body.slice(0, 2000)).toBe(200);
    expect(back.json()).toEqual({ created: 0, updated: before.length, total: before.length });
    const after = (await get('coordinator', '/api/items?limit=1000&active=all')).json().items;
    const strip = (items: Record<string, unknown>[]) => items.map(({ revision: _r, updatedAt: _u, ...rest }) => rest);
    expect(strip(after)).toEqual(strip(before));
  });
});
