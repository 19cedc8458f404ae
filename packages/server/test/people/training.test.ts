import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { TRAINING_COLUMNS } from '@zhifa/domain';
import { createTestPlatform, type TestPlatform } from '../helpers';
import { agencyId, isoDaysFrom, multipartFile, personOf, xlsx } from './fixtures';

let p: TestPlatform;
let today: string;
let year: number;
const cookies: Record<string, string> = {};
const as = async (username: string) => (cookies[username] ??= await p.login(username));
const HEADER = Object.values(TRAINING_COLUMNS);

beforeAll(async () => {
  p = await createTestPlatform();
  today = isoDaysFrom(p.clock.now, 0);
  year = Number(today.slice(0, 4));
});
afterAll(async () => {
  await p?.close();
});

async function certNumber(username: string) {
  const personId = await personOf(p, username);
  const c = await p.app.db
    .selectFrom('certificates')
    .select('number')
    .where('person_id', '=', personId)
    .executeTakeFirstOrThrow();
  return c.number;
}
async function nameOf(username: string) {
  return (await p.app.db.selectFrom('users').select('name').where('username', '=', username).executeTakeFirstOrThrow())
    .name;
}
async function countRecords() {
  return Number(
    (
      await p.app.db
        .selectFrom('training_records')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
}
const upload = async (username: string, data: Buffer) => {
  const { body, headers } = multipartFile('培训.xlsx', data);
  return p.request({ method: 'POST', url: '/api/training/import', cookie: await as(username), body, headers });
};
const shortfall = async (username: string) => {
  const res = await p.request({
    method: 'GET',
    url: `/api/training/shortfall?year=${year}`,
    cookie: await as(username),
  });
  expect(res.statusCode).toBe(200);
  return res.json<{
    year: number;
    agencies: {
      agencyName: string;
      requirement: number;
      shortCount: number;
      people: { personId: string; name: string; hours: number; shortfall: number; met: boolean }[];
    }[];
  }>();
};

describe('学时 arithmetic', () => {
  it('credits 45 minutes as 1 学时 and stated hours as given, in the person detail', async () => {
    const personId = await personOf(p, 'duruan.aux');
    const head = await as('duruan.head');
    for (const body of [
      { course: '分钟记录', date: today, minutes: 100 },
      { course: '学时记录', date: today, hours: 3, minutes: 45 },
      { course: '整学时', date: today, minutes: 90 },
    ]) {
      expect(
        (await p.request({ method: 'POST', url: `/api/people/${personId}/training`, cookie: head, body })).statusCode,
      ).toBe(201);
    }
    const detail = (await p.request({ method: 'GET', url: `/api/people/${personId}`, cookie: head })).json();
    const credited = Object.fromEntries(
      detail.training.map((t: { course: string; credited: number }) => [t.course, t.credited]),
    );
    expect(credited).toEqual({ 分钟记录: 2.22, 学时记录: 3, 整学时: 2 });
    expect(detail.trainingYear).toMatchObject({ year, hours: 7.22, required: 60, shortfall: 52.78, met: false });
  });

  it('refuses a record with neither minutes nor hours, and one dated after today', async () => {
    const personId = await personOf(p, 'duruan.aux');
    const head = await as('duruan.head');
    const none = await p.request({
      method: 'POST',
      url: `/api/people/${personId}/training`,
      cookie: head,
      body: { course: '无时长', date: today },
    });
    expect(none.json().code).toBe('TRAINING_DURATION_REQUIRED');
    const future = await p.request({
      method: 'POST',
      url: `/api/people/${personId}/training`,
      cookie: head,
      body: { course: '将来', date: isoDaysFrom(p.clock.now, 2), hours: 1 },
    });
    expect(future.json().code).toBe('TRAINING_IN_FUTURE');
  });
});

describe('shortfall report', () => {
  it('lists the officers of each agency with their 学时 this year; the demo has some short (last year does not count)', async () => {
    const report = await shortfall('coordinator');
    expect(report.year).toBe(year);
    const duruan = report.agencies.find((a) => a.agencyName === '杜阮镇')!;
    expect(duruan.requirement).toBe(60);
    const byName = new Map(duruan.people.map((x) => [x.name, x]));
    expect(byName.get(await nameOf('duruan.officer1'))).toMatchObject({ hours: 60, met: true });
    expect(byName.get(await nameOf('duruan.officer3'))).toMatchObject({ hours: 36, shortfall: 24, met: false });
    // Auxiliaries owe no 学时 as officers: not listed.
    expect(byName.has(await nameOf('duruan.aux'))).toBe(false);
    expect(report.agencies.reduce((n, a) => n + a.shortCount, 0)).toBeGreaterThanOrEqual(6);
  });

  it('a township head sees the own township only', async () => {
    const report = await shortfall('hetang.head');
    expect(report.agencies.map((a) => a.agencyName)).toEqual(['荷塘镇']);
  });

  it('uses the per-agency requirement set by the county coordinator; a township head may not set it', async () => {
    const duruan = await agencyId(p, '杜阮镇');
    const refused = await p.request({
      method: 'PUT',
      url: `/api/agencies/${duruan}/people-settings`,
      cookie: await as('duruan.head'),
      body: { yearlyTrainingHours: 30, minReviewerRatio: 0.05 },
    });
    expect(refused.statusCode).toBe(403);
    const set = await p.request({
      method: 'PUT',
      url: `/api/agencies/${duruan}/people-settings`,
      cookie: await as('coordinator'),
      body: { yearlyTrainingHours: 30, minReviewerRatio: 0.05 },
    });
    expect(set.statusCode).toBe(200);
    const agency = (await shortfall('duruan.head')).agencies[0];
    expect(agency.requirement).toBe(30);
    expect(agency.shortCount).toBe(0);
    const audit = await p.app.db
      .selectFrom('audit_log')
      .select('details')
      .where('event_type', '=', 'agency.peopleSettingsChanged')
      .executeTakeFirstOrThrow();
    expect(audit.details).toMatchObject({ before: { yearlyTrainingHours: 60 }, after: { yearlyTrainingHours: 30 } });
    await p.request({
      method: 'PUT',
      url: `/api/agencies/${duruan}/people-settings`,
      cookie: await as('coordinator'),
      body: { yearlyTrainingHours: 60, minReviewerRatio: 0.05 },
    });
  });
});

describe('Excel import', () => {
  it('imports nothing when one row is bad, and lists every bad row with its column', async () => {
    const before = await countRecords();
    const name = await nameOf('baisha.officer1');
    const number = await certNumber('baisha.officer1');
    const data = await xlsx(HEADER, [
      [name, number, '行政强制法专题', today, 90, null, '区司法局'],
      [name, number, '执法记录仪使用', '2025-02-30', 45, null, null],
      ['张冠李戴', number, '证据规则', today, null, 2, null],
      [name, '440703000000', '证据规则', today, null, 2, null],
      [name, number, '行政强制法专题', today, 60, null, null],
    ]);
    const res = await upload('baisha.head', data);
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('TRAINING_IMPORT_INVALID');
    expect(res.json().message).toContain('未导入任何记录');
    expect(res.json().details.map((d: { row: number; column: string }) => [d.row, d.column])).toEqual([
      [3, '培训日期'],
      [4, '姓名'],
      [5, '执法证号'],
      [6, '培训内容'],
    ]);
    expect(await countRecords()).toBe(before);
    const failure = await p.app.db
      .selectFrom('audit_log')
      .select(['outcome', 'details'])
      .where('event_type', '=', 'training.imported')
      .executeTakeFirstOrThrow();
    expect(failure.outcome).toBe('failure');
  });

  it('imports a clean sheet (dates as Excel dates or text, columns in any order) and counts its 学时', async () => {
    const name = await nameOf('baisha.officer2');
    const number = await certNumber('baisha.officer2');
    const d = new Date(`${today}T00:00:00Z`);
    const header = [
      TRAINING_COLUMNS.course,
      TRAINING_COLUMNS.personName,
      TRAINING_COLUMNS.certificateNumber,
      TRAINING_COLUMNS.date,
      TRAINING_COLUMNS.minutes,
      TRAINING_COLUMNS.hours,
    ];
    const data = await xlsx(header, [
      ['导入课程一', name, number, d, 135, null],
      [],
      ['导入课程二', name, number, today.replace(/-/g, '/'), null, 1.5],
    ]);
    const before = await countRecords();
    const res = await upload('baisha.head', data);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ imported: 2, hours: 4.5 });
    expect(await countRecords()).toBe(before + 2);
    // The same sheet again would count the 学时 twice: refused as a whole.
    const again = await upload('baisha.head', data);
    expect(again.statusCode).toBe(400);
    expect(await countRecords()).toBe(before + 2);
  });

  it("another township's certificate number is unknown to a township head", async () => {
    const data = await xlsx(HEADER, [
      [await nameOf('hetang.officer1'), await certNumber('hetang.officer1'), '越权导入', today, 45, null, null],
    ]);
    const res = await upload('baisha.head', data);
    expect(res.statusCode).toBe(400);
    expect(res.json().details[0]).toMatchObject({ row: 2, column: '执法证号' });
  });

  it('refuses a file that is not a workbook, a sheet without the required headers, and an officer (403)', async () => {
    expect((await upload('baisha.head', Buffer.from('not a spreadsheet'))).json().code).toBe('INVALID_FILE');
    expect((await upload('baisha.head', await xlsx(['姓名', '备注'], [['某人', 'x']]))).json().code).toBe(
      'MISSING_COLUMNS',
    );
    expect((await upload('baisha.officer1', await xlsx(HEADER, []))).statusCode).toBe(403);
  });

  it('the template has the columns the import reads', async () => {
    const res = await p.request({ method: 'GET', url: '/api/training/template', cookie: await as('baisha.head') });
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect((wb.worksheets[0].getRow(1).values as unknown[]).slice(1)).toEqual(HEADER);
  });
});

