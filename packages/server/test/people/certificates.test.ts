import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../helpers';
import { checkEnforcingOfficers, officerForUser } from '../../src/modules/people/enforcing-officers';
import { isoDaysFrom, personOf } from './fixtures';

let p: TestPlatform;
const cookies: Record<string, string> = {};
const as = async (username: string) => (cookies[username] ??= await p.login(username));

beforeAll(async () => {
  p = await createTestPlatform();
});
afterAll(async () => {
  await p?.close();
});

async function certOf(username: string) {
  const personId = await personOf(p, username);
  return p.app.db.selectFrom('certificates').selectAll().where('person_id', '=', personId).executeTakeFirstOrThrow();
}

const verify = (token: string) => p.request({ method: 'GET', url: `/api/public/certificates/${token}` });

describe('public verification (事中公示)', () => {
  it('answers without sign-in with exactly name, agency, number, domains, validity and status text', async () => {
    const cert = await certOf('duruan.officer1');
    const res = await verify(cert.verify_token);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(Object.keys(body).sort()).toEqual(['agency', 'certificateNumber', 'domains', 'name', 'status', 'validNow']);
    expect(body).toMatchObject({
      agency: '江门市蓬江区杜阮镇人民政府',
      certificateNumber: cert.number,
      domains: cert.domains,
      validNow: true,
      status: '有效',
    });
    const person = await p.app.db
      .selectFrom('persons')
      .selectAll()
      .where('id', '=', cert.person_id)
      .executeTakeFirstOrThrow();
    expect(body.name).toBe(person.name);
    expect(res.body).not.toContain(person.id_number_masked!);
    expect(res.body).not.toContain(person.phone_masked!);
    expect(res.body).not.toContain(cert.valid_to);
  });

  it('an unknown token is 404 and a malformed one 400', async () => {
    expect((await verify('AAAAAAAAAAAAAAAAAAAAAA')).statusCode).toBe(404);
    expect((await verify('no%20such')).statusCode).toBe(400);
  });

  it('turns invalid on suspension and valid again on restoration; the changes are audited with the reason', async () => {
    const cert = await certOf('duruan.officer2');
    const head = await as('duruan.head');
    const suspend = await p.request({
      method: 'POST',
      url: `/api/certificates/${cert.id}/status`,
      cookie: head,
      body: { action: 'suspend', reason: '涉嫌违规执法，暂扣待查' },
    });
    expect(suspend.statusCode).toBe(200);
    expect((await verify(cert.verify_token)).json()).toMatchObject({ validNow: false, status: '已暂扣' });
    const restore = await p.request({
      method: 'POST',
      url: `/api/certificates/${cert.id}/status`,
      cookie: head,
      body: { action: 'restore', reason: '核查完毕' },
    });
    expect(restore.statusCode).toBe(200);
    expect((await verify(cert.verify_token)).json().validNow).toBe(true);
    const audit = await p.app.db
      .selectFrom('audit_log')
      .select('details')
      .where('event_type', '=', 'certificate.statusChanged')
      .where('object_id', '=', cert.id)
      .execute();
    expect(audit.map((a) => (a.details as { action: string }).action)).toEqual(['suspend', 'restore']);
    expect(audit[0].details).toMatchObject({ before: 'valid', after: 'suspended', reason: '涉嫌违规执法，暂扣待查' });
  });

  it('revocation is final: a revoked certificate cannot be restored', async () => {
    const cert = await certOf('duruan.reviewer');
    const head = await as('duruan.head');
    expect(
      (
        await p.request({
          method: 'POST',
          url: `/api/certificates/${cert.id}/status`,
          cookie: head,
          body: { action: 'revoke', reason: '调离执法岗位' },
        })
      ).statusCode,
    ).toBe(200);
    const again = await p.request({
      method: 'POST',
      url: `/api/certificates/${cert.id}/status`,
      cookie: head,
      body: { action: 'restore', reason: '误操作' },
    });
    expect(again.statusCode).toBe(409);
    expect((await verify(cert.verify_token)).json()).toMatchObject({ validNow: false, status: '已吊销' });
  });

  it('turns invalid when the validity period ends, with no stored status change', async () => {
    const personId = await personOf(p, 'huanshi.officer1');
    const created = await p.request({
      method: 'POST',
      url: `/api/people/${personId}/certificates`,
      cookie: await as('huanshi.head'),
      body: {
        number: '440703199999',
        issuer: '广东省人民政府',
        domains: ['城市管理'],
        validFrom: '2021-01-01',
        validTo: isoDaysFrom(p.clock.now, 1),
      },
    });
    expect(created.statusCode).toBe(201);
    const cert = await p.app.db
      .selectFrom('certificates')
      .selectAll()
      .where('id', '=', created.json().id)
      .executeTakeFirstOrThrow();
    expect((await verify(cert.verify_token)).json().validNow).toBe(true);
    const saved = p.clock.now;
    p.clock.advanceMinutes(3 * 24 * 60);
    try {
      expect((await verify(cert.verify_token)).json()).toMatchObject({ validNow: false, status: '已过期' });
    } finally {
      p.clock.now = saved;
    }
    expect(
      (await p.app.db.selectFrom('certificates').select('status').where('id', '=', cert.id).executeTakeFirstOrThrow())
        .status,
    ).toBe('valid');
  });

  it('a township head cannot change a certificate of another township (404)', async () => {
    const cert = await certOf('baisha.officer1');
    const res = await p.request({
      method: 'POST',
      url: `/api/certificates/${cert.id}/status`,
      cookie: await as('duruan.head'),
      body: { action: 'suspend', reason: '越权测试' },
    });
    expect(res.statusCode).toBe(404);
  });
});

