import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestPlatform, type TestPlatform } from '../helpers';
import { agencyId, badCheckDigit, personOf, validId } from './fixtures';

let p: TestPlatform;
let duruan: string;
let baisha: string;
const cookies: Record<string, string> = {};
const as = async (username: string) => (cookies[username] ??= await p.login(username));

beforeAll(async () => {
  p = await createTestPlatform();
  duruan = await agencyId(p, '杜阮镇');
  baisha = await agencyId(p, '白沙街道');
});
afterAll(async () => {
  await p?.close();
});

const newPerson = (over: Record<string, unknown> = {}) => ({
  agencyId: duruan,
  name: '测试人员',
  idNumber: validId(),
  phone: '13800138000',
  post: 'establishment',
  ...over,
});

describe('registering a person', () => {
  it('refuses an ID number with a wrong GB 11643 check digit, with a Chinese message on the field', async () => {
    const res = await p.request({
      method: 'POST',
      url: '/api/people',
      cookie: await as('duruan.head'),
      body: newPerson({ idNumber: badCheckDigit(validId()) }),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('INVALID_ID_NUMBER');
    expect(res.json().message).toContain('校验码');
    expect(res.json().details).toEqual([{ path: 'idNumber', message: res.json().message }]);
  });

  it('stores ID number and phone encrypted: no plaintext anywhere in persons or in the audit trail', async () => {
    const id = validId('19790304', 555);
    const res = await p.request({
      method: 'POST',
      url: '/api/people',
      cookie: await as('duruan.head'),
      body: newPerson({ name: '加密测试', idNumber: id, phone: '13912345678' }),
    });
    expect(res.statusCode).toBe(201);
    const raw = await sql<Record<string, unknown>>`select * from persons`.execute(p.app.db);
    const dump = JSON.stringify(raw.rows);
    expect(dump).not.toContain(id);
    expect(dump).not.toContain(id.slice(0, 14));
    expect(dump).not.toContain('13912345678');
    const row = raw.rows.find((r) => r.id === res.json().id)!;
    expect(row.id_number_masked).toBe(`${id.slice(0, 4)}**********${id.slice(-4)}`);
    expect(row.phone_masked).toBe('139****5678');
    const audit = await sql<
      Record<string, unknown>
    >`select details from audit_log where event_type = 'person.created'`.execute(p.app.db);
    expect(JSON.stringify(audit.rows)).not.toContain(id);
    expect(JSON.stringify(audit.rows)).toContain(row.id_number_masked as string);
  });

  it('refuses a second person with the same ID number (found through the lookup HMAC)', async () => {
    const id = validId('19850607', 777);
    const first = await p.request({
      method: 'POST',
      url: '/api/people',
      cookie: await as('duruan.head'),
      body: newPerson({ name: '甲', idNumber: id }),
    });
    expect(first.statusCode).toBe(201);
    const again = await p.request({
      method: 'POST',
      url: '/api/people',
      cookie: await as('coordinator'),
      body: newPerson({ name: '乙', idNumber: id.toLowerCase(), agencyId: baisha }),
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('DUPLICATE_ID_NUMBER');
  });

  it('a township head cannot register a person in another township (404), an officer cannot manage at all (403)', async () => {
    const other = await p.request({
      method: 'POST',
      url: '/api/people',
      cookie: await as('duruan.head'),
      body: newPerson({ agencyId: baisha, idNumber: validId('19900101', 11) }),
    });
    expect(other.statusCode).toBe(404);
    const officer = await p.request({
      method: 'POST',
      url: '/api/people',
      cookie: await as('duruan.officer1'),
      body: newPerson({ idNumber: validId('19900101', 12) }),
    });
    expect(officer.statusCode).toBe(403);
  });

  it('an update keeps the ID number when omitted and audits what changed', async () => {
    const id = validId('19920202', 222);
    const created = await p.request({
      method: 'POST',
      url: '/api/people',
      cookie: await as('duruan.head'),
      body: newPerson({ name: '改前', idNumber: id }),
    });
    const personId = created.json().id;
    const { idNumber: _omit, ...rest } = newPerson({ name: '改后', legalReviewer: true });
    const res = await p.request({
      method: 'PUT',
      url: `/api/people/${personId}`,
      cookie: await as('duruan.head'),
      body: { ...rest, phone: null },
    });
    expect(res.statusCode).toBe(200);
    const row = await p.app.db.selectFrom('persons').selectAll().where('id', '=', personId).executeTakeFirstOrThrow();
    expect(row.name).toBe('改后');
    expect(row.legal_reviewer).toBe(true);
    expect(row.id_number_masked).toBe(`${id.slice(0, 4)}**********${id.slice(-4)}`);
    expect(row.phone_enc).toBeNull();
    const audit = await p.app.db
      .selectFrom('audit_log')
      .select('details')
      .where('event_type', '=', 'person.updated')
      .where('object_id', '=', personId)
      .executeTakeFirstOrThrow();
    expect(audit.details).toMatchObject({
      changes: { name: { before: '改前', after: '改后' }, legal_reviewer: { before: false, after: true } },
    });
  });
});

describe('reading people', () => {
  it('lists only the own township for a township officer, with masked ID numbers', async () => {
    const res = await p.request({ method: 'GET', url: '/api/people?limit=200', cookie: await as('duruan.officer1') });
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { agencyId: string; idNumberMasked: string | null }[];
    expect(items.length).toBeGreaterThan(5);
    expect(new Set(items.map((i) => i.agencyId))).toEqual(new Set([duruan]));
    for (const i of items) if (i.idNumberMasked) expect(i.idNumberMasked).toMatch(/^\d{4}\*{10}[\dX]{4}$/);
    expect(res.body).not.toMatch(/\d{17}[\dX]/);
  });

  it('lists the whole county for the coordinator and filters by certificate status and post', async () => {
    const all = await p.request({ method: 'GET', url: '/api/people?limit=200', cookie: await as('coordinator') });
    expect(new Set(all.json().items.map((i: { agencyId: string }) => i.agencyId)).size).toBeGreaterThan(6);
    const expired = await p.request({
      method: 'GET',
      url: '/api/people?certificateStatus=expired',
      cookie: await as('coordinator'),
    });
    expect(expired.json().items.map((i: { name: string; agencyName: string }) => i.agencyName)).toEqual(['潮连街道']);
    const aux = await p.request({
      method: 'GET',
      url: '/api/people?post=auxiliary&limit=200',
      cookie: await as('coordinator'),
    });
    expect(aux.json().total).toBe(6);
    expect(aux.json().items.every((i: { certificateStatus: string }) => i.certificateStatus === 'none')).toBe(true);
  });

  it('finds a person by the full ID number without the number reaching the answer', async () => {
    const id = validId('19791111', 909);
    await p.request({
      method: 'POST',
      url: '/api/people',
      cookie: await as('duruan.head'),
      body: newPerson({ name: '检索目标', idNumber: id }),
    });
    const res = await p.request({ method: 'GET', url: `/api/people?q=${id}`, cookie: await as('duruan.head') });
    expect(res.json().items.map((i: { name: string }) => i.name)).toEqual(['检索目标']);
    expect(res.body).not.toContain(id);
  });

  it("another township's person is 404 for a township head, detail and identity alike", async () => {
    const baishaPerson = await personOf(p, 'baisha.officer1');
    expect(
      (await p.request({ method: 'GET', url: `/api/people/${baishaPerson}`, cookie: await as('duruan.head') }))
        .statusCode,
    ).toBe(404);
    expect(
      (await p.request({ method: 'GET', url: `/api/people/${baishaPerson}/identity`, cookie: await as('duruan.head') }))
        .statusCode,
    ).toBe(404);
    const { idNumber: _i, ...rest } = newPerson({ agencyId: baisha });
    expect(
      (
        await p.request({
          method: 'PUT',
          url: `/api/people/${baishaPerson}`,
          cookie: await as('duruan.head'),
          body: rest,
        })
      ).statusCode,
    ).toBe(404);
  });

  it('the detail shows certificates, training, accounts and what the reader may do', async () => {
    const me = await personOf(p, 'duruan.officer1');
    const res = await p.request({ method: 'GET', url: `/api/people/${me}`, cookie: await as('duruan.officer1') });
    expect(res.statusCode).toBe(200);
    const d = res.json();
    expect(d.certificates).toHaveLength(1);
    expect(d.certificates[0].status).toBe('valid');
    expect(d.accounts.map((a: { username: string }) => a.username)).toEqual(['duruan.officer1']);
    expect(d.training.length).toBeGreaterThan(0);
    expect(d.permissions).toEqual({ manage: false, viewIdentity: false });
  });
});

describe('full identity', () => {
  it('the agency head reads the full ID number and phone, and the read is audited as person.identityViewed', async () => {
    const id = validId('19810909', 404);
    const created = await p.request({
      method: 'POST',
      url: '/api/people',
      cookie: await as('duruan.head'),
      body: newPerson({ name: '身份查看', idNumber: id, phone: '13700001111' }),
    });
    const personId = created.json().id;
    const res = await p.request({
      method: 'GET',
      url: `/api/people/${personId}/identity`,
      cookie: await as('duruan.head'),
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ idNumber: id, phone: '13700001111' });
    const audit = await p.app.db
      .selectFrom('audit_log')
      .selectAll()
      .where('event_type', '=', 'person.identityViewed')
      .where('object_id', '=', personId)
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0].actor_name).toBeTruthy();
    expect(JSON.stringify(audit[0].details)).not.toContain(id);
  });

  it('the county supervisor may read identities across the county; an officer is refused (403) and the denial audited', async () => {
    const person = await personOf(p, 'hetang.officer1');
    expect(
      (await p.request({ method: 'GET', url: `/api/people/${person}/identity`, cookie: await as('supervisor') }))
        .statusCode,
    ).toBe(200);
    const refused = await p.request({
      method: 'GET',
      url: `/api/people/${person}/identity`,
      cookie: await as('hetang.officer1'),
    });
    expect(refused.statusCode).toBe(403);
    const denied = await p.app.db
      .selectFrom('audit_log')
      .select('object_id')
      .where('event_type', '=', 'access.denied')
      .execute();
    expect(denied.some((d) => d.object_id === 'GET /api/people/:id/identity')).toBe(true);
  });
});
