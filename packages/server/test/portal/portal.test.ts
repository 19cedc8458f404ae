// The public portal (事前公示, 国办发〔2018〕118号) and the public complaint form (security.md S28, S34).
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { addDays, COMPLAINT_TYPES, routeComplaint } from '@zhifa/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../helpers';

let p: TestPlatform;
let dir: string;
const ids: Record<string, string> = {};

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), crypto.randomBytes(200)]);
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), crypto.randomBytes(300)]);

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhifa-complaints-'));
  p = await createTestPlatform({
    config: { complaints: { dir, perHour: 6, challengeAfter: 3, photoMaxBytes: 64 * 1024 } },
  });
  for (const a of await p.app.db.selectFrom('agencies').select(['id', 'short_name']).execute())
    ids[a.short_name] = a.id;
}, 180_000);
afterAll(async () => {
  await p?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const get = (url: string, headers: Record<string, string> = {}, remoteAddress = '10.0.0.1') =>
  p.fastify.inject({ method: 'GET', url, headers, remoteAddress });

async function openForm(ip: string) {
  const res = await get('/public/complaints', {}, ip);
  expect(res.statusCode).toBe(200);
  const cookie = res.cookies.find((c) => c.name === 'zhifa_form')!;
  const token = /name="formToken" value="([^"]+)"/.exec(res.body)![1];
  const challenge = /name="challenge" value="([^"]+)"/.exec(res.body)?.[1];
  const question = /验证问题：(\d+) 加 (\d+) 等于多少？/.exec(res.body);
  return {
    cookie: `zhifa_form=${cookie.value}`,
    token,
    challenge,
    answer: question ? String(Number(question[1]) + Number(question[2])) : undefined,
  };
}