describe('legal reviewer ratio', () => {
  it('counts designated reviewers against officers with a valid certificate, per agency', async () => {
    const res = await p.request({ method: 'GET', url: '/api/reports/reviewer-ratio', cookie: await as('coordinator') });
    expect(res.statusCode).toBe(200);
    const hetang = res.json().find((r: { agencyName: string }) => r.agencyName === '荷塘镇');
    // head, deputy, reviewer and three officers hold certificates; one reviewer; 5% of 6 needs 1.
    expect(hetang).toMatchObject({ officers: 6, required: 1, ok: true, minRatio: 0.05 });
    expect(hetang.ratio).toBeCloseTo(1 / 6, 4);
    expect(hetang.reviewers).toHaveLength(1);
  });

  it('fails the check when the only reviewer is no longer designated, and is 404 out of scope', async () => {
    const hetang = await agencyId(p, '荷塘镇');
    const reviewer = await personOf(p, 'hetang.reviewer');
    await p.app.db.updateTable('persons').set({ legal_reviewer: false }).where('id', '=', reviewer).execute();
    const res = await p.request({
      method: 'GET',
      url: `/api/agencies/${hetang}/reviewer-ratio`,
      cookie: await as('hetang.head'),
    });
    expect(res.json()).toMatchObject({ officers: 6, required: 1, ok: false, reviewers: [] });
    expect(
      (
        await p.request({
          method: 'GET',
          url: `/api/agencies/${hetang}/reviewer-ratio`,
          cookie: await as('duruan.head'),
        })
      ).statusCode,
    ).toBe(404);
  });
});
