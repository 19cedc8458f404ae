// Shared set-up for the cases tests: a platform on a fixed clock (inside the loaded holiday
// years), a small catalogue with one item delegated to 杜阮镇 and 荷塘镇, sign-in per user and day,
// and helpers that drive cases through the HTTP API.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import { idNumberCheckChar, REVIEW_ITEMS } from '@zhifa/domain';
import { sql } from 'kysely';
import { insertDecision } from '../../src/modules/delegation/insert-decision';
import { createTestPlatform, type TestPlatform } from '../helpers';

/** Monday 2 March 2026, 09:00 in Beijing: a plain working week, far from any holiday. */
export const T0 = '2026-03-02';

export const ITEM = { code: 'TC-CG-001', name: '擅自占用城市道路摆摊设点', domain: '城市管理' };
export const ITEM_FINE_MAX = 20_000;
export const ITEM_NOT_DELEGATED = { code: 'TC-CG-002', name: '未经批准设置大型户外广告', domain: '城市管理' };
export const BASIS = [{ level: 'localRegulation', title: '广东省城乡生活垃圾管理条例', article: '第八十四条' }];

export function validId(birth = '19850612', seq = 123): string {
  const base = `440703${birth}${String(seq).padStart(3, '0')}`;
  return base + idNumberCheckChar(base)!;
}

export const PARTY = { kind: 'person', name: '张三', idNumber: validId(), address: '杜阮镇杜阮南路1号' };

export const NO_CIRCUMSTANCES = {
  mentalCapacity: 'full',
  mitigating: [],
  minorPromptlyCorrectedNoHarm: false,
  firstOffenceMinorHarmCorrected: false,
  noFaultProven: false,
};

export const REVIEW_PASS = {
  outcome: 'pass',
  opinion: '事实清楚，证据确凿，程序合法，同意',
  checklist: Object.fromEntries(REVIEW_ITEMS.map((i) => [i, { ok: true }])),
};

export const fine = (amount: number) => ({ lines: [{ kind: 'fine', amount }] });

export function beijing(date: string, hour = 9): Date {
  return new Date(`${date}T${String(hour).padStart(2, '0')}:00:00+08:00`);
}