function multipart(fields: Record<string, string>, files: { name: string; type: string; data: Buffer }[]) {
  const boundary = `----portal${crypto.randomBytes(8).toString('hex')}`;
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields))
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  for (const f of files) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="photos"; filename="${f.name}"\r\nContent-Type: ${f.type}\r\n\r\n`,
      ),
      f.data,
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(parts), type: `multipart/form-data; boundary=${boundary}` };
}

interface Submission {
  ip: string;
  fields?: Record<string, string>;
  files?: { name: string; type: string; data: Buffer }[];
  form?: Awaited<ReturnType<typeof openForm>>;
  json?: boolean;
}

async function submit({ ip, fields = {}, files = [], form, json }: Submission) {
  const f = form ?? (await openForm(ip));
  const m = multipart(
    {
      formToken: f.token,
      problemType: 'other',
      townshipId: ids['环市街道'],
      address: '建设路 12 号门前',
      description: '有人在路边长期堆放杂物，影响通行。',
      ...(f.challenge && f.answer ? { challenge: f.challenge, answer: f.answer } : {}),
      ...fields,
    },
    files,
  );
  return p.fastify.inject({
    method: 'POST',
    url: '/public/complaints',
    remoteAddress: ip,
    headers: { 'content-type': m.type, cookie: f.cookie, ...(json ? { accept: 'application/json' } : {}) },
    payload: m.body,
  });
}

const receiptOf = (html: string) => /id="receipt-code">([0-9A-Z-]+)</.exec(html)![1];

describe('portal pages (事前公示)', () => {
  it('the home page lists the county agencies, with a Chinese title, no script, and ETag caching', async () => {
    const res = await get('/public');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain('<title>行政执法公示 - 行政执法信息公示平台</title>');
    expect(res.body).toContain('<html lang="zh-CN">');
    expect(res.body).toContain('江门市蓬江区环市街道办事处');
    expect(res.body).toContain('江门市蓬江区杜阮镇人民政府');
    expect(res.body).not.toContain('<script');
    expect(res.headers['content-security-policy']).toContain("default-src 'none'");
    expect(res.headers['cache-control']).toBe('public, max-age=60');
    expect(Buffer.byteLength(res.body)).toBeLessThan(50_000);
    const again = await get('/public', { 'if-none-match': String(res.headers.etag) });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
  });

  it('an agency page shows its delegated powers with basis and announcement, officers, procedure, remedies and how to complain', async () => {
    const res = await get(`/public/agencies/${ids['环市街道']}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<title>江门市蓬江区环市街道办事处 - 行政执法信息公示平台</title>');
    const items = await p.app.db
      .selectFrom('delegation_decision_targets')
      .innerJoin(
        'delegation_decision_items',
        'delegation_decision_items.decision_id',
        'delegation_decision_targets.decision_id',
      )
      .innerJoin('enforcement_items', 'enforcement_items.id', 'delegation_decision_items.item_id')
      .select('enforcement_items.code')
      .where('delegation_decision_targets.agency_id', '=', ids['环市街道'])
      .execute();
    expect(items.length).toBeGreaterThan(0);
    expect(res.body).toMatch(/data-item="[A-Z]+-\d+"/);
    expect(res.body).toContain('实施依据：');
    expect(res.body).toContain('赋权公告：');
    expect(res.body).toContain('执法证号');
    expect(res.body).toMatch(/href="\/verify\/[^"]+">核验证件/);
    expect(res.body).toContain('行政处罚法 第47条');
    // 行政复议法 第24条: a street office's decisions are reconsidered by the district government.
    expect(res.body).toContain('江门市蓬江区人民政府');
    expect(res.body).toContain('江门市蓬江区人民法院');
    expect(res.body).toContain('0750-');
    expect(res.body).toContain(`/public/complaints?township=${ids['环市街道']}`);
  });

  it('shows no internal field: officers’ ID numbers and phones never appear', async () => {
    const people = await p.app.db
      .selectFrom('persons')
      .select(['id_number_enc', 'id_number_masked', 'phone_enc', 'phone_masked', 'id'])
      .where('agency_id', '=', ids['环市街道'])
      .execute();
    expect(people.length).toBeGreaterThan(0);
    const res = await get(`/public/agencies/${ids['环市街道']}`);
    for (const person of people) {
      expect(res.body).not.toContain(person.id);
      for (const [enc, binding] of [
        [person.id_number_enc, 'persons.id_number'],
        [person.phone_enc, 'persons.phone'],
      ] as const) {
        if (!enc) continue;
        expect(res.body).not.toContain(p.app.fieldCrypto.decrypt(enc, binding));
      }
      if (person.id_number_masked) expect(res.body).not.toContain(person.id_number_masked);
      if (person.phone_masked) expect(res.body).not.toContain(person.phone_masked);
    }
  });

  it('国办发〔2018〕118号: a revoked item disappears from the page on its effective date, not before', async () => {
    const coordinator = await p.login('coordinator');
    const today = p.app.today();
    const page = await get(`/public/agencies/${ids['白沙街道']}`);
    const code = /data-item="([A-Z]+-\d+)"/.exec(page.body)![1];
    const effective = addDays(today, 5);
    const revoke = await p.request({
      method: 'POST',
      url: '/api/delegation/decisions',
      cookie: coordinator,
      body: {
        kind: 'revoke',
        documentNo: '蓬府〔2026〕99号',
        title: '关于收回部分行政执法事项的决定',
        announcementDate: today,
        effectiveDate: effective,
        agencyIds: [ids['白沙街道']],
        itemCodes: [code],
      },
    });
    expect(revoke.statusCode, revoke.body).toBe(201);
    const before = await get(`/public/agencies/${ids['白沙街道']}`);
    expect(before.body).toContain(`data-item="${code}"`);
    const saved = p.clock.now;
    p.clock.now = new Date(`${addDays(today, 4)}T23:59:00+08:00`);
    expect((await get(`/public/agencies/${ids['白沙街道']}`)).body).toContain(`data-item="${code}"`);
    p.clock.now = new Date(`${effective}T00:01:00+08:00`);
    const after = await get(`/public/agencies/${ids['白沙街道']}`);
    expect(after.body).not.toContain(`data-item="${code}"`);
    p.clock.now = saved;
  });

  it('an unknown agency or page under /public answers 404 as a Chinese page, never the staff client', async () => {
    const res = await get(`/public/agencies/${crypto.randomUUID()}`);
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain('页面不存在');
    const other = await get('/public/no-such-page');
    expect(other.statusCode).toBe(404);
    expect(other.headers['x-error-code']).toBe('NOT_FOUND');
  });
});

