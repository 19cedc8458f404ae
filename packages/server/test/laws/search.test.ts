import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REFERENCE_LAWS_DIR } from '../../src/modules/laws/reference';
import { ensureSearchWords } from '../../src/modules/laws/search/index-words';
import { SEGMENTER_VERSION } from '../../src/modules/laws/search/segmenter';
import { createTestPlatform, type TestPlatform } from '../helpers';

// The law search (GET /api/laws/find) and its thesaurus: words stored as a 'simple' tsvector,
// thesaurus entries leading to the law's words, items and articles together, versions by date,
// the township's delegated items, typo correction, and the administrators' edits (audited).

const DATE = '2026-06-01';
let p: TestPlatform;
let officer: string;
let coordinator: string;

beforeAll(async () => {
  p = await createTestPlatform();
  officer = await p.login('huanshi.officer1');
  coordinator = await p.login('coordinator');
});
afterAll(async () => {
  await p?.close();
});

interface FindBody {
  terms: string[];
  corrections: { typed: string; word: string }[];
  thesaurus: { id: string; term: string; expansions: string[] }[];
  fuzzy: boolean;
  items: {
    code: string;
    delegated: boolean;
    reasons: { term: string; kind: string; matched: string; thesaurus: unknown }[];
    highlights: string[];
    articles: { citation: string; role: string }[];
  }[];
  articles: {
    citation: string;
    snippet: string;
    highlights: string[];
    penalty: boolean;
    reasons: { term: string; kind: string; matched: string; thesaurus: { term: string } | null }[];
    citedBy: { code: string; delegated: boolean }[];
    version: { versionDate: string; relation: string };
    otherVersions: { versionDate: string; relation: string }[];
  }[];
}

async function find(q: string, opts: { date?: string; cookie?: string } = {}) {
  const date = opts.date ?? DATE;
  const res = await p.request({
    method: 'GET',
    url: `/api/laws/find?q=${encodeURIComponent(q)}&date=${date}`,
    cookie: opts.cookie ?? officer,
  });
  return { status: res.statusCode, body: res.json<FindBody>() };
}

describe('stored words', () => {
  it('every article and item has its words; numbers are normalised (二年 is stored as 2年)', async () => {
    const missing = await sql<{ n: number }>`
      select (select count(*)::int from law_articles where words is null) + (select count(*)::int from enforcement_items where words is null) as n`.execute(
      p.app.db,
    );
    expect(missing.rows[0].n).toBe(0);
    const r = await sql<{ hit: boolean }>`
      select a.words @@ to_tsquery('simple', '2年 & 发现') as hit
      from law_articles a join law_versions v on v.id = a.version_id join laws l on l.id = v.law_id
      where l.short_title = '行政处罚法' and a.number = 36`.execute(p.app.db);
    expect(r.rows[0].hit).toBe(true);
  });

  it('a changed segmenter re-segments everything at the next start; otherwise only rows without words are made', async () => {
    const rows = await sql<{
      n: number;
    }>`select (select count(*)::int from law_articles) + (select count(*)::int from enforcement_items) as n`.execute(
      p.app.db,
    );
    expect(await ensureSearchWords(p.app.db)).toBe(0);
    await sql`update search_state set words_version = ${SEGMENTER_VERSION - 1}`.execute(p.app.db);
    expect(await ensureSearchWords(p.app.db)).toBe(rows.rows[0].n);
    const state = await p.app.db.selectFrom('search_state').select('words_version').executeTakeFirstOrThrow();
    expect(state.words_version).toBe(SEGMENTER_VERSION);
    expect(await ensureSearchWords(p.app.db)).toBe(0);
  });
});

