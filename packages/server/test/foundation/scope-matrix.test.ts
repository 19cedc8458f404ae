import crypto from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { can, isPermission, ROLES, type Actor, type Permission, type Role } from '@zhifa/domain';
import { createTestPlatform, type TestPlatform } from '../helpers';

/**
 * The data-scope half of the permission matrix: every role × every record route × a record in
 * the actor's scope and one outside it. Township accounts sit in 杜阮镇; the "other" record
 * belongs to 荷塘镇. Out of scope must be 403 or 404 and never the record.
 */
let p: TestPlatform;
const ACCOUNT: Record<Role, string> = {
  officer: 'duruan.officer1',
  auxiliary: 'duruan.aux',
  legalReviewer: 'duruan.reviewer',
  agencyHead: 'duruan.head',
  departmentOfficer: 'cg.officer',
  countyCoordinator: 'coordinator',
  countySupervisor: 'supervisor',
  systemAdmin: 'sysadmin',
  securityAdmin: 'secadmin',
  auditAdmin: 'auditadmin',
};
const cookies = new Map<Role, string>();
const actors = new Map<Role, Actor>();
let duruan: { id: string; region: string };
let hetang: { id: string; region: string };

type Fixture = (agencyId: string) => Promise<string | null>;
const first = async (q: Promise<{ rows: { id: string }[] }>) => (await q).rows[0]?.id ?? null;

/** How to find a record of a given agency for each record route (by URL prefix). */
const AGENCY_SCOPED: Record<string, Fixture> = {
  '/api/people/:id': (a) =>
    first(
      sql<{ id: string }>`select id::text from persons where agency_id = ${a} order by name limit 1`.execute(p.app.db),
    ),
  '/api/certificates/:id': (a) =>
    first(
      sql<{
        id: string;
      }>`select c.id::text from certificates c join persons x on x.id = c.person_id where x.agency_id = ${a} limit 1`.execute(
        p.app.db,
      ),
    ),
  '/api/agencies/:id': (a) => Promise.resolve(a),
  // A complaint from the portal first, so the complaint routes under /api/leads/:id find theirs.
  '/api/leads/:id': (a) =>
    first(
      sql<{ id: string }>`select id::text from leads where agency_id = ${a}
        order by exists (select 1 from public_complaints c where c.lead_id = leads.id) desc limit 1`.execute(p.app.db),
    ),
  '/api/complaint-photos/:id': (a) =>
    first(
      sql<{ id: string }>`select f.id::text from public_complaint_photos f
        join public_complaints c on c.id = f.complaint_id where c.agency_id = ${a} limit 1`.execute(p.app.db),
    ),
  '/api/cases/:id': (a) =>
    first(
      sql<{ id: string }>`select id::text from cases where agency_id = ${a} order by updated_at desc limit 1`.execute(
        p.app.db,
      ),
    ),
  '/api/evidence/:id': (a) =>
    first(sql<{ id: string }>`select id::text from evidence where agency_id = ${a} limit 1`.execute(p.app.db)),
  '/api/delegation/agencies/:agencyId': (a) => Promise.resolve(a),
  '/api/correction-notices/:id': (a) =>
    first(
      sql<{ id: string }>`select id::text from correction_notices where agency_id = ${a} limit 1`.execute(p.app.db),
    ),
  // A township the demo's review plan drew nothing from gets one of its cases put on that plan.
  '/api/file-reviews/:id': async (a) =>
    (await first(
      sql<{ id: string }>`select id::text from file_reviews where agency_id = ${a} limit 1`.execute(p.app.db),
    )) ??
    first(
      sql<{ id: string }>`insert into file_reviews (plan_id, case_id, agency_id, auto_facts)
        select (select id from review_plans order by created_at limit 1), c.id, c.agency_id, '{}'::jsonb
        from cases c where c.agency_id = ${a} order by c.updated_at desc limit 1
        returning id::text`.execute(p.app.db),
    ),
  '/api/documents/:id': (a) =>
    first(sql<{ id: string }>`select id::text from documents where agency_id = ${a} limit 1`.execute(p.app.db)),
  '/api/disclosure/tasks/:id': (a) =>
    first(
      sql<{ id: string }>`select id::text from disclosure_renditions where agency_id = ${a} limit 1`.execute(p.app.db),
    ),
};

