// Deadlines that appear with time alone reach case_deadlines on a schedule: a fine left unpaid
// past its due date gets its court application period (行政强制法 第53条) without any new action,
// and cases whose deadlines do not depend on the date are left alone.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  REFRESH_EVENT,
  refreshDueDeadlines,
  scheduleDeadlineRefresh,
} from '../../src/modules/cases/commands/refresh-deadlines';
import { DECISION, readyToDecide } from './decidable';
import { createHarness, T0, type Harness } from './fixtures';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => {
  await h?.close();
});

/** A 3,000-yuan fine decided and served on the current day; the party has 15 days to pay. */
async function servedCase(): Promise<string> {
  const id = await h.investigatingCase();
  const day = h.p.clock.now.toISOString().slice(0, 10);
  await readyToDecide(h, id, day);
  h.ok(await h.cmd(id, 'duruan.head', 'decide', DECISION));
  await h.print(id, 'duruan.aux', 'penaltyDecision');
  h.ok(
    await h.cmd(id, 'duruan.aux', 'serveDecision', {
      method: 'direct',
      recipient: '张三',
      signedOn: day,
      sealed: true,
    }),
  );
  return id;
}

const caseRow = (id: string) =>
  h.p.app.db
    .selectFrom('cases')
    .select(['deadlines_refresh_on', 'version', 'updated_at'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
const deadlineKeys = async (id: string) =>
  (await h.p.app.db.selectFrom('case_deadlines').select('key').where('case_id', '=', id).orderBy('key').execute()).map(
    (r) => r.key,
  );
/** Every stored deadline of the cases other than `except`. */
const otherRows = async (except: string[]) =>
  h.p.app.db
    .selectFrom('case_deadlines')
    .select(['case_id', 'key', 'due', 'due_at', 'label', 'basis', 'party_facing'])
    .where('case_id', 'not in', except)
    .orderBy('case_id')
    .orderBy('key')
    .execute();

describe('scheduled deadline refresh', () => {
  let unpaid: string;
  let paid: string;
  let investigating: string;

  it('行政处罚法 第72条: every command stores the day the deadlines next change with time: the day after the payment due date', async () => {
    unpaid = await servedCase();
    // Served Monday 2 March 2026: 15 days end on Tuesday 17 March.
    expect(await caseRow(unpaid)).toMatchObject({ deadlines_refresh_on: '2026-03-18' });
    paid = await servedCase();
    h.ok(
      await h.cmd(paid, 'duruan.officer1', 'recordPayment', {
        amount: 3000,
        paidOn: T0,
        channel: 'bank',
        receiptNo: '粤财罚〔2026〕000900',
      }),
    );
    investigating = await h.investigatingCase();
    expect(await caseRow(paid)).toMatchObject({ deadlines_refresh_on: null });
    expect(await caseRow(investigating)).toMatchObject({ deadlines_refresh_on: null });
  });

  it('行政强制法 第53条: once the fine is overdue, the refresh adds the court application period without any new action', async () => {
    h.setDay('2026-03-17');
    const early = await refreshDueDeadlines(h.p.app);
    expect(early.failed).toEqual([]);
    expect(await deadlineKeys(unpaid)).not.toContain('courtApplication');

    h.setDay('2026-03-18');
    const before = await caseRow(unpaid);
    const due = (
      await h.p.app.db.selectFrom('cases').select('id').where('deadlines_refresh_on', '<=', '2026-03-18').execute()
    ).map((r) => r.id);
    expect(due).toContain(unpaid);
    const others = await otherRows(due);
    const others2 = { paid: await deadlineKeys(paid), investigating: await deadlineKeys(investigating) };
    expect(await deadlineKeys(unpaid)).not.toContain('courtApplication');

    const report = await refreshDueDeadlines(h.p.app, { batchSize: 2 });
    expect(report).toMatchObject({ today: '2026-03-18', failed: [] });
    expect(report.refreshed).toBeGreaterThanOrEqual(1);

    const court = await h.p.app.db
      .selectFrom('case_deadlines')
      .selectAll()
      .where('case_id', '=', unpaid)
      .where('key', '=', 'courtApplication')
      .executeTakeFirst();
    // Litigation period: 6 months from service (2 September 2026); the court may be asked within 3 months after.
    expect(court).toMatchObject({ due: '2026-12-02', basis: '行诉解释 第156条', party_facing: false });
    const after = await caseRow(unpaid);
    // Overdue now: nothing further changes with time alone. No action happened: version and list order stay.
    expect(after.deadlines_refresh_on).toBeNull();
    expect(after.version).toBe(before.version);
    expect(after.updated_at).toEqual(before.updated_at);

    // Cases whose deadlines do not depend on the date are untouched.
    expect(await otherRows(due)).toEqual(others);
    expect({ paid: await deadlineKeys(paid), investigating: await deadlineKeys(investigating) }).toEqual(others2);

    const audit = await h.p.app.db
      .selectFrom('audit_log')
      .selectAll()
      .where('event_type', '=', REFRESH_EVENT)
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ outcome: 'success', object_type: 'case' });
    expect(audit.details).toMatchObject({ today: '2026-03-18', refreshed: report.refreshed, failed: 0 });

    // A second run finds nothing due and writes no audit row.
    const audits = async () =>
      (
        await h.p.app.db
          .selectFrom('audit_log')
          .select(sql<number>`count(*)::int`.as('n'))
          .where('event_type', '=', REFRESH_EVENT)
          .executeTakeFirstOrThrow()
      ).n;
    const n = await audits();
    const again = await refreshDueDeadlines(h.p.app);
    expect(again.due).toBe(0);
    expect(await audits()).toBe(n);
  });

  it('行政强制法 第53条: the court application period then shows on the deadline list and the workbench as it comes due', async () => {
    h.setDay('2026-11-30');
    const flagged = h.ok(
      await h.p.request({
        method: 'GET',
        url: '/api/deadlines?dueWithin=3',
        cookie: await h.cookie('duruan.officer1'),
      }),
    );
    expect(flagged.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ caseId: unpaid, key: 'courtApplication', due: '2026-12-02', dueSoon: true }),
      ]),
    );
    const bench = h.ok(
      await h.p.request({ method: 'GET', url: '/api/workbench', cookie: await h.cookie('duruan.officer1') }),
    );
    expect(bench.deadlines.map((d: { id: string }) => d.id)).toContain(`${unpaid}:courtApplication`);
  });

  it('行政处罚法 第72条: the hourly schedule runs at once; a case that cannot be refreshed is logged and the others go on', async () => {
    h.setDay(T0);
    const late = await servedCase();
    // A case whose log no longer folds (here: an action type the procedure does not know).
    const broken = await h.investigatingCase();
    const version = await h.version(broken);
    const first = await h.p.app.db
      .selectFrom('case_actions')
      .selectAll()
      .where('case_id', '=', broken)
      .where('seq', '=', 1)
      .executeTakeFirstOrThrow();
    await h.p.app.db
      .insertInto('case_actions')
      .values({
        ...first,
        seq: version + 1,
        type: 'noSuchAction',
        payload: '{}',
        derived: '{}',
        warnings: '[]',
        command_id: null,
      })
      .execute();
    await h.p.app.db
      .updateTable('cases')
      .set({ deadlines_refresh_on: '2026-03-02' })
      .where('id', '=', broken)
      .execute();

    h.setDay('2026-03-18');
    const warnings: unknown[] = [];
    const infos: unknown[] = [];
    const log = {
      info: (o: unknown) => infos.push(o),
      warn: (o: unknown) => warnings.push(o),
      error: (o: unknown) => warnings.push(o),
    };
    const schedule = scheduleDeadlineRefresh(h.p.app, log as never, 60 * 60_000);
    await schedule.stop();

    expect(await deadlineKeys(late)).toContain('courtApplication');
    expect(warnings).toEqual([expect.objectContaining({ caseId: broken })]);
    expect(infos).toEqual([expect.objectContaining({ refreshed: expect.any(Number), failed: 1 })]);
    // The broken case stays due, so the next run tries it again.
    expect(await caseRow(broken)).toMatchObject({ deadlines_refresh_on: '2026-03-02' });
    const audit = await h.p.app.db
      .selectFrom('audit_log')
      .selectAll()
      .where('event_type', '=', REFRESH_EVENT)
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit.outcome).toBe('failure');
    expect(audit.details).toMatchObject({ failed: 1, failedCaseIds: [broken] });
  });
});
