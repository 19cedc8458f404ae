import crypto from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { hasPermission, isPermission, ROLES, type Actor, type Role } from '@zhifa/domain';
import { allRoutes } from '../../src/routes';
import { createTestPlatform, type TestPlatform } from '../helpers';

let p: TestPlatform;
const cookies = new Map<Role, string>();
/** One demo account per role. */
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

beforeAll(async () => {
  p = await createTestPlatform();
  for (const role of ROLES) cookies.set(role, await p.login(ACCOUNT[role]));
}, 180_000);
afterAll(async () => {
  await p?.close();
});

const apiRoutes = () =>
  p.fastify.routeTable.filter(
    (r) => r.url.startsWith('/api/') && !r.url.startsWith('/api/docs') && r.method !== 'HEAD',
  );

function fillParams(url: string): string {
  return url.replace(/:([A-Za-z]+)/g, (_m, name: string) => {
    if (/token/i.test(name)) return 'x'.repeat(22);
    if (/code/i.test(name)) return 'ZZ000';
    return crypto.randomUUID();
  });
}

const actorOf = (role: Role): Actor => ({ userId: 'x', roles: [role], agencyId: 'a', regionCode: '440703' });

describe('every route declares its access', () => {
  it('each /api route carries a permission from the catalogue, or is explicitly public/authenticated', () => {
    const routes = apiRoutes();
    expect(routes.length).toBeGreaterThan(15);
    const undeclared = routes.filter(
      (r) => !r.access || !(r.access === 'public' || r.access === 'authenticated' || isPermission(r.access)),
    );
    expect(undeclared).toEqual([]);
  });

  it('every route spec in the registry names a known access', () => {
    for (const spec of allRoutes) {
      expect(
        spec.access === 'public' || spec.access === 'authenticated' || isPermission(spec.access),
        `${spec.method} ${spec.url}`,
      ).toBe(true);
    }
  });

  it('public routes are only the ones meant for everyone', () => {
    const publicRoutes = apiRoutes()
      .filter((r) => r.access === 'public')
      .map((r) => `${r.method} ${r.url}`);
    for (const r of publicRoutes) {
      expect(r, r).toMatch(/\/api\/(health|ready|openapi\.json|auth\/(login|totp|logout)|public\/)/);
    }
  });
});

describe('permission matrix: every role × every route', () => {
  it('without a session every non-public route answers 401', async () => {
    for (const r of apiRoutes().filter((x) => x.access !== 'public')) {
      const res = await p.request({
        method: r.method,
        url: fillParams(r.url),
        body: r.method === 'GET' ? undefined : {},
      });
      expect(res.statusCode, `${r.method} ${r.url}`).toBe(401);
    }
  });

  it('a role without the route permission gets 403 and no data; a role with it is never refused for lack of it', async () => {
    const failures: string[] = [];
    for (const r of apiRoutes()) {
      if (r.url === '/api/auth/logout') continue;
      for (const role of ROLES) {
        const res = await p.request({
          method: r.method,
          url: fillParams(r.url),
          cookie: cookies.get(role),
          body: r.method === 'GET' ? undefined : {},
        });
        const label = `${role} ${r.method} ${r.url} → ${res.statusCode}`;
        if (res.statusCode >= 500) failures.push(label);
        if (r.access && isPermission(r.access)) {
          const allowed = hasPermission(actorOf(role), r.access);
          if (!allowed && res.statusCode !== 403) failures.push(`${label} (expected 403)`);
          if (allowed && res.statusCode === 403 && res.json().code === 'FORBIDDEN')
            failures.push(`${label} (unexpected 403)`);
        }
      }
    }
    expect(failures).toEqual([]);
  }, 300_000);

  it('refusals are audited as access.denied', async () => {
    await p.request({ method: 'GET', url: '/api/audit', cookie: cookies.get('officer') });
    const denied = await p.app.db
      .selectFrom('audit_log')
      .selectAll()
      .where('event_type', '=', 'access.denied')
      .execute();
    expect(denied.length).toBeGreaterThan(0);
    expect(denied.every((d) => d.outcome === 'denied')).toBe(true);
  });
});

/** A digest of every table's content, to prove a refused request changed nothing. */
async function fingerprint(): Promise<Record<string, string>> {
  const tables = await sql<{ table_name: string }>`
    select table_name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE' and table_name not in ('sessions')`.execute(p.app.db);
  const out: Record<string, string> = {};
  for (const { table_name } of tables.rows) {
    const r = await sql<{
      d: string;
    }>`select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as d from ${sql.table(table_name)} t`.execute(
      p.app.db,
    );
    out[table_name] = r.rows[0].d;
  }
  return out;
}

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  enum?: unknown[];
  anyOf?: JsonSchema[];
};

