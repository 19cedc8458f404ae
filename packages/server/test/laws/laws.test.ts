import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseLawMarkdown } from '@zhifa/domain';
import { ensureLawLibrary, readLawFiles, REFERENCE_LAWS_DIR } from '../../src/modules/laws/reference';
import { resolveCitation } from '../../src/modules/laws/resolve-citation';
import { createTestPlatform, type TestPlatform } from '../helpers';

// The platform loads reference/laws at start (createTestPlatform runs the reference data), so
// every test here reads what that start imported.
let p: TestPlatform;
let coordinator: string;
let officer: string;
const PENALTY_FILE = '行政处罚法(2021-01-22).md';
const penaltyText = fs.readFileSync(path.join(REFERENCE_LAWS_DIR, PENALTY_FILE), 'utf8');

beforeAll(async () => {
  p = await createTestPlatform();
  coordinator = await p.login('coordinator');
  officer = await p.login('huanshi.officer1');
});
afterAll(async () => {
  await p?.close();
});

async function get(url: string, cookie = officer) {
  const res = await p.request({ method: 'GET', url, cookie });
  return { status: res.statusCode, body: res.json() };
}

async function importFile(fileName: string, text: string, cookie = coordinator) {
  const res = await p.request({ method: 'POST', url: '/api/laws/import', cookie, body: { fileName, text } });
  return { status: res.statusCode, body: res.json() };
}

async function lawId(shortTitle: string): Promise<string> {
  const row = await p.app.db
    .selectFrom('laws')
    .select('id')
    .where('short_title', '=', shortTitle)
    .executeTakeFirstOrThrow();
  return row.id;
}

async function counts() {
  const r = await sql<{ laws: number; versions: number; articles: number; paragraphs: number }>`
    select (select count(*)::int from laws) as laws, (select count(*)::int from law_versions) as versions,
           (select count(*)::int from law_articles) as articles, (select count(*)::int from law_paragraphs) as paragraphs`.execute(
    p.app.db,
  );
  return r.rows[0];
}

describe('import of the shipped law texts', () => {
  it('every file becomes one law whose articles and paragraphs are those the parser reads', async () => {
    const files = readLawFiles(REFERENCE_LAWS_DIR);
    expect(files.length).toBeGreaterThanOrEqual(40);
    const c = await counts();
    expect(c.laws).toBe(files.length);
    expect(c.versions).toBe(files.length);
    let paragraphs = 0;
    for (const f of files) {
      const parsed = parseLawMarkdown(f.fileName, f.text);
      paragraphs += parsed.articles.reduce((s, a) => s + a.paragraphs.length, 0);
      const v = await p.app.db
        .selectFrom('law_versions')
        .innerJoin('laws', 'laws.id', 'law_versions.law_id')
        .select([
          'law_versions.id',
          'law_versions.level',
          'law_versions.issuer',
          'law_versions.version_date',
          'law_versions.valid_to',
        ])
        .where('laws.short_title', '=', parsed.shortTitle)
        .executeTakeFirstOrThrow();
      const n = await p.app.db
        .selectFrom('law_articles')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('version_id', '=', v.id)
        .executeTakeFirstOrThrow();
      expect(Number(n.n), f.fileName).toBe(parsed.articles.length);
      expect(v).toMatchObject({
        level: parsed.level,
        issuer: parsed.issuer,
        version_date: parsed.versionDate,
        valid_to: null,
      });
    }
    expect(c.paragraphs).toBe(paragraphs);
  });

  it('Chinese article numbers are stored as integers: 民事诉讼法 第一百零八条 is number 108', async () => {
    const id = await lawId('民事诉讼法');
    const a = await p.app.db
      .selectFrom('law_articles')
      .innerJoin('law_versions', 'law_versions.id', 'law_articles.version_id')
      .select(['law_articles.label', 'law_articles.number'])
      .where('law_versions.law_id', '=', id)
      .where('law_articles.label', '=', '第一百零八条')
      .executeTakeFirstOrThrow();
    expect(a.number).toBe(108);
  });

  it('a second start with the same files imports nothing and changes no row', async () => {
    const before = await counts();
    const report = await ensureLawLibrary(p.app);
    expect(report.imported).toEqual([]);
    expect(report.failed).toEqual([]);
    expect(await counts()).toEqual(before);
  });

  it('uploading a file already in the library answers unchanged', async () => {
    const before = await counts();
    const r = await importFile(PENALTY_FILE, penaltyText.replace(/\n/g, '\r\n'));
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      outcome: 'unchanged',
      shortTitle: '行政处罚法',
      versionDate: '2021-01-22',
      current: true,
    });
    expect(await counts()).toEqual(before);
  });
});

