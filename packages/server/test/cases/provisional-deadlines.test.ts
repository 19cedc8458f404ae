// legal-rules.md §8.3: an event in late December is recorded even though the deadline it starts
// runs into a year whose holiday notice is not loaded; the deadline is provisional until the
// notice is loaded, then recomputed in the same transaction, and the moves are listed for the
// agency. A party-facing date already stated never moves earlier.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASIS, createHarness, fine, ITEM, type Harness } from './fixtures';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => {
  await h?.close();
});

const DAY = '2026-12-20';

async function summaryCase(): Promise<string> {
  const payload = {
    party: { kind: 'person', name: '王五', birthDate: '1990-01-01' },
    items: [{ code: ITEM.code, name: ITEM.name }],
    violation: '在杜阮南路占道摆卖',
    place: '杜阮南路',
    occurredAt: `${DAY}T09:30`,
    discoveredOn: DAY,
    penalty: fine(200),
    basis: BASIS,
    officerIds: [await h.person('duruan.officer1'), await h.person('duruan.officer2')],
    certificatesShown: true,
    partyHeard: true,
  };
  const res = h.ok(
    await h.p.request({
      method: 'POST',
      url: '/api/cases',
      cookie: await h.cookie('duruan.officer1'),
      body: { procedure: 'summary', payload },
    }),
    201,
  );
  return res.id as string;
}

const deadline = async (caseId: string, key: string) =>
  h
    .ok(await h.p.request({ method: 'GET', url: `/api/cases/${caseId}`, cookie: await h.cookie('duruan.officer1') }))
    .deadlines.find((d: { key: string }) => d.key === key);

// A made-up 2027 notice that gives Monday 4 January off (the real one is published each November).
const NOTICE_2027 = [
  { date: '2027-01-01', kind: 'holiday', name: '元旦' },
  { date: '2027-01-02', kind: 'holiday', name: '元旦' },
  { date: '2027-01-03', kind: 'holiday', name: '元旦' },
  { date: '2027-01-04', kind: 'holiday', name: '元旦' },
  { date: '2027-01-09', kind: 'workday', name: '元旦调休上班' },
];

describe('legal-rules §8.3: provisional deadlines across a year without a holiday notice', () => {
  let caseId: string;

  it('行政处罚法 第67条: a fine decided and handed over on 20 December is recorded; its payment period into 2027 is provisional', async () => {
    h.setDay(DAY);
    caseId = await summaryCase();
    await h.print(caseId, 'duruan.officer1', 'onTheSpotDecision');
    const served = h.ok(
      await h.cmd(caseId, 'duruan.officer1', 'recordSummaryService', {
        handedOverOn: DAY,
        partySigned: true,
        officersSigned: true,
      }),
    );
    expect(served.status).not.toBe('summaryDecided');
    // 20 December + 15 = Monday 4 January 2027, a working day by the 办法 alone.
    expect(await deadline(caseId, 'payment')).toMatchObject({
      due: '2027-01-04',
      provisional: true,
      partyFacing: true,
    });
    h.ok(await h.cmd(caseId, 'duruan.officer1', 'fileSummaryRecord', { filedWith: '江门市蓬江区杜阮镇人民政府' }));
    const list = h.ok(
      await h.p.request({ method: 'GET', url: '/api/cases?assigned=me', cookie: await h.cookie('duruan.officer1') }),
    );
    expect(list.items.find((c: { id: string }) => c.id === caseId).nextDeadline).toMatchObject({
      due: '2027-01-04',
      provisional: true,
    });
  });

  it('loading the 2027 notice recomputes it in the same transaction, moves it later and lists the move for the agency only', async () => {
    h.setDay('2026-12-22');
    const sys = await h.cookie('sysadmin');
    const res = h.ok(
      await h.p.request({
        method: 'PUT',
        url: '/api/calendar/2027',
        cookie: sys,
        body: { notice: '国办发明电〔2026〕9号', entries: NOTICE_2027 },
      }),
    );
    expect(res.recomputedCases).toBeGreaterThanOrEqual(1);
    expect(res.moved).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          caseId,
          key: 'payment',
          oldDue: '2027-01-04',
          newDue: '2027-01-05',
          stillProvisional: false,
        }),
      ]),
    );
    expect(await deadline(caseId, 'payment')).toMatchObject({ due: '2027-01-05', provisional: false });
    const mine = h.ok(
      await h.p.request({ method: 'GET', url: '/api/deadline-moves', cookie: await h.cookie('duruan.officer1') }),
    );
    expect(mine.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ caseId, oldDue: '2027-01-04', newDue: '2027-01-05', year: 2027, partyFacing: true }),
      ]),
    );
    const other = h.ok(
      await h.p.request({ method: 'GET', url: '/api/deadline-moves', cookie: await h.cookie('hetang.officer1') }),
    );
    expect(other.items.map((m: { caseId: string }) => m.caseId)).not.toContain(caseId);
    const audit = await h.p.app.db
      .selectFrom('audit_log')
      .select('details')
      .where('event_type', '=', 'calendar.yearLoaded')
      .execute();
    expect(audit.at(-1)?.details).toMatchObject({ movedDeadlines: res.moved.length });
  });

  it('a corrected notice brings the date back to the one stated in the served decision, never before it', async () => {
    const sys = await h.cookie('sysadmin');
    // Without the extra day off the period ends on 4 January again: the date the decision stated.
    const res = h.ok(
      await h.p.request({
        method: 'PUT',
        url: '/api/calendar/2027',
        cookie: sys,
        body: { notice: '国办发明电〔2026〕10号', entries: NOTICE_2027.filter((e) => e.date !== '2027-01-04') },
      }),
    );
    // Demo cases seeded late in the year may move as well; this case's payment period moves back.
    expect(res.moved.filter((m: { caseId: string }) => m.caseId === caseId)).toEqual([
      expect.objectContaining({ caseId, key: 'payment', oldDue: '2027-01-05', newDue: '2027-01-04' }),
    ]);
    expect(await deadline(caseId, 'payment')).toMatchObject({ due: '2027-01-04', provisional: false });
  });
});