describe('find', () => {
  it('遛狗不牵绳: the thesaurus leads to 携带犬只外出 … 牵引带; the item, delegated to this township, and its penalty article', async () => {
    const r = await find('遛狗不牵绳');
    expect(r.status).toBe(200);
    expect(r.body.thesaurus.map((t) => t.term)).toContain('遛狗不牵绳');
    const item = r.body.items[0];
    expect(item.code).toBe('CSGL-028');
    expect(item.delegated).toBe(true);
    expect(item.reasons[0].thesaurus).not.toBeNull();
    expect(item.articles.some((a) => a.role === 'penalty')).toBe(true);
    const top = r.body.articles[0];
    expect(top.citation).toBe('江门市文明行为促进条例 第50条');
    expect(top.penalty).toBe(true);
    expect(top.citedBy.map((c) => c.code)).toContain('CSGL-028');
    expect(top.highlights.length).toBeGreaterThan(0);
    expect(top.snippet).toContain(top.highlights[0]);
  });

  it('a county department officer sees the same item, not marked as delegated to them', async () => {
    const cg = await p.login('cg.officer');
    const r = await find('遛狗不牵绳', { cookie: cg });
    const item = r.body.items.find((i) => i.code === 'CSGL-028')!;
    expect(item.delegated).toBe(false);
  });

  it('过了两年还能罚吗: question words are dropped, 两年 meets 二年内未被发现 (行政处罚法 第36条 first)', async () => {
    const r = await find('过了两年还能罚吗');
    expect(r.body.articles[0].citation).toBe('行政处罚法 第36条');
    expect(r.body.articles[0].reasons.some((x) => x.thesaurus !== null)).toBe(true);
    expect(r.body.terms).not.toContain('吗');
  });

  it('phrase beats scattered words: 公告送达 ranks the article holding the phrase first', async () => {
    const r = await find('公告送达');
    expect(r.body.articles[0].citation).toBe('民事诉讼法 第95条');
    expect(r.body.articles[0].reasons[0].kind).toBe('phrase');
  });

  it('a typo is read as the library’s word and said so (露天烧考 → 烧烤)', async () => {
    const r = await find('露天烧考');
    expect(r.body.corrections).toEqual([{ typed: '烧考', word: '烧烤' }]);
    expect(r.body.fuzzy).toBe(true);
    expect(r.body.items.map((i) => i.code)).toContain('CSGL-014');
  });

  it('bad input is a 400 with a Chinese message; an administrator without law:read gets 403', async () => {
    const empty = await p.request({ method: 'GET', url: '/api/laws/find?q=', cookie: officer });
    expect(empty.statusCode).toBe(400);
    const blank = await p.request({
      method: 'GET',
      url: `/api/laws/find?q=${encodeURIComponent('   ')}`,
      cookie: officer,
    });
    expect(blank.statusCode).toBe(400);
    const date = await p.request({ method: 'GET', url: '/api/laws/find?q=x&date=2026-02-30', cookie: officer });
    expect(date.statusCode).toBe(400);
    const admin = await p.login('sysadmin');
    expect((await p.request({ method: 'GET', url: '/api/laws/find?q=x', cookie: admin })).statusCode).toBe(403);
  });
});

describe('versions by date', () => {
  it('the version in force on the chosen date is shown and the other marked older or newer', async () => {
    const file = fs.readdirSync(REFERENCE_LAWS_DIR).find((f) => f.startsWith('城市绿化条例('))!;
    const text = fs
      .readFileSync(path.join(REFERENCE_LAWS_DIR, file), 'utf8')
      .replace('可以并处罚款', '可以并处一万元以下罚款');
    const imported = await p.request({
      method: 'POST',
      url: '/api/laws/import',
      cookie: coordinator,
      body: { fileName: '城市绿化条例(2030-01-01).md', text },
    });
    expect(imported.statusCode).toBe(200);

    const before = await find('损坏城市树木花草', { date: DATE });
    const old = before.body.articles.find((a) => a.citation === '城市绿化条例 第26条')!;
    expect(old.version.relation).toBe('inForce');
    expect(old.version.versionDate).not.toBe('2030-01-01');
    expect(old.otherVersions).toEqual([expect.objectContaining({ versionDate: '2030-01-01', relation: 'newer' })]);

    const after = await find('损坏城市树木花草', { date: '2031-01-01' });
    const hits = after.body.articles.filter((a) => a.citation === '城市绿化条例 第26条');
    expect(hits).toHaveLength(1);
    expect(hits[0].version).toMatchObject({ versionDate: '2030-01-01', relation: 'inForce' });
    expect(hits[0].otherVersions[0].relation).toBe('older');
  });
});