describe('public complaint form', () => {
  it('a named complaint with a photo becomes a lead in the township queue; its receipt code follows it', async () => {
    const res = await submit({
      ip: '10.1.0.1',
      fields: { name: '李四海', phone: '13912345678', problemType: 'other', townshipId: ids['杜阮镇'] },
      files: [{ name: 'scene.png', type: 'image/png', data: PNG }],
    });
    expect(res.statusCode, res.body).toBe(201);
    const code = receiptOf(res.body);
    expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    expect(res.body).toContain('江门市蓬江区杜阮镇人民政府');

    const officer = await p.login('duruan.officer1');
    const list = await p.request({ method: 'GET', url: '/api/leads?source=complaint', cookie: officer });
    const lead = list
      .json<{ items: { id: string; summary: string; source: string }[] }>()
      .items.find((l) => l.summary.includes('有人在路边长期堆放杂物'))!;
    expect(lead.source).toBe('complaint');

    const status = await get(`/public/complaints/status?code=${code.toLowerCase()}`);
    expect(status.body).toContain('已受理，正在核查');
    expect(status.body).toContain('江门市蓬江区杜阮镇人民政府');
    const wrong = await get('/public/complaints/status?code=AAAA-BBBB-CCCC-DDDD');
    expect(wrong.body).toContain('没有找到这个回执码');

    // Masked for the officer, who may not reveal it.
    const view = await p.request({ method: 'GET', url: `/api/leads/${lead.id}/complaint`, cookie: officer });
    expect(view.statusCode).toBe(200);
    const v = view.json<{ maskedName: string; maskedPhone: string; canReveal: boolean; photos: { id: string }[] }>();
    expect(v.maskedName).toBe('李**');
    expect(v.maskedPhone).toBe('139****5678');
    expect(v.canReveal).toBe(false);
    expect(view.body).not.toContain('李四海');
    expect(view.body).not.toContain('13912345678');
    expect(
      (await p.request({ method: 'GET', url: `/api/leads/${lead.id}/complainant`, cookie: officer })).statusCode,
    ).toBe(403);

    // The photo leaves only as a download, never to be sniffed into HTML.
    const photo = await p.request({ method: 'GET', url: `/api/complaint-photos/${v.photos[0].id}`, cookie: officer });
    expect(photo.statusCode).toBe(200);
    expect(photo.headers['content-type']).toBe('image/png');
    expect(photo.headers['content-disposition']).toMatch(/^attachment;/);
    expect(photo.headers['x-content-type-options']).toBe('nosniff');
    expect(photo.rawPayload.equals(PNG)).toBe(true);

    // Another township's officer sees nothing of it.
    const stranger = await p.login('baisha.officer1');
    expect(
      (await p.request({ method: 'GET', url: `/api/leads/${lead.id}/complaint`, cookie: stranger })).statusCode,
    ).toBe(404);
    expect(
      (await p.request({ method: 'GET', url: `/api/complaint-photos/${v.photos[0].id}`, cookie: stranger })).statusCode,
    ).toBe(404);

    // security.md S28: the head may reveal the identity, and every view is audited.
    const head = await p.login('duruan.head');
    const views = async () =>
      (
        await p.app.db
          .selectFrom('audit_log')
          .select('seq')
          .where('event_type', '=', 'complaint.identityViewed')
          .where('object_id', '=', lead.id)
          .execute()
      ).length;
    expect(await views()).toBe(0);
    const shown = await p.request({ method: 'GET', url: `/api/leads/${lead.id}/complaint`, cookie: head });
    expect(shown.json<{ canReveal: boolean }>().canReveal).toBe(true);
    const identity = await p.request({ method: 'GET', url: `/api/leads/${lead.id}/complainant`, cookie: head });
    expect(identity.json()).toEqual({ anonymous: false, name: '李四海', phone: '13912345678' });
    await p.request({ method: 'GET', url: `/api/leads/${lead.id}/complainant`, cookie: head });
    expect(await views()).toBe(2);
  });

  it('an anonymous complaint keeps no name or phone', async () => {
    const description = '匿名反映：夜间施工噪声扰民，持续一周。';
    const res = await submit({
      ip: '10.1.0.2',
      fields: { anonymous: '1', name: '王五', phone: '13800000000', description },
    });
    expect(res.statusCode, res.body).toBe(201);
    const row = await p.app.db
      .selectFrom('public_complaints')
      .select(['anonymous', 'name_enc', 'phone_enc'])
      .where('description', '=', description)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ anonymous: true, name_enc: null, phone_enc: null });
  });

  it('行政处罚法 第24条: a complaint lands with the agency holding the matching item for the place', async () => {
    const coordinator = await p.login('coordinator');
    for (const type of COMPLAINT_TYPES.filter((t) => ['garbage', 'noise', 'other'].includes(t.code))) {
      const items = await p.request({
        method: 'GET',
        url: `/api/delegation/agencies/${ids['荷塘镇']}/items`,
        cookie: coordinator,
      });
      const held = new Set(items.json<{ items: { code: string }[] }>().items.map((i) => i.code));
      const departments = await p.app.db
        .selectFrom('enforcement_items')
        .select(['code', 'department_id'])
        .where('active', '=', true)
        .execute();
      const expected = routeComplaint(type, {
        townshipId: ids['荷塘镇'],
        townshipItems: held,
        departmentOf: new Map(departments.map((d) => [d.code, d.department_id])),
      });
      const marker = `荷塘${type.code}${crypto.randomUUID().slice(0, 6)}`;
      const res = await submit({
        ip: `10.2.0.${type.code.length}`,
        fields: { problemType: type.code, townshipId: ids['荷塘镇'], description: `问题描述 ${marker}` },
      });
      expect(res.statusCode, res.body).toBe(201);
      const lead = await p.app.db
        .selectFrom('leads')
        .select(['agency_id', 'item_code'])
        .where('summary', 'like', `%${marker}%`)
        .executeTakeFirstOrThrow();
      expect(lead.agency_id, type.code).toBe(expected.agencyId);
      expect(lead.item_code).toBe(expected.itemCode);
    }
  });

  it('security.md S34: uploads are checked by content and size; refusals are 4xx with a stable code and Chinese message', async () => {
    const html = await submit({
      ip: '10.3.0.1',
      json: true,
      files: [{ name: 'photo.jpg', type: 'image/jpeg', data: Buffer.from('<html><script>alert(1)</script></html>') }],
    });
    expect(html.statusCode).toBe(415);
    expect(html.json()).toMatchObject({ code: 'PHOTO_TYPE', message: '照片只能是 JPEG、PNG 或 WebP 格式的图片' });

    const svg = await submit({
      ip: '10.3.0.1',
      files: [{ name: 'a.png', type: 'image/png', data: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>') }],
    });
    expect(svg.statusCode).toBe(415);
    // A browser gets the same refusal as a Chinese page.
    expect(svg.headers['x-error-code']).toBe('PHOTO_TYPE');
    expect(svg.headers['content-type']).toContain('text/html');
    expect(svg.body).toContain('照片只能是 JPEG、PNG 或 WebP 格式的图片');

    const big = await submit({
      ip: '10.3.0.1',
      json: true,
      files: [{ name: 'big.jpg', type: 'image/jpeg', data: Buffer.concat([JPEG, Buffer.alloc(70 * 1024)]) }],
    });
    expect(big.statusCode).toBe(413);
    expect(big.json()).toMatchObject({ code: 'PHOTO_TOO_LARGE' });

    const six = await submit({
      ip: '10.3.0.1',
      json: true,
      files: Array.from({ length: 6 }, (_, i) => ({ name: `${i}.jpg`, type: 'image/jpeg', data: JPEG })),
    });
    expect(six.statusCode).toBe(400);
    expect(six.json()).toMatchObject({ code: 'TOO_MANY_PHOTOS', message: '最多上传 5 张照片' });

    const form = await openForm('10.3.0.1');
    const noCookie = await submit({ ip: '10.3.0.1', json: true, form: { ...form, cookie: 'zhifa_form=forged' } });
    expect(noCookie.statusCode).toBe(403);
    expect(noCookie.json()).toMatchObject({ code: 'FORM_EXPIRED' });

    const short = await submit({ ip: '10.3.0.1', json: true, fields: { description: '短' } });
    expect(short.statusCode).toBe(400);
    expect(short.json<{ code: string; message: string }>().code).toBe('INVALID_FORM');
    expect(short.json<{ message: string }>().message).toContain('问题描述');

    // Nothing refused was kept: no complaint from this source, no file left behind in the store's temp folder.
    const kept = await p.app.db.selectFrom('public_complaints').select('id').where('description', '=', '短').execute();
    expect(kept).toEqual([]);
    expect(fs.readdirSync(path.join(dir, 'tmp'))).toEqual([]);
  });

  it('security.md S34: per source, a question after a few complaints in the hour, then a hard limit', async () => {
    const ip = '10.4.0.1';
    for (let i = 0; i < 3; i++) expect((await submit({ ip })).statusCode).toBe(201);
    // The form now asks the question; a post without it is refused.
    const form = await openForm(ip);
    expect(form.challenge).toBeDefined();
    const without = await submit({ ip, json: true, form: { ...form, challenge: undefined } });
    expect(without.statusCode).toBe(400);
    expect(without.json()).toMatchObject({ code: 'CHALLENGE_REQUIRED' });
    const wrong = await submit({ ip, json: true, form: { ...form, answer: String(Number(form.answer) + 1) } });
    expect(wrong.json()).toMatchObject({ code: 'CHALLENGE_FAILED' });
    expect((await submit({ ip, form })).statusCode).toBe(201);
    // A question answered once cannot be answered again.
    const replay = await submit({ ip, json: true, form });
    expect(replay.json()).toMatchObject({ code: 'CHALLENGE_FAILED' });
    expect((await submit({ ip })).statusCode).toBe(201);
    expect((await submit({ ip })).statusCode).toBe(201);
    const limited = await submit({ ip, json: true });
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toMatchObject({ code: 'COMPLAINT_RATE_LIMITED' });
    // Another source is unaffected, and an hour later this one may send again without a question.
    expect((await submit({ ip: '10.4.0.2' })).statusCode).toBe(201);
    p.clock.advanceMinutes(61);
    const later = await openForm(ip);
    expect(later.challenge).toBeUndefined();
    expect((await submit({ ip, form: later })).statusCode).toBe(201);
  });

  it('the demo county has a complaint lead waiting in 环市街道’s queue', async () => {
    const officer = await p.login('huanshi.officer1');
    const list = await p.request({ method: 'GET', url: '/api/leads?source=complaint', cookie: officer });
    expect(list.json<{ items: { summary: string }[] }>().items.some((l) => l.summary.startsWith('【公众投诉】'))).toBe(
      true,
    );
  });
});
