// The demo cases: seeded through the real command pipeline, so each is a lawful fold; several
// stages, summary and ordinary, deadlines due soon and one overdue.
import { foldCase, type CaseState } from '@zhifa/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCaseDemo } from '../../src/demo/cases';
import { DEMO_AGENCIES } from '../../src/demo/county';
import { caseHeader, loadActions, loadCaseRow, toRecords } from '../../src/modules/cases/load-case';
import { createHarness, T0, type Harness } from './fixtures';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
  // Seed the demo cases again on this file's fixed clock (the county's own seed ran on the real
  // date), with this file's item delegated to 杜阮镇 and 荷塘镇.
  const agencies = await h.p.app.db.selectFrom('agencies').select(['id', 'name']).execute();
  const agencyIds = new Map(DEMO_AGENCIES.map((a) => [a.key, agencies.find((x) => x.name === a.name)!.id]));
  await h.p.app.db.transaction().execute((tx) => seedCaseDemo(tx, h.p.app, { agencyIds, today: T0 }));
});
afterAll(async () => {
  await h?.close();
});

describe('demo cases', () => {
  it('cover summary and ordinary cases at many stages in both townships that hold the item', async () => {
    const rows = await h.p.app.db
      .selectFrom('cases')
      .innerJoin('agencies', 'agencies.id', 'cases.agency_id')
      .select(['cases.id', 'cases.status', 'cases.procedure', 'agencies.short_name'])
      .execute();
    const statuses = new Set(rows.map((r) => r.status));
    for (const s of [
      'summaryServed',
      'closed',
      'filingRequested',
      'investigating',
      'noticeServed',
      'underReview',
      'reviewPassed',
      'decided',
      'served',
      'archived',
    ]) {
      expect(statuses, s).toContain(s);
    }
    expect([...new Set(rows.map((r) => r.short_name))]).toEqual(expect.arrayContaining(['杜阮镇', '荷塘镇']));
  });

  it('行政处罚法 第52条, 第61条: every decision handed over in the demo was printed first, with its audit row', async () => {
    const served = await h.p.app.db
      .selectFrom('documents')
      .innerJoin('cases', 'cases.id', 'documents.case_id')
      .select(['documents.id', 'documents.kind'])
      .where('documents.kind', 'in', ['penaltyDecision', 'onTheSpotDecision'])
      .where('cases.status', 'not in', ['decided', 'summaryDecided'])
      .execute();
    expect(new Set(served.map((d) => d.kind))).toEqual(new Set(['penaltyDecision', 'onTheSpotDecision']));
    for (const d of served) {
      const first = await h.p.app.db
        .selectFrom('document_versions')
        .select('version')
        .where('document_id', '=', d.id)
        .where('version', '=', 1)
        .executeTakeFirst();
      expect(first, d.kind).toBeDefined();
      const audit = await h.p.app.db
        .selectFrom('audit_log')
        .select('event_type')
        .where('object_id', '=', d.id)
        .where('event_type', '=', 'document.printed')
        .executeTakeFirst();
      expect(audit, d.kind).toBeDefined();
    }
  });

  it('each cached state is the fold of its action log', async () => {
    const rows = await h.p.app.db.selectFrom('cases').select(['id', 'state', 'version']).execute();
    for (const r of rows) {
      const row = await loadCaseRow(h.p.app.db, r.id);
      const actions = await loadActions(h.p.app.db, r.id);
      expect(actions).toHaveLength(r.version);
      expect(JSON.parse(JSON.stringify(foldCase(caseHeader(row), toRecords(actions))))).toEqual(r.state as CaseState);
    }
  });

  it('every demo case opens, with its file and its allowed actions, for the supervisor and its own head', async () => {
    const rows = await h.p.app.db
      .selectFrom('cases')
      .innerJoin('agencies', 'agencies.id', 'cases.agency_id')
      .select(['cases.id', 'agencies.short_name'])
      .execute();
    for (const r of rows) {
      for (const url of [`/api/cases/${r.id}`, `/api/cases/${r.id}/case-file`, `/api/cases/${r.id}/evidence`]) {
        expect((await h.p.request({ method: 'GET', url, cookie: await h.cookie('supervisor') })).statusCode, url).toBe(
          200,
        );
      }
    }
    const duruan = rows.find((r) => r.short_name === '杜阮镇')!;
    const detail = h.ok(
      await h.p.request({ method: 'GET', url: `/api/cases/${duruan.id}`, cookie: await h.cookie('duruan.head') }),
    );
    expect(detail.people.length).toBeGreaterThan(0);
    for (const user of ['duruan.officer1', 'duruan.head', 'duruan.reviewer', 'supervisor', 'coordinator']) {
      expect(
        (await h.p.request({ method: 'GET', url: '/api/workbench', cookie: await h.cookie(user) })).statusCode,
        user,
      ).toBe(200);
    }
  });

  it('行政处罚法 第52条第3款, 第85条: the workbench shows deadlines due soon and at least one overdue', async () => {
    const res = h.ok(
      await h.p.request({ method: 'GET', url: '/api/deadlines?dueWithin=3', cookie: await h.cookie('supervisor') }),
    );
    expect(res.items.some((d: { overdue: boolean }) => d.overdue)).toBe(true);
    expect(res.items.some((d: { dueSoon: boolean }) => d.dueSoon)).toBe(true);
    expect(
      res.items.find((d: { overdue: boolean; key: string }) => d.overdue && d.key === 'summaryFiling'),
    ).toBeTruthy();
  });
});