export interface Harness {
  p: TestPlatform;
  evidenceDir: string;
  agency(shortName: string): Promise<string>;
  person(username: string): Promise<string>;
  cookie(username: string): Promise<string>;
  /** Moves the clock to 09:00 Beijing on the day; sessions are signed in again. */
  setDay(date: string): void;
  version(caseId: string): Promise<number>;
  cmd(
    caseId: string,
    username: string,
    type: string,
    payload: unknown,
    opts?: { expectedVersion?: number; commandId?: string },
  ): Promise<LightMyRequestResponse>;
  ok(res: LightMyRequestResponse, status?: number): any;
  /**
   * Prints the case's latest document of the kind (that party's, in a joint case) through the
   * print route: its first print, which a decision needs before it is handed over (第52条, 第61条).
   */
  print(caseId: string, username: string, kind: string, partyId?: string): Promise<string>;
  fileCase(username: string, payload: Record<string, unknown>): Promise<LightMyRequestResponse>;
  /** fileCase + approveFiling + one site inspection, leaving the case investigating. */
  investigatingCase(officers?: [string, string], extra?: Record<string, unknown>): Promise<string>;
  upload(
    caseId: string,
    username: string,
    file: Buffer,
    fields: Record<string, string | string[]>,
  ): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

export const commandId = () => `t-${crypto.randomUUID()}`;

export function multipart(
  fields: Record<string, string | string[]>,
  file?: { name: string; type: string; data: Buffer },
) {
  const boundary = `----zhifa${crypto.randomBytes(8).toString('hex')}`;
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) {
    for (const value of Array.isArray(v) ? v : [v]) {
      parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${value}\r\n`));
    }
  }
  if (file) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`,
      ),
    );
    parts.push(file.data, Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

export const sha256 = (b: Buffer) => crypto.createHash('sha256').update(b).digest('hex');

async function seedCatalogue(p: TestPlatform) {
  const db = p.app.db;
  const cg = await db
    .selectFrom('agencies')
    .select('id')
    .where('short_name', '=', '区城管执法局')
    .executeTakeFirstOrThrow();
  const targets = await db
    .selectFrom('agencies')
    .select('id')
    .where('short_name', 'in', ['杜阮镇', '荷塘镇'])
    .execute();
  await db.transaction().execute(async (tx) => {
    const ids: string[] = [];
    for (const item of [ITEM, ITEM_NOT_DELEGATED]) {
      const row = await tx
        .insertInto('enforcement_items')
        .values({
          code: item.code,
          name: item.name,
          kind: 'penalty',
          domain: item.domain,
          department_id: cg.id,
          level: '县',
          // 城市道路管理条例 第42条: 可以处以2万元以下的罚款 (the same range for 单位 and 个人).
          penalties: JSON.stringify([{ kind: 'orderToCorrect' }, { kind: 'fine', fineMax: ITEM_FINE_MAX }]),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      ids.push(row.id);
    }
    await insertDecision(tx, {
      kind: 'delegate',
      documentNo: '蓬府〔2025〕901号',
      title: '测试赋权决定',
      announcementDate: '2025-01-01',
      effectiveDate: '2025-01-01',
      amendsId: null,
      note: null,
      createdBy: null,
      itemIds: [ids[0]],
      groups: [],
      targets: targets.map((t) => ({ agencyId: t.id, viaGroup: null })),
    });
  });
}

/** 2026-02-26, then a day earlier for each further case (within the 2-year limitation of 第36条). */
function actDay(n: number): string {
  return new Date(Date.parse('2026-02-27T00:00:00Z') - n * 86_400_000).toISOString().slice(0, 10);
}

export async function createHarness(): Promise<Harness> {
  let acts = 0;
  const evidenceDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhifa-evidence-'));
  const p = await createTestPlatform({ config: { evidenceDir } });
  p.clock.now = beijing(T0);
  await seedCatalogue(p);
  const cookies = new Map<string, string>();
  const people = new Map<string, string>();
  const agencies = new Map<string, string>();

  const h: Harness = {
    p,
    evidenceDir,
    async agency(shortName) {
      if (!agencies.has(shortName)) {
        const r = await p.app.db
          .selectFrom('agencies')
          .select('id')
          .where('short_name', '=', shortName)
          .executeTakeFirstOrThrow();
        agencies.set(shortName, r.id);
      }
      return agencies.get(shortName)!;
    },
    async person(username) {
      if (!people.has(username)) {
        const r = await p.app.db
          .selectFrom('users')
          .select('person_id')
          .where('username', '=', username)
          .executeTakeFirstOrThrow();
        people.set(username, r.person_id!);
      }
      return people.get(username)!;
    },
    async cookie(username) {
      if (!cookies.has(username)) cookies.set(username, await p.login(username));
      return cookies.get(username)!;
    },
    setDay(date) {
      p.clock.now = beijing(date);
      cookies.clear();
    },
    async version(caseId) {
      const r = await p.app.db.selectFrom('cases').select('version').where('id', '=', caseId).executeTakeFirstOrThrow();
      return r.version;
    },
    async cmd(caseId, username, type, payload, opts = {}) {
      const expectedVersion = opts.expectedVersion ?? (await h.version(caseId));
      return p.request({
        method: 'POST',
        url: `/api/cases/${caseId}/commands`,
        cookie: await h.cookie(username),
        body: { commandId: opts.commandId ?? commandId(), expectedVersion, type, payload },
      });
    },
    ok(res, status = 200) {
      if (res.statusCode !== status) throw new Error(`expected ${status}, got ${res.statusCode}: ${res.body}`);
      return res.json();
    },
    async print(caseId, username, kind, partyId) {
      let q = p.app.db
        .selectFrom('documents')
        .select('id')
        .where('case_id', '=', caseId)
        .where('kind', '=', kind)
        .orderBy('action_seq', 'desc');
      if (partyId) q = q.where(sql<string>`payload->'content'->>'partyId'`, '=', partyId);
      const doc = await q.executeTakeFirstOrThrow();
      const res = await p.request({
        method: 'GET',
        url: `/api/documents/${doc.id}/pdf`,
        cookie: await h.cookie(username),
      });
      if (res.statusCode !== 200) throw new Error(`print ${kind}: ${res.statusCode} ${res.body}`);
      return doc.id;
    },
    async fileCase(username, payload) {
      return p.request({
        method: 'POST',
        url: '/api/cases',
        cookie: await h.cookie(username),
        body: { procedure: 'ordinary', payload },
      });
    },
    async investigatingCase(officers = ['duruan.officer1', 'duruan.officer2'], extra = {}) {
      const ids = [await h.person(officers[0]), await h.person(officers[1])];
      const created = h.ok(
        await h.fileCase(officers[0], {
          party: PARTY,
          items: [{ code: ITEM.code, name: ITEM.name }],
          source: '日常巡查发现',
          facts: '当事人在杜阮南路占道摆卖',
          // Each case is another act of the party, on its own day: one act is fined once (行政处罚法 第29条).
          violationDate: actDay(++acts),
          discoveredOn: p.clock.now.toISOString().slice(0, 10),
          officerIds: ids,
          ...extra,
        }),
        201,
      );
      const head = officers[0].split('.')[0] + '.head';
      h.ok(await h.cmd(created.id, head, 'approveFiling', { opinion: '同意立案' }));
      h.ok(
        await h.cmd(created.id, officers[0], 'recordSiteInspection', {
          recordId: `R-${crypto.randomBytes(3).toString('hex')}`,
          officerIds: ids,
          startedAt: `${p.clock.now.toISOString().slice(0, 10)}T08:00`,
          place: '杜阮南路',
          certificatesShown: true,
          signature: { partySigned: true },
          partyPresent: true,
          findings: '占道约 10 平方米',
          avEvidenceId: 'AV-1',
        }),
      );
      return created.id as string;
    },
    async upload(caseId, username, file, fields) {
      const m = multipart(fields, { name: 'photo.jpg', type: 'image/jpeg', data: file });
      return p.fastify.inject({
        method: 'POST',
        url: `/api/cases/${caseId}/evidence`,
        headers: { ...m.headers, cookie: await h.cookie(username) },
        payload: m.body,
      });
    },
    async close() {
      if (p.database.kind === 'postgres') {
        // pg's Pool.end() resolves before its clients' sockets have closed; dropping the test
        // database at once can kill a closing backend, which surfaces as an unhandled 57P01 error.
        // Give the sockets a moment first (the platform's teardown should wait for them).
        await p.fastify.close();
        await p.database.close();
        await new Promise((r) => setTimeout(r, 300));
      }
      await p.close();
      fs.rmSync(evidenceDir, { recursive: true, force: true });
    },
  };
  return h;
}