describe('new versions', () => {
  const amended = penaltyText.replace('对公民处以二百元以下、对法人', '对公民处以五百元以下、对法人');

  it('a modified text with a later date becomes the version in force; the old one stays readable with its validity', async () => {
    const r = await importFile('行政处罚法(2025-01-01).md', amended);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ outcome: 'newVersion', versionDate: '2025-01-01', current: true, articleCount: 86 });

    const law = await get(`/api/laws/${r.body.lawId}`);
    expect(law.status).toBe(200);
    expect(law.body.version.id).toBe(r.body.versionId);
    const versions = law.body.versions.map(
      (v: { versionDate: string; validFrom: string; validTo: string | null; current: boolean }) => [
        v.versionDate,
        v.validFrom,
        v.validTo,
        v.current,
      ],
    );
    expect(versions).toEqual([
      ['2025-01-01', '2025-01-01', null, true],
      ['2021-01-22', '2021-01-22', '2024-12-31', false],
    ]);

    const old = law.body.versions[1];
    const oldArticles = await get(`/api/laws/${r.body.lawId}/articles?version=${old.id}&chapter=5&section=2`);
    expect(oldArticles.body.articles[0].text).toContain('二百元以下');
    const now = await resolveCitation(p.app.db, '行政处罚法 第51条');
    const then = await resolveCitation(p.app.db, '行政处罚法 第51条', '2022-06-30');
    expect(now.ok && now.text).toContain('五百元以下');
    expect(then.ok && then.text).toContain('二百元以下');
    expect(then.ok && then.validTo).toBe('2024-12-31');
    const before = await resolveCitation(p.app.db, '行政处罚法 第51条', '2020-01-01');
    expect(before).toMatchObject({ ok: false, code: 'CITATION_NOT_FOUND' });
  });

  it('an older text imported later slots in before the versions it precedes', async () => {
    const r = await importFile(
      '行政处罚法(2017-09-01).md',
      penaltyText.replace('第五条 行政处罚遵循', '第五条 行政处罚遵循（旧）'),
    );
    expect(r.body).toMatchObject({ outcome: 'newVersion', current: false });
    const law = await get(`/api/laws/${r.body.lawId}`);
    expect(law.body.versions.map((v: { validTo: string | null }) => v.validTo)).toEqual([
      null,
      '2024-12-31',
      '2021-01-21',
    ]);
    const list = await get('/api/laws?q=行政处罚法');
    expect(list.body).toHaveLength(1);
    expect(list.body[0]).toMatchObject({ versionDate: '2025-01-01', versionCount: 3 });
  });

  it('another text under a date the law already has is refused', async () => {
    const r = await importFile('行政处罚法(2025-01-01).md', amended.replace('五百元', '六百元'));
    expect(r.status).toBe(409);
    expect(r.body.code).toBe('LAW_VERSION_EXISTS');
  });

  it('a file without a version date or without articles is refused with a Chinese message', async () => {
    const noDate = await importFile('行政处罚法.md', amended.replace('五百元', '七百元'));
    expect(noDate.status).toBe(400);
    expect(noDate.body.code).toBe('LAW_VERSION_DATE_MISSING');
    const empty = await importFile('某某办法(2024-01-01).md', '# 某某办法\n\n这里没有条文。\n');
    expect(empty.status).toBe(400);
    expect(empty.body).toMatchObject({ code: 'LAW_NO_ARTICLES' });
    expect(empty.body.message).toMatch(/没有找到条文/);
  });

  it('an import is audited with the version it wrote', async () => {
    const rows = await p.app.db
      .selectFrom('audit_log')
      .selectAll()
      .where('event_type', '=', 'law.imported')
      .orderBy('seq')
      .execute();
    const created = rows.find((r) => (r.details as { versionDate?: string }).versionDate === '2025-01-01');
    expect(created).toBeDefined();
    expect(created!.object_type).toBe('law_version');
    expect(created!.actor_role).toBe('countyCoordinator');
    expect(created!.details).toMatchObject({ outcome: 'newVersion', shortTitle: '行政处罚法' });
  });
});