function sampleFor(schema: JsonSchema): unknown {
  if (schema.enum) return schema.enum[0];
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'string':
      return 'a';
    case 'number':
    case 'integer':
      return 1;
    case 'boolean':
      return true;
    case 'array':
      return [];
    case 'object':
      return Object.fromEntries(Object.entries(schema.properties ?? {}).map(([k, v]) => [k, sampleFor(v)]));
    default:
      return schema.anyOf?.[0] ? sampleFor(schema.anyOf[0]) : null;
  }
}

function malformedBodies(bodySchema: z.ZodType | undefined): { label: string; payload: string | Buffer }[] {
  const json = bodySchema
    ? (z.toJSONSchema(bodySchema, { io: 'input', unrepresentable: 'any' }) as JsonSchema)
    : { type: 'object', properties: {} };
  const sample = (sampleFor(json) ?? {}) as Record<string, unknown>;
  const props = Object.keys(json.properties ?? {});
  const bodies: { label: string; payload: string | Buffer }[] = [
    { label: 'array', payload: '[]' },
    { label: 'string', payload: '"x"' },
    { label: 'number', payload: '42' },
    { label: 'null', payload: 'null' },
    { label: 'broken json', payload: '{"a":' },
    {
      label: 'invalid utf-8',
      payload: Buffer.concat([Buffer.from('{"x":"'), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from('"}')]),
    },
    { label: 'control characters', payload: JSON.stringify({ ...sample, [props[0] ?? 'x']: 'a\u0000b\u0007' }) },
    { label: 'extra field', payload: JSON.stringify({ ...sample, unexpectedField: 'x' }) },
    { label: 'too large', payload: JSON.stringify({ blob: 'x'.repeat(1_100_000) }) },
  ];
  if (props.length > 0) bodies.push({ label: 'missing fields', payload: '{}' });
  for (const prop of props) {
    const without = { ...sample };
    delete without[prop];
    bodies.push(
      { label: `${prop}: wrong type (object)`, payload: JSON.stringify({ ...sample, [prop]: { nested: [1, 2] } }) },
      { label: `${prop}: wrong type (array of numbers)`, payload: JSON.stringify({ ...sample, [prop]: [1, 2, 3] }) },
      { label: `${prop}: 1 MB string`, payload: JSON.stringify({ ...sample, [prop]: '长'.repeat(340_000) }) },
      { label: `${prop}: negative number`, payload: JSON.stringify({ ...sample, [prop]: -1e12 }) },
      { label: `${prop}: huge number`, payload: JSON.stringify({ ...sample, [prop]: 1e308 }) },
      { label: `${prop}: control character`, payload: JSON.stringify({ ...sample, [prop]: '\u001b[31m' }) },
    );
  }
  return bodies;
}

describe('malformed input: every write route answers 4xx and changes nothing', () => {
  it('sends wrong types, missing and extra fields, 1 MB strings, invalid UTF-8, control characters, negative and huge numbers', async () => {
    const before = await fingerprint();
    const failures: string[] = [];
    let sent = 0;
    for (const spec of allRoutes.filter((s) => s.method !== 'GET')) {
      if (spec.url === '/api/auth/logout') continue;
      const role =
        spec.access === 'public' || spec.access === 'authenticated'
          ? 'officer'
          : ROLES.find((r) => hasPermission(actorOf(r), spec.access as never));
      if (!role) continue;
      const cookie = spec.access === 'public' ? undefined : cookies.get(role);
      for (const body of malformedBodies(spec.body)) {
        const res = await p.request({ method: spec.method, url: fillParams(spec.url), cookie, body: body.payload });
        sent++;
        if (res.statusCode < 400 || res.statusCode >= 500)
          failures.push(`${spec.method} ${spec.url} [${body.label}] → ${res.statusCode} ${res.body.slice(0, 200)}`);
        else {
          const err = res.json<{ code?: unknown; message?: unknown }>();
          if (typeof err.code !== 'string' || typeof err.message !== 'string' || !/[\u4e00-\u9fff]/.test(err.message)) {
            failures.push(
              `${spec.method} ${spec.url} [${body.label}] error body not {code, Chinese message}: ${res.body.slice(0, 200)}`,
            );
          }
        }
      }
    }
    expect(failures).toEqual([]);
    expect(sent).toBeGreaterThan(100);
    expect(await fingerprint()).toEqual(before);
  }, 600_000);
});
