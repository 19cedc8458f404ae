// 案卷评查: standards (save-time check), plans drawn reproducibly from a recorded seed and audited,
// pre-scored items, scoring with veto items (legal statement 84), rectification, results, scope.
import { DEFAULT_REVIEW_STANDARD, standardItems } from '@zhifa/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../helpers';

let p: TestPlatform;
const cookies = new Map<string, string>();
beforeAll(async () => {
  p = await createTestPlatform();
});
afterAll(async () => {
  await p?.close();
});

async function call(username: string, method: string, url: string, body?: unknown) {
  if (!cookies.has(username)) cookies.set(username, await p.login(username));
  return p.request({ method, url, cookie: cookies.get(username)!, body });
}
function ok(res: { statusCode: number; body: string; json(): any }, status = 200) {
  if (res.statusCode !== status) throw new Error(`expected ${status}, got ${res.statusCode}: ${res.body}`);
  return res.json();
}

const DEFAULT_ID = '00000000-0000-4000-8000-000000000180';
const plan = (name: string) => ({
  name,
  standardId: DEFAULT_ID,
  closedFrom: '2000-01-01',
  closedTo: '2099-12-31',
  perAgency: 2,
});

describe('review standards', () => {
  it('the default standard is shipped by the migration', async () => {
    const list = ok(await call('supervisor', 'GET', '/api/review-standards'));
    expect(list.find((s: { id: string }) => s.id === DEFAULT_ID).body).toEqual(DEFAULT_REVIEW_STANDARD);
  });

  it('an edit without a statutory veto item is refused (422); a valid one is saved and audited', async () => {
    const bad = {
      name: '缺否决项',
      body: { ...DEFAULT_REVIEW_STANDARD, vetoes: DEFAULT_REVIEW_STANDARD.vetoes.slice(1) },
    };
    const r = await call('supervisor', 'POST', '/api/review-standards', bad);
    expect(r.statusCode).toBe(422);
    expect(r.json().code).toBe('INVALID_STANDARD');
    const created = ok(
      await call('supervisor', 'POST', '/api/review-standards', {
        name: '严格标准',
        body: { ...DEFAULT_REVIEW_STANDARD, grades: { excellent: 95, pass: 80 } },
      }),
      201,
    );
    const audit = await p.app.db
      .selectFrom('audit_log')
      .select('object_id')
      .where('event_type', '=', 'reviewStandard.created')
      .execute();
    expect(audit.map((a) => a.object_id)).toEqual([created.id]);
  });

  it('a township head may read but not edit standards', async () => {
    expect((await call('duruan.head', 'GET', '/api/review-standards')).statusCode).toBe(200);
    expect(
      (await call('duruan.head', 'POST', '/api/review-standards', { name: 'x', body: DEFAULT_REVIEW_STANDARD }))
        .statusCode,
    ).toBe(403);
  });
});