describe('citations', () => {
  it('行政处罚法 第51条 resolves to the article in force, with its normalised citation', async () => {
    const r = await get(`/api/laws/resolve?citation=${encodeURIComponent('《中华人民共和国行政处罚法》第五十一条')}`);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      citation: '行政处罚法 第51条',
      articleLabel: '第五十一条',
      paragraph: null,
      validTo: null,
    });
    expect(r.body.article.citation).toBe('行政处罚法 第51条');
  });

  it('行政处罚法 第33条第2款 and 第9条第(一)项 resolve to the paragraph and the item', async () => {
    const para = await get(`/api/laws/resolve?citation=${encodeURIComponent('行政处罚法 第33条第2款')}`);
    expect(para.body).toMatchObject({ citation: '行政处罚法 第33条第2款', paragraph: 2 });
    expect(para.body.text).toMatch(/^当事人有证据足以证明没有主观过错的/);
    const item = await resolveCitation(p.app.db, '行政处罚法第九条第（一）项');
    expect(item).toMatchObject({ ok: true, citation: '行政处罚法 第9条第(一)项', item: 1, text: '警告、通报批评；' });
  });

  it('a citation to an article, paragraph or law the library lacks is 404 CITATION_NOT_FOUND', async () => {
    for (const c of [
      '行政处罚法 第999条',
      '行政处罚法 第51条第3款',
      '行政处罚法 第9条第2款第(一)项',
      '不存在的法 第1条',
    ]) {
      const r = await get(`/api/laws/resolve?citation=${encodeURIComponent(c)}`);
      expect(r.status, c).toBe(404);
      expect(r.body.code).toBe('CITATION_NOT_FOUND');
      expect(r.body.message).toMatch(/没有/);
    }
  });

  it('a citation that does not parse is 400 CITATION_INVALID', async () => {
    const r = await get(`/api/laws/resolve?citation=${encodeURIComponent('行政处罚法')}`);
    expect(r.status).toBe(400);
    expect(r.body.code).toBe('CITATION_INVALID');
    expect(r.body.message).toMatch(/条号/);
  });
});

