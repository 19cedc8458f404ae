// 考核评议: scores computed from the same figures as the dashboard, the figures behind every score,
// configurable weights (checked, audited), ranking, export and scope.
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

type Indicator = {
  key: string;
  numerator: number;
  denominator: number;
  rate: number | null;
  points: number;
  weight: number;
};
type Agency = { agencyId: string; agencyName: string; score: number; rank: number; indicators: Indicator[] };

describe('考核评议', () => {
  it("closure figures are the dashboard's for the year; scores are the weighted rates; ranks are ordered", async () => {
    const year = Number(p.app.today().slice(0, 4));
    const r = ok(await call('supervisor', 'GET', `/api/evaluation?year=${year}`));
    const dash = ok(await call('supervisor', 'GET', `/api/dashboard/agencies?from=${year}-01-01&to=${year}-12-31`));
    expect(r.agencies.length).toBe(dash.rows.length);
    for (const a of r.agencies as Agency[]) {
      const d = dash.rows.find((x: { agencyId: string }) => x.agencyId === a.agencyId);
      expect(a.indicators.find((i) => i.key === 'closureRate')).toMatchObject({
        numerator: d.closed,
        denominator: d.filed,
      });
      const counted = a.indicators.filter((i) => i.rate !== null);
      const weight = counted.reduce((s, i) => s + i.weight, 0);
      const expected = weight ? counted.reduce((s, i) => s + i.rate! * i.weight, 0) * (100 / weight) : 0;
      expect(a.score).toBeCloseTo(expected, 0);
    }
    const scores = (r.agencies as Agency[]).map((a) => a.score);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
    expect((r.agencies as Agency[])[0].rank).toBe(1);
  });

  it('weights must total 100; saved weights are audited and change the scores', async () => {
    const bad = await call('supervisor', 'PUT', '/api/evaluation/weights', {
      weights: { closureRate: 50, onTimeRate: 50, reviewPassRate: 50, trainingRate: 0, itemUseRate: 0 },
    });
    expect(bad.statusCode).toBe(422);
    const saved = ok(
      await call('supervisor', 'PUT', '/api/evaluation/weights', {
        weights: { closureRate: 100, onTimeRate: 0, reviewPassRate: 0, trainingRate: 0, itemUseRate: 0 },
      }),
    );
    expect(saved.weights.closureRate).toBe(100);
    const year = Number(p.app.today().slice(0, 4));
    const r = ok(await call('supervisor', 'GET', `/api/evaluation?year=${year}`));
    for (const a of r.agencies as Agency[]) {
      const c = a.indicators.find((i) => i.key === 'closureRate')!;
      if (c.rate !== null) expect(a.score).toBeCloseTo(c.rate * 100, 0);
    }
    const audit = await p.app.db
      .selectFrom('audit_log')
      .select('event_type')
      .where('event_type', '=', 'evaluation.weightsSaved')
      .execute();
    expect(audit).toHaveLength(1);
    expect((await call('duruan.head', 'PUT', '/api/evaluation/weights', { weights: saved.weights })).statusCode).toBe(
      403,
    );
  });

  it('exports the year to Excel; an agency head evaluates only the own agency', async () => {
    const year = Number(p.app.today().slice(0, 4));
    const x = await call('supervisor', 'GET', `/api/evaluation/export?year=${year}`);
    expect(x.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const mine = ok(await call('duruan.head', 'GET', `/api/evaluation?year=${year}`));
    expect(mine.agencies).toHaveLength(1);
  });
});