describe('certificate records', () => {
  it('refuses a duplicate number and a validity ending before it starts', async () => {
    const personId = await personOf(p, 'duruan.officer3');
    const existing = await certOf('duruan.officer1');
    const head = await as('duruan.head');
    const body = {
      number: existing.number,
      issuer: '广东省人民政府',
      domains: ['城市管理'],
      validFrom: '2024-01-01',
      validTo: '2029-01-01',
    };
    expect(
      (await p.request({ method: 'POST', url: `/api/people/${personId}/certificates`, cookie: head, body })).json()
        .code,
    ).toBe('DUPLICATE_CERTIFICATE_NUMBER');
    const reversed = await p.request({
      method: 'POST',
      url: `/api/people/${personId}/certificates`,
      cookie: head,
      body: { ...body, number: '440703188888', validFrom: '2030-01-01' },
    });
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().code).toBe('INVALID_VALIDITY');
  });

  it('serves the QR code as a PNG for readers in scope only', async () => {
    const cert = await certOf('duruan.officer3');
    const res = await p.request({
      method: 'GET',
      url: `/api/certificates/${cert.id}/qr`,
      cookie: await as('duruan.officer1'),
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('image/png');
    expect(res.rawPayload.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(
      (await p.request({ method: 'GET', url: `/api/certificates/${cert.id}/qr`, cookie: await as('baisha.officer1') }))
        .statusCode,
    ).toBe(404);
  });
});

describe('expiry reminders', () => {
  it('puts certificates expiring within 30 days in tier 30 and within 31–60 days in tier 60, soonest first', async () => {
    const res = await p.request({ method: 'GET', url: '/api/certificates/reminders', cookie: await as('coordinator') });
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { personName: string; agencyName: string; daysLeft: number; tier: number }[];
    // The demo county: 白沙 officer3 at 20 days, 荷塘 officer2 at 45, 棠下 officer3 at 55 (潮连's has expired).
    const demo = items.filter((i) => i.daysLeft >= 15);
    expect(demo.map((i) => [i.agencyName, i.tier])).toEqual([
      ['白沙街道', 30],
      ['荷塘镇', 60],
      ['棠下镇', 60],
    ]);
    for (const i of items) expect(i.tier).toBe(i.daysLeft <= 30 ? 30 : 60);
  });

  it("a township head sees only the own township's reminders", async () => {
    const res = await p.request({ method: 'GET', url: '/api/certificates/reminders', cookie: await as('hetang.head') });
    expect(res.json().items.map((i: { agencyName: string }) => i.agencyName)).toEqual(['荷塘镇']);
  });
});

describe('checkEnforcingOfficers (行政处罚法 第42条; 行政强制法 第17条)', () => {
  const act = () => ({ date: isoDaysFrom(p.clock.now, 0), domain: '城市管理' });

  it('accepts a certified officer in the domain and names the certificate', async () => {
    const officer = await personOf(p, 'hetang.officer1');
    const [r] = await checkEnforcingOfficers(p.app.db, [officer], act());
    expect(r).toMatchObject({ personId: officer, ok: true });
    expect(r.certificateNumber).toBe((await certOf('hetang.officer1')).number);
  });

  it('refuses an auxiliary, an expired certificate and a domain the certificate does not cover', async () => {
    const aux = await personOf(p, 'hetang.aux');
    const expired = await personOf(p, 'chaolian.officer3');
    const narrow = await personOf(p, 'hetang.officer3'); // certificate: 城市管理, 市场监管 only
    const date = isoDaysFrom(p.clock.now, 0);
    const results = [
      ...(await checkEnforcingOfficers(p.app.db, [aux, expired], { date, domain: '城市管理' })),
      ...(await checkEnforcingOfficers(p.app.db, [narrow], { date, domain: '自然资源' })),
    ];
    expect(results.map((r) => [r.ok, r.code])).toEqual([
      [false, 'auxiliary'],
      [false, 'certificateExpired'],
      [false, 'domainNotCovered'],
    ]);
    for (const r of results) expect(r.reason).toMatch(/行政处罚法 第42条/);
  });

  it('refuses a certificate valid today on a date after its end, and an unknown person', async () => {
    const soon = await personOf(p, 'baisha.officer3'); // expires in 20 days
    const [later] = await checkEnforcingOfficers(p.app.db, [soon], {
      date: isoDaysFrom(p.clock.now, 40),
      domain: '城市管理',
    });
    expect(later).toMatchObject({ ok: false, code: 'certificateExpired' });
    const [ghost] = await checkEnforcingOfficers(p.app.db, ['00000000-0000-4000-8000-000000000000'], act());
    expect(ghost).toMatchObject({ ok: false, code: 'unknownPerson' });
  });

  it('refuses a person who has left the service (inactive)', async () => {
    const person = await personOf(p, 'tangxia.officer2');
    await p.app.db.updateTable('persons').set({ active: false }).where('id', '=', person).execute();
    const [r] = await checkEnforcingOfficers(p.app.db, [person], act());
    expect(r).toMatchObject({ ok: false, code: 'inactive' });
  });

  it('officerForUser links an account to its person; administrators have none', async () => {
    const user = await p.app.db
      .selectFrom('users')
      .select(['id', 'person_id'])
      .where('username', '=', 'duruan.officer1')
      .executeTakeFirstOrThrow();
    expect(await officerForUser(p.app.db, user.id)).toMatchObject({
      personId: user.person_id,
      post: 'establishment',
      active: true,
    });
    const admin = await p.app.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'sysadmin')
      .executeTakeFirstOrThrow();
    expect(await officerForUser(p.app.db, admin.id)).toBeNull();
  });
});