describe('browsing', () => {
  it('the list filters by level and carries article counts of the version in force', async () => {
    const r = await get(`/api/laws?level=${encodeURIComponent('地方性法规')}`);
    expect(r.status).toBe(200);
    expect(r.body.length).toBeGreaterThan(5);
    expect(r.body.every((l: { level: string }) => l.level === '地方性法规')).toBe(true);
    const noise = (await get('/api/laws')).body.find((l: { shortTitle: string }) => l.shortTitle === '噪声污染防治法');
    expect(noise).toMatchObject({ level: '法律', articleCount: 90, versionCount: 1 });
  });

  it('a law page has its chapter tree; a section lists its articles; an article knows its neighbours', async () => {
    const id = await lawId('行政强制法');
    const law = await get(`/api/laws/${id}`);
    const chapters = law.body.chapters as {
      number: number;
      label: string;
      articleCount: number;
      sections: { articleCount: number }[];
    }[];
    expect(chapters[0].label).toBe('第一章');
    expect(chapters.reduce((s, c) => s + c.articleCount, 0)).toBe(law.body.version.articleCount);
    const withSections = chapters.find((c) => c.sections.length > 0)!;
    expect(withSections.sections.reduce((s, x) => s + x.articleCount, 0)).toBe(withSections.articleCount);

    const all = await get(`/api/laws/${id}/articles`);
    const first = await get(`/api/laws/articles/${all.body.articles[0].id}`);
    expect(first.body).toMatchObject({
      label: '第一条',
      citation: '行政强制法 第1条',
      prev: null,
      next: { label: '第二条' },
    });
    expect(first.body.chapter).toMatchObject({ number: 1, label: '第一章' });
    const last = await get(`/api/laws/articles/${all.body.articles.at(-1).id}`);
    expect(last.body.next).toBeNull();
    expect(last.body.prev.id).toBe(all.body.articles.at(-2).id);
  });

  it('unknown ids are 404 and malformed ones 400', async () => {
    expect((await get('/api/laws/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await get('/api/laws/articles/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await get('/api/laws/not-a-uuid')).status).toBe(400);
    expect((await get('/api/laws/search?q=')).status).toBe(400);
  });
});

describe('search (pg_trgm)', () => {
  it('pg_trgm is available and sees Chinese text on this engine', async () => {
    const r = await sql<{
      s: number;
      w: number;
    }>`select similarity('适用简易程序的行政处罚', '简易程序') as s, word_similarity('简易程序', '适用简易程序的行政处罚') as w`.execute(
      p.app.db,
    );
    expect(r.rows[0].s).toBeGreaterThan(0);
    expect(r.rows[0].w).toBeGreaterThan(0);
  });

  it('the trigram index answers a Chinese substring query', async () => {
    // With so few rows the planner would rather scan; switching scans off shows the index can serve.
    const plan = await p.app.db.transaction().execute(async (tx) => {
      await sql`set local enable_seqscan = off`.execute(tx);
      const r = await sql<{
        'QUERY PLAN': string;
      }>`explain select id from law_articles where text ilike '%当场收缴罚款%'`.execute(tx);
      const found = await sql<{
        n: number;
      }>`select count(*)::int as n from law_articles where text ilike '%当场收缴罚款%'`.execute(tx);
      return { text: r.rows.map((x) => x['QUERY PLAN']).join('\n'), n: found.rows[0].n };
    });
    expect(plan.text).toContain('law_articles_text_trgm');
    expect(plan.n).toBeGreaterThan(0);
  });

  it('简易程序 finds the articles of 行政处罚法 under its section 简易程序, with heading, snippet and citation', async () => {
    const r = await get(`/api/laws/search?q=${encodeURIComponent('简易程序')}&limit=100`);
    expect(r.status).toBe(200);
    const penalty = r.body.hits.filter((h: { shortTitle: string }) => h.shortTitle === '行政处罚法');
    expect(penalty.map((h: { citation: string }) => h.citation)).toEqual([
      '行政处罚法 第51条',
      '行政处罚法 第52条',
      '行政处罚法 第53条',
    ]);
    expect(penalty[0].heading).toBe('第五章 行政处罚的决定 第二节 简易程序');
    for (const h of r.body.hits) expect(`${h.heading} ${h.snippet}`).toContain('简易程序');
    expect(r.body.total).toBe(r.body.hits.length);
  });

  it('the snippet shows the text around the first word found', async () => {
    const r = await get(`/api/laws/search?q=${encodeURIComponent('当场收缴罚款')}`);
    const hit = r.body.hits.find((h: { citation: string }) => h.citation === '行政处罚法 第68条');
    expect(hit.snippet).toMatch(/^…?.{0,30}当场收缴罚款/);
  });

  it('噪声 ranks the articles of 噪声污染防治法 first and lists the law itself', async () => {
    const r = await get(`/api/laws/search?q=${encodeURIComponent('噪声')}&limit=100`);
    expect(r.body.laws[0].shortTitle).toBe('噪声污染防治法');
    expect(r.body.hits[0]).toMatchObject({ shortTitle: '噪声污染防治法', titleMatch: true });
    const lastOfLaw = r.body.hits.findLastIndex((h: { shortTitle: string }) => h.shortTitle === '噪声污染防治法');
    const firstOther = r.body.hits.findIndex((h: { shortTitle: string }) => h.shortTitle !== '噪声污染防治法');
    expect(firstOther === -1 || firstOther > lastOfLaw).toBe(true);
    const page = await get(`/api/laws/search?q=${encodeURIComponent('噪声')}&limit=10`);
    expect(page.body.hits).toHaveLength(10);
    expect(page.body.total).toBe(r.body.total);
  });

  it('every word must occur', async () => {
    const r = await get(`/api/laws/search?q=${encodeURIComponent('噪声，夜间')}&limit=100`);
    expect(r.body.terms).toEqual(['噪声', '夜间']);
    expect(r.body.hits.length).toBeGreaterThan(0);
    for (const h of r.body.hits) {
      const a = await get(`/api/laws/articles/${h.articleId}`);
      const where = `${a.body.law.title} ${h.heading} ${a.body.text}`;
      expect(where).toContain('噪声');
      expect(where).toContain('夜间');
    }
  });

  it('the level filter keeps hits and laws of that level only', async () => {
    const r = await get(
      `/api/laws/search?q=${encodeURIComponent('噪声')}&level=${encodeURIComponent('地方性法规')}&limit=100`,
    );
    expect(r.body.hits.length).toBeGreaterThan(0);
    for (const h of r.body.hits) expect(h.level).toBe('地方性法规');
    expect(r.body.laws).toEqual([]);
  });

  it('a phrase no article contains word for word falls back to trigram look-alikes', async () => {
    const r = await get(`/api/laws/search?q=${encodeURIComponent('当场作出行政处罚决定书')}`);
    expect(r.body.fuzzy).toBe(true);
    expect(r.body.hits.length).toBeGreaterThan(0);
  });
});

describe('permissions', () => {
  it('a township officer reads the library but may not import (403, denial audited)', async () => {
    expect((await get('/api/laws', officer)).status).toBe(200);
    const r = await importFile('行政处罚法(2026-01-01).md', penaltyText, officer);
    expect(r.status).toBe(403);
    const denied = await p.app.db
      .selectFrom('audit_log')
      .select('object_id')
      .where('event_type', '=', 'access.denied')
      .execute();
    expect(denied.map((d) => d.object_id)).toContain('POST /api/laws/import');
  });

  it('an administrator, who does no business, cannot read the library', async () => {
    const admin = await p.login('sysadmin');
    expect((await get('/api/laws', admin)).status).toBe(403);
  });

  it('without a session the library answers 401', async () => {
    const res = await p.request({ method: 'GET', url: '/api/laws' });
    expect(res.statusCode).toBe(401);
  });
});