describe('thesaurus administration', () => {
  it('ships at least 200 entries across the catalogue’s domains and the procedure questions', async () => {
    const res = await p.request({ method: 'GET', url: '/api/laws/thesaurus', cookie: officer });
    expect(res.statusCode).toBe(200);
    const entries = res.json<{ term: string; domain: string }[]>();
    expect(entries.length).toBeGreaterThanOrEqual(200);
    const domains = new Set(entries.map((e) => e.domain));
    for (const d of [
      '市容环卫',
      '城乡规划',
      '消防',
      '噪声',
      '大气',
      '犬只',
      '食品',
      '广告',
      '绿化',
      '道路',
      '森林防火',
      '动物防疫',
      '土地',
      '文明行为',
      '程序',
    ]) {
      expect(domains, d).toContain(d);
    }
  });

  it('the coordinator adds, corrects and deletes an entry; each write is audited and the search follows at once', async () => {
    expect((await find('电瓶车上楼')).body.thesaurus).toEqual([]);
    const created = await p.request({
      method: 'POST',
      url: '/api/laws/thesaurus',
      cookie: coordinator,
      body: { term: '电瓶车上楼', expansions: ['疏散通道', '安全出口'], domain: '消防' },
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    const r = await find('电瓶车上楼');
    expect(r.body.thesaurus.map((t) => t.term)).toEqual(['电瓶车上楼']);
    expect(r.body.articles.slice(0, 5).map((a) => a.citation)).toContain('消防法 第60条');

    const dup = await p.request({
      method: 'POST',
      url: '/api/laws/thesaurus',
      cookie: coordinator,
      body: { term: '电瓶车上楼', expansions: ['x'], domain: '消防' },
    });
    expect(dup.statusCode).toBe(409);

    const updated = await p.request({
      method: 'PUT',
      url: `/api/laws/thesaurus/${id}`,
      cookie: coordinator,
      body: { term: '电瓶车上楼', expansions: ['消防车通道'], domain: '消防' },
    });
    expect(updated.statusCode).toBe(200);
    expect((await find('电瓶车上楼')).body.thesaurus[0].expansions).toEqual(['消防车通道']);

    const deleted = await p.request({ method: 'DELETE', url: `/api/laws/thesaurus/${id}`, cookie: coordinator });
    expect(deleted.statusCode).toBe(200);
    expect((await find('电瓶车上楼')).body.thesaurus).toEqual([]);

    const audit = await p.app.db
      .selectFrom('audit_log')
      .select(['event_type', 'details'])
      .where('object_id', '=', id)
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.event_type)).toEqual([
      'law.thesaurus.created',
      'law.thesaurus.updated',
      'law.thesaurus.deleted',
    ]);
  });

  it('a township officer may read the thesaurus but not edit it (403); malformed entries are 400', async () => {
    const denied = await p.request({
      method: 'POST',
      url: '/api/laws/thesaurus',
      cookie: officer,
      body: { term: '甲', expansions: ['乙'], domain: '程序' },
    });
    expect(denied.statusCode).toBe(403);
    const bad = await p.request({
      method: 'POST',
      url: '/api/laws/thesaurus',
      cookie: coordinator,
      body: { term: '甲', expansions: [], domain: '程序' },
    });
    expect(bad.statusCode).toBe(400);
    const extra = await p.request({
      method: 'POST',
      url: '/api/laws/thesaurus',
      cookie: coordinator,
      body: { term: '甲', expansions: ['乙'], domain: '程序', x: 1 },
    });
    expect(extra.statusCode).toBe(400);
    const missing = await p.request({
      method: 'DELETE',
      url: '/api/laws/thesaurus/00000000-0000-4000-8000-000000000000',
      cookie: coordinator,
    });
    expect(missing.statusCode).toBe(404);
  });
});