describe('review plan draw', () => {
  let first: { id: string; seed: number; candidates: number; drawn: number };

  it('draws closed cases per agency with a recorded seed, audited with the candidates and files drawn', async () => {
    const { id } = ok(await call('supervisor', 'POST', '/api/review-plans', plan('2026 年第一次评查')), 201);
    first = ok(await call('supervisor', 'POST', `/api/review-plans/${id}/draw`, { seed: 20261207 }));
    expect(first.seed).toBe(20261207);
    expect(first.candidates).toBeGreaterThan(0);
    expect(first.drawn).toBeGreaterThan(0);
    const audit = await p.app.db
      .selectFrom('audit_log')
      .select('details')
      .where('event_type', '=', 'reviewPlan.drawn')
      .where('object_id', '=', id)
      .executeTakeFirstOrThrow();
    expect(audit.details).toMatchObject({ seed: 20261207, candidates: first.candidates });
    expect((audit.details as { drawn: string[] }).drawn).toHaveLength(first.drawn);
    const again = await call('supervisor', 'POST', `/api/review-plans/${id}/draw`, { seed: 1 });
    expect(again.statusCode).toBe(409);
  });

  it('the same seed over the same period draws the same files (reproducible)', async () => {
    const cases = async (id: string) =>
      ok(await call('supervisor', 'GET', `/api/review-plans/${id}`))
        .reviews.map((r: { caseId: string }) => r.caseId)
        .sort();
    const { id: second } = ok(await call('supervisor', 'POST', '/api/review-plans', plan('复核抽取')), 201);
    ok(await call('supervisor', 'POST', `/api/review-plans/${second}/draw`, { seed: 20261207 }));
    const plans = ok(await call('supervisor', 'GET', '/api/review-plans'));
    const firstId = plans.find((x: { name: string }) => x.name === '2026 年第一次评查').id;
    expect(await cases(second)).toEqual(await cases(firstId));
  });

  it('pre-scores the items the platform checks itself; the reviewer scores the rest and a veto makes it 不合格 0', async () => {
    const plans = ok(await call('supervisor', 'GET', '/api/review-plans'));
    const detail = ok(await call('supervisor', 'GET', `/api/review-plans/${plans[0].id}`));
    const [a, b] = detail.reviews;
    const today = p.app.today();
    const reviewedToday = async () =>
      ok(await call('supervisor', 'GET', `/api/dashboard/reviews?from=${today}&to=${today}`)).rows.reduce(
        (s: number, r: { reviewed: number }) => s + r.reviewed,
        0,
      );
    const before = await reviewedToday();
    const review = ok(await call('supervisor', 'GET', `/api/file-reviews/${a.id}`));
    const autoKeys = standardItems(DEFAULT_REVIEW_STANDARD)
      .filter((i) => i.auto)
      .map((i) => i.key)
      .sort();
    expect(Object.keys(review.scores).sort()).toEqual(autoKeys);
    expect(Object.keys(review.autoFacts).sort()).toEqual([
      'deadlinesKept',
      'documentsPresent',
      'officersCertified',
      'reviewDone',
    ]);

    const incomplete = await call('supervisor', 'PUT', `/api/file-reviews/${a.id}`, { scores: {}, vetoes: [] });
    expect(incomplete.statusCode).toBe(422);
    expect(incomplete.json().code).toBe('REVIEW_INCOMPLETE');

    const manual = Object.fromEntries(
      standardItems(DEFAULT_REVIEW_STANDARD)
        .filter((i) => !i.auto)
        .map((i) => [i.key, i.points]),
    );
    const full = {
      ...manual,
      ...Object.fromEntries(
        autoKeys.map((k) => [k, standardItems(DEFAULT_REVIEW_STANDARD).find((i) => i.key === k)!.points]),
      ),
    };
    expect(
      ok(await call('supervisor', 'PUT', `/api/file-reviews/${a.id}`, { scores: full, vetoes: [], comment: '规范' })),
    ).toMatchObject({
      score: 100,
      grade: 'excellent',
    });
    expect(
      ok(
        await call('supervisor', 'PUT', `/api/file-reviews/${b.id}`, {
          scores: full,
          vetoes: ['insufficientEvidence'],
        }),
      ),
    ).toMatchObject({ score: 0, grade: 'fail' });
    const tooMany = await call('supervisor', 'PUT', `/api/file-reviews/${b.id}`, {
      scores: { ...full, 'facts.clear': 11 },
      vetoes: [],
    });
    expect(tooMany.json().code).toBe('INVALID_SCORES');

    const results = ok(await call('supervisor', 'GET', `/api/review-plans/${plans[0].id}/results`));
    expect(results.vetoes.find((v: { key: string }) => v.key === 'insufficientEvidence').count).toBe(1);
    expect(results.items.find((i: { key: string }) => i.key === 'facts.clear').average).toBe(10);
    expect(await reviewedToday()).toBe(before + 2);

    const rect = ok(
      await call('supervisor', 'POST', `/api/file-reviews/${b.id}/rectifications`, {
        requirement: '补充证据并重新审查',
        due: '2099-01-31',
      }),
      201,
    );
    expect(rect.id).toBeTruthy();
    const after = ok(await call('supervisor', 'GET', `/api/file-reviews/${b.id}`));
    expect(after.rectifications).toMatchObject([{ requirement: '补充证据并重新审查', status: 'open' }]);
    const xlsx = await call('supervisor', 'GET', `/api/review-plans/${plans[0].id}/export`);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it("a township head sees only the own township's files; another township's file is 404", async () => {
    const plans = ok(await call('supervisor', 'GET', '/api/review-plans'));
    const all = ok(await call('supervisor', 'GET', `/api/review-plans/${plans[0].id}`)).reviews;
    const head = await p.app.db
      .selectFrom('users')
      .innerJoin('agencies', 'agencies.id', 'users.agency_id')
      .select('agencies.short_name')
      .where('username', '=', 'duruan.head')
      .executeTakeFirstOrThrow();
    const mine = ok(await call('duruan.head', 'GET', `/api/review-plans/${plans[0].id}`)).reviews;
    expect(mine.every((r: { agencyName: string }) => r.agencyName === head.short_name)).toBe(true);
    const other = all.find((r: { agencyName: string }) => r.agencyName !== head.short_name);
    expect((await call('duruan.head', 'GET', `/api/file-reviews/${other.id}`)).statusCode).toBe(404);
  });
});
