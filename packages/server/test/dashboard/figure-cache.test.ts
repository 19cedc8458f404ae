// ADR 0024: a dashboard figure computed for a scope and filter is served as it is for the
// configured seconds, then computed afresh; each scope and filter has its own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../helpers';

let p: TestPlatform;
let supervisor: string;
let head: string;
let duruan: string;
beforeAll(async () => {
  p = await createTestPlatform({ config: { dashboardCacheSeconds: 60 } });
  supervisor = await p.login('supervisor');
  head = await p.login('duruan.head');
  duruan = (
    await p.app.db.selectFrom('agencies').select('id').where('short_name', '=', '杜阮镇').executeTakeFirstOrThrow()
  ).id;
}, 300_000);
afterAll(async () => {
  await p?.close();
});

type Rows = { rows: { agencyId: string; filed: number }[] };

async function filedAtDuruan(cookie: string, from: string) {
  const today = p.app.today();
  const res = await p.request({ method: 'GET', url: `/api/dashboard/agencies?from=${from}&to=${today}`, cookie });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<Rows>().rows.find((r) => r.agencyId === duruan)!.filed;
}

describe('dashboard figure cache', () => {
  it('serves a computed figure for a minute, then computes it again; another scope computes its own', async () => {
    const today = p.app.today();
    const from = `${today.slice(0, 4)}-01-01`;
    const before = await filedAtDuruan(supervisor, from);
    // A case filed today at 杜阮镇, as the commands count it.
    await p.app.db
      .insertInto('case_day_counts')
      .values({ agency_id: duruan, day: today, item_code: 'CACHE-TEST', filed: 1 })
      .execute();
    expect(await filedAtDuruan(supervisor, from)).toBe(before);
    // The agency head's scope (the own agency) is another key: computed now, with the new case.
    expect(await filedAtDuruan(head, from)).toBe(before + 1);
    p.clock.advanceMinutes(1);
    expect(await filedAtDuruan(supervisor, from)).toBe(before + 1);
  });
});
