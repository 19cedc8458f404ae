// 监督驾驶舱: each figure's query, the counters kept by the case commands, zero-case townships,
// drill-down agreeing with the case list, Excel export and the data scope.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rebuildDayCounters } from '../../src/modules/dashboard/rebuild-counters';
import { BASIS, createHarness, fine, ITEM, T0, type Harness } from '../cases/fixtures';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => {
  await h?.close();
});

const q = (from: string, to: string, extra = '') => `?from=${from}&to=${to}${extra}`;
async function get(username: string, url: string) {
  return h.p.request({ method: 'GET', url, cookie: await h.cookie(username) });
}
type AgencyRow = {
  agencyId: string;
  agencyName: string;
  filed: number;
  decided: number;
  closed: number;
  fines: number;
};

let parties = 0;
async function onTheSpot(amount: number) {
  return h.ok(
    await h.p.request({
      method: 'POST',
      url: '/api/cases',
      cookie: await h.cookie('duruan.officer1'),
      body: {
        procedure: 'summary',
        payload: {
          party: { kind: 'person', name: `驾驶舱（${++parties}）`, birthDate: '1990-01-01' },
          items: [{ code: ITEM.code, name: ITEM.name }],
          violation: '在杜阮南路占道摆卖',
          place: '杜阮南路',
          occurredAt: `${T0}T09:30`,
          discoveredOn: T0,
          penalty: fine(amount),
          basis: BASIS,
          officerIds: [await h.person('duruan.officer1'), await h.person('duruan.officer2')],
          certificatesShown: true,
          partyHeard: true,
        },
      },
    }),
    201,
  );
}

async function counters() {
  return h.p.app.db
    .selectFrom('case_day_counts')
    .selectAll()
    .where((eb) => eb.or([eb('filed', '!=', 0), eb('decided', '!=', 0), eb('closed', '!=', 0), eb('fines', '!=', '0')]))
    .orderBy('agency_id')
    .orderBy('day')
    .orderBy('item_code')
    .execute();
}

describe('dashboard counters kept by the case commands (ADR 0016)', () => {
  it('a case decided on the spot adds one filed and one decided case and its fine to its township, that day', async () => {
    const duruan = await h.agency('杜阮镇');
    const before = h
      .ok(await get('supervisor', `/api/dashboard/agencies${q(T0, T0)}`))
      .rows.find((r: AgencyRow) => r.agencyId === duruan);
    await onTheSpot(150);
    await onTheSpot(50);
    const after = h
      .ok(await get('supervisor', `/api/dashboard/agencies${q(T0, T0)}`))
      .rows.find((r: AgencyRow) => r.agencyId === duruan);
    expect(after.filed - before.filed).toBe(2);
    expect(after.decided - before.decided).toBe(2);
    expect(after.fines - before.fines).toBe(200);
  });

  it('the counters the commands kept equal a rebuild from the case rows', async () => {
    const kept = await counters();
    await rebuildDayCounters(h.p.app.db);
    expect(await counters()).toEqual(kept);
  });
});

