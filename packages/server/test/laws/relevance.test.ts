import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../helpers';
import { RELEVANCE_SET } from './relevance-set';

// Recall at five and mean reciprocal rank of the law search over the committed relevance set.
// An expected article must be among the first five articles, an expected item among the first
// five items (the page shows both lists together). The date is fixed: versions in force then.

const DATE = '2026-06-01';
const ITEM_CODE = /^[A-Z]+-\d+$/;

let p: TestPlatform;
let officer: string;

beforeAll(async () => {
  p = await createTestPlatform();
  officer = await p.login('huanshi.officer1');
});
afterAll(async () => {
  await p?.close();
});

interface Found {
  items: { code: string }[];
  articles: { citation: string }[];
}

describe('law search relevance', () => {
  it('the relevance set covers the catalogue’s domains, the procedure questions and questions as asked', () => {
    expect(RELEVANCE_SET.length).toBeGreaterThanOrEqual(60);
    const questions = RELEVANCE_SET.filter((c) => /吗|怎么|什么|哪|几|多少|如何/.test(c.q));
    expect(questions.length).toBeGreaterThanOrEqual(10);
    const areas = new Set(RELEVANCE_SET.map((c) => c.area));
    for (const a of [
      '市容环卫',
      '违法建设',
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
      '当场处罚',
      '听证',
      '加处罚款',
      '送达',
      '时效',
      '未成年人',
      '移送',
    ]) {
      expect(areas, a).toContain(a);
    }
  });

  it('recall@5 ≥ 0.9 with MRR reported', async () => {
    let recallSum = 0;
    let rrSum = 0;
    const misses: string[] = [];
    for (const c of RELEVANCE_SET) {
      const res = await p.request({
        method: 'GET',
        url: `/api/laws/find?q=${encodeURIComponent(c.q)}&date=${DATE}&limit=10`,
        cookie: officer,
      });
      expect(res.statusCode, c.q).toBe(200);
      const body = res.json<Found>();
      const rankOf = (want: string) =>
        ITEM_CODE.test(want)
          ? body.items.findIndex((i) => i.code === want) + 1
          : body.articles.findIndex((a) => a.citation === want) + 1;
      const ranks = c.expect.map(rankOf);
      const hits = ranks.filter((r) => r >= 1 && r <= 5).length;
      recallSum += hits / c.expect.length;
      const best = Math.min(...ranks.filter((r) => r >= 1).concat([Infinity]));
      rrSum += Number.isFinite(best) ? 1 / best : 0;
      if (hits < c.expect.length) {
        misses.push(
          `${c.q}: ${c.expect.map((e, i) => `${e}@${ranks[i] || '-'}`).join(', ')} | top: ${body.articles
            .slice(0, 5)
            .map((a) => a.citation)
            .join('; ')} | items: ${body.items
            .slice(0, 3)
            .map((i) => i.code)
            .join(' ')}`,
        );
      }
    }
    const recall = recallSum / RELEVANCE_SET.length;
    const mrr = rrSum / RELEVANCE_SET.length;
    console.log(
      `law search relevance: ${RELEVANCE_SET.length} queries, recall@5 = ${recall.toFixed(3)}, MRR = ${mrr.toFixed(3)}`,
    );
    if (misses.length > 0) console.log(`not in the top five:\n  ${misses.join('\n  ')}`);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });
});