beforeAll(async () => {
  p = await createTestPlatform();
  for (const role of ROLES) {
    cookies.set(role, await p.login(ACCOUNT[role]));
    const row = await p.app.db
      .selectFrom('users')
      .innerJoin('agencies', 'agencies.id', 'users.agency_id')
      .select(['users.id', 'users.roles', 'users.agency_id', 'agencies.region_code'])
      .where('username', '=', ACCOUNT[role])
      .executeTakeFirstOrThrow();
    actors.set(role, {
      userId: row.id,
      roles: row.roles as Role[],
      agencyId: row.agency_id,
      regionCode: row.region_code,
    });
  }
  const ag = async (short: string) =>
    p.app.db
      .selectFrom('agencies')
      .select(['id', 'region_code'])
      .where('short_name', '=', short)
      .executeTakeFirstOrThrow();
  const d = await ag('杜阮镇');
  const h = await ag('荷塘镇');
  duruan = { id: d.id, region: d.region_code };
  hetang = { id: h.id, region: h.region_code };
  // Leads and evidence of both townships, made through the API as their own officers would.
  for (const town of ['duruan', 'hetang']) {
    const cookie = await p.login(`${town}.officer1`);
    const lead = await p.request({
      method: 'POST',
      url: '/api/leads',
      cookie,
      body: { source: 'patrol', receivedAt: p.clock.now.toISOString().slice(0, 10), summary: '巡查发现占道经营' },
    });
    expect(lead.statusCode, lead.body).toBeLessThan(300);
    const agencyId = town === 'duruan' ? duruan.id : hetang.id;
    const caseId = await first(
      sql<{
        id: string;
      }>`select id::text from cases where agency_id = ${agencyId} order by updated_at desc limit 1`.execute(p.app.db),
    );
    expect(caseId, 'demo case').toBeTruthy();
    if (!caseId) continue;
    const content = Buffer.from(`现场照片 ${town}`);
    const sha = crypto.createHash('sha256').update(content).digest('hex');
    const boundary = `----zhifa${crypto.randomBytes(6).toString('hex')}`;
    const field = (name: string, value: string) =>
      `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
    const body = Buffer.concat([
      Buffer.from(
        field('sha256', sha) +
          field('kind', 'audioVisual') +
          field('title', '现场照片') +
          field('capturedAt', p.clock.now.toISOString().slice(0, 16)),
      ),
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="photo.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`,
      ),
      content,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const up = await p.request({
      method: 'POST',
      url: `/api/cases/${caseId}/evidence`,
      cookie,
      body,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
    expect(up.statusCode, up.body).toBe(201);
    // A complaint with a photo through the public portal, about a place in the township.
    const form = await p.request({ method: 'GET', url: '/public/complaints' });
    const formCookie = form.cookies.find((c) => c.name === 'zhifa_form')!;
    const token = /name="formToken" value="([^"]+)"/.exec(form.body)![1];
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from(town)]);
    const complaint = Buffer.concat([
      Buffer.from(
        field('formToken', token) +
          field('problemType', 'other') +
          field('townshipId', agencyId) +
          field('address', '镇政府门前') +
          field('description', '路边长期堆放杂物') +
          field('name', '赵六') +
          field('phone', '13700000000'),
      ),
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="photos"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n`,
      ),
      png,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const sent = await p.request({
      method: 'POST',
      url: '/public/complaints',
      body: complaint,
      headers: {
        'content-type': `multipart/form-data; boundary=${boundary}`,
        cookie: `zhifa_form=${formCookie.value}`,
      },
    });
    expect(sent.statusCode, sent.body).toBe(201);
  }
}, 180_000);
afterAll(async () => {
  await p?.close();
});

describe('data scope: role × record route × (in scope, out of scope)', () => {
  it('every GET route with a record id has a fixture here, so no record route escapes the matrix', () => {
    const recordRoutes = p.fastify.routeTable.filter(
      (r) =>
        r.method === 'GET' && r.url.startsWith('/api/') && r.url.includes('/:') && !r.url.startsWith('/api/public/'),
    );
    const uncovered = recordRoutes.filter(
      (r) =>
        !Object.keys(AGENCY_SCOPED).some((prefix) => r.url.startsWith(prefix)) &&
        // County-wide libraries: every role with the permission reads all of them. A review plan is
        // county-wide too; its files and results are filtered by the reader's scope (reviews.test.ts).
        !/^\/api\/(laws|items|benchmarks|delegation\/decisions|review-plans)\//.test(r.url),
    );
    expect(uncovered.map((r) => r.url)).toEqual([]);
  });

  it('a record outside the scope answers 403/404 without data; inside it answers 200', async () => {
    const failures: string[] = [];
    let cells = 0;
    const routes = p.fastify.routeTable.filter(
      (r) => r.method === 'GET' && r.url.includes('/:') && r.access && isPermission(r.access),
    );
    for (const route of routes) {
      const prefix = Object.keys(AGENCY_SCOPED).find((k) => route.url.startsWith(k));
      if (!prefix) continue;
      const permission = route.access as Permission;
      const inId = await AGENCY_SCOPED[prefix](duruan.id);
      const outId = await AGENCY_SCOPED[prefix](hetang.id);
      if (!inId || !outId) {
        failures.push(`${route.url}: no demo record to test with (杜阮镇 ${inId}, 荷塘镇 ${outId})`);
        continue;
      }
      const param = prefix.match(/:(\w+)$/)![1];
      // Every case has its first action, so seq 1 exists wherever the case does.
      const fill = (id: string) =>
        route.url
          .replace(`:${param}`, id)
          .replace(/:code\b/, 'CSGL-001')
          .replace(/:seq\b/, '1');
      for (const role of ROLES) {
        const actor = actors.get(role)!;
        for (const [where, id, loc] of [
          ['in', inId, { agencyId: duruan.id, regionCode: duruan.region }],
          ['out', outId, { agencyId: hetang.id, regionCode: hetang.region }],
        ] as const) {
          cells++;
          const res = await p.request({ method: 'GET', url: fill(id), cookie: cookies.get(role) });
          const allowed = can(actor, permission, loc);
          const label = `${role} ${route.url} (${where} of scope) → ${res.statusCode}`;
          if (allowed && res.statusCode !== 200) failures.push(`${label}, expected 200: ${res.body.slice(0, 120)}`);
          if (!allowed) {
            if (![403, 404].includes(res.statusCode)) failures.push(`${label}, expected 403/404`);
            if (res.body.includes(id) && !route.url.includes('/agencies/'))
              failures.push(`${label} leaked the record id`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
    expect(cells).toBeGreaterThan(100);
  }, 300_000);
});