describe('dashboard figures', () => {
  it('every township appears, with 0 when it has no case in the period', async () => {
    const rows: AgencyRow[] = h.ok(
      await get('supervisor', `/api/dashboard/agencies${q('2020-01-01', '2020-12-31')}`),
    ).rows;
    const townships = await h.p.app.db
      .selectFrom('agencies')
      .select('id')
      .where('kind', 'in', ['township', 'street'])
      .execute();
    expect(townships.length).toBeGreaterThan(3);
    for (const t of townships)
      expect(rows.find((r) => r.agencyId === t.id)).toMatchObject({ filed: 0, closed: 0, fines: 0 });
  });

  it('domains and items sum to the agencies figure', async () => {
    const from = '2022-01-01';
    const to = '2027-12-31';
    const agencies: AgencyRow[] = h.ok(await get('supervisor', `/api/dashboard/agencies${q(from, to)}`)).rows;
    const domains: AgencyRow[] = h.ok(await get('supervisor', `/api/dashboard/domains${q(from, to)}`)).rows;
    const sum = (rows: { filed: number }[]) => rows.reduce((s, r) => s + r.filed, 0);
    expect(sum(domains)).toBe(sum(agencies));
    const items = h.ok(await get('supervisor', `/api/dashboard/items${q(from, to)}`)).rows;
    expect(items.find((i: { itemCode: string }) => i.itemCode === ITEM.code)).toMatchObject({ itemName: ITEM.name });
    expect(domains.map((d) => (d as unknown as { domain: string }).domain)).toContain(ITEM.domain);
  });

  it('per-officer caseload counts the cases each officer was put on', async () => {
    const rows = h.ok(await get('supervisor', `/api/dashboard/officers${q(T0, T0)}`)).rows;
    const officer = await h.person('duruan.officer1');
    const me = rows.find((r: { personId: string }) => r.personId === officer);
    expect(me.assigned).toBeGreaterThanOrEqual(2);
  });

  it('overdue steps per agency agree with the case list filtered by agency and 逾期 (the drill-down)', async () => {
    h.setDay('2026-06-30');
    const overdue = h.ok(await get('supervisor', `/api/dashboard/overdue${q('2026-01-01', '2026-06-30')}`));
    expect(overdue.asOf).toBe('2026-06-30');
    for (const r of overdue.rows as { agencyId: string; cases: number; steps: number }[]) {
      const list = h.ok(await get('supervisor', `/api/cases?agencyId=${r.agencyId}&overdue=true&limit=200`));
      expect(list.items.length).toBe(r.cases);
      expect(r.steps).toBeGreaterThanOrEqual(r.cases);
    }
  });

  it('the drill-down filters of the case list: item, domain and filing period', async () => {
    const duruan = await h.agency('杜阮镇');
    const list = h.ok(
      await get(
        'supervisor',
        `/api/cases?agencyId=${duruan}&itemCode=${ITEM.code}&filedFrom=${T0}&filedTo=${T0}&domain=${encodeURIComponent(ITEM.domain)}&limit=200`,
      ),
    );
    const row = h
      .ok(await get('supervisor', `/api/dashboard/items${q(T0, T0, `&agencyId=${duruan}`)}`))
      .rows.find((r: { itemCode: string }) => r.itemCode === ITEM.code);
    expect(list.items.length).toBe(row.filed);
  });

  it('review pass rate, idle items and training answer for every agency in scope', async () => {
    const reviews = h.ok(await get('supervisor', `/api/dashboard/reviews${q('2026-01-01', '2026-12-31')}`));
    expect(reviews.rows.length).toBeGreaterThan(3);
    const idle = h.ok(await get('supervisor', `/api/dashboard/idle${q('2026-01-01', '2026-06-30')}`));
    expect(idle.asOf).toBe('2026-06-30');
    expect(idle.rows.length).toBeGreaterThan(0);
    const training = h.ok(await get('supervisor', `/api/dashboard/training${q('2026-01-01', '2026-06-30')}`));
    expect(training.year).toBe(2026);
    expect(training.rows.every((r: { requirement: number }) => r.requirement > 0)).toBe(true);
  });

  it('行政处罚法 第48条: disclosure on time counts tasks due in the period — published by the due day, late, or still unpublished', async () => {
    const [pending] = await h.p.app.db
      .selectFrom('disclosure_renditions')
      .select('id')
      .where('status', 'in', ['pending', 'held'])
      .limit(1)
      .execute();
    const published = await h.p.app.db
      .selectFrom('disclosure_renditions')
      .select('id')
      .where('status', '=', 'published')
      .limit(2)
      .execute();
    expect(published).toHaveLength(2);
    // Three tasks due in a window of their own, long before the test day.
    const set = (id: string, due: string, publishedOn: string | null) =>
      h.p.app.db
        .updateTable('disclosure_renditions')
        .set({ due_on: due, ...(publishedOn ? { published_on: publishedOn } : {}) })
        .where('id', '=', id)
        .execute();
    await set(pending.id, '2025-06-02', null);
    await set(published[0].id, '2025-06-03', '2025-06-03');
    await set(published[1].id, '2025-06-04', '2025-06-06');
    const rows: { due: number; onTime: number; late: number; overdue: number; onTimeRate: number | null }[] = h.ok(
      await get('supervisor', `/api/dashboard/disclosure${q('2025-06-01', '2025-06-05')}`),
    ).rows;
    const sum = (k: 'due' | 'onTime' | 'late' | 'overdue') => rows.reduce((n, r) => n + r[k], 0);
    expect([sum('due'), sum('onTime'), sum('late'), sum('overdue')]).toEqual([3, 1, 1, 1]);
    // Every agency in scope is listed; one with nothing due has no rate rather than 0 %.
    expect(rows.some((r) => r.due === 0 && r.onTimeRate === null)).toBe(true);
  });

  it('exports a figure as Excel, on the audit record; a reversed period is refused', async () => {
    const res = await get('supervisor', `/api/dashboard/export${q('2026-01-01', '2026-12-31', '&figure=agencies')}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/spreadsheetml/);
    expect(res.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const audit = await h.p.app.db
      .selectFrom('audit_log')
      .select('event_type')
      .where('event_type', '=', 'dashboard.exported')
      .execute();
    expect(audit.length).toBe(1);
    const bad = await get('supervisor', `/api/dashboard/agencies${q('2026-12-31', '2026-01-01')}`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('INVALID_PERIOD');
  });
});

describe('dashboard data scope (the access module)', () => {
  it('an agency head sees their own agency only; an officer is refused', async () => {
    const duruan = await h.agency('杜阮镇');
    const rows: AgencyRow[] = h.ok(
      await get('duruan.head', `/api/dashboard/agencies${q('2026-01-01', '2026-12-31')}`),
    ).rows;
    expect(rows.map((r) => r.agencyId)).toEqual([duruan]);
    const other = await h.agency('环市街道');
    const asked = h.ok(
      await get('duruan.head', `/api/dashboard/agencies${q('2026-01-01', '2026-12-31', `&agencyId=${other}`)}`),
    );
    expect(asked.rows).toEqual([]);
    expect((await get('duruan.officer1', `/api/dashboard/agencies${q('2026-01-01', '2026-12-31')}`)).statusCode).toBe(
      403,
    );
  });
});
