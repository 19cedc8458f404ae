// Data scope, lists with keyset pagination and filters, deadlines flagged within 3 working days,
// leads (vetting window, merge, close) and the workbench per role.
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASIS, createHarness, fine, ITEM, PARTY, T0, type Harness } from './fixtures';

let h: Harness;
let duruanCase: string;
let hetangCase: string;
beforeAll(async () => {
  h = await createHarness();
  duruanCase = await h.investigatingCase();
  hetangCase = await h.investigatingCase(['hetang.officer1', 'hetang.officer2']);
});
afterAll(async () => {
  await h?.close();
});

const get = async (url: string, user: string) => h.p.request({ method: 'GET', url, cookie: await h.cookie(user) });

describe('data scope', () => {
  it('a 杜阮镇 officer gets 404 for a 荷塘镇 case, for reading and for acting, and does not list it', async () => {
    expect((await get(`/api/cases/${hetangCase}`, 'duruan.officer1')).statusCode).toBe(404);
    expect((await get(`/api/cases/${hetangCase}/case-file`, 'duruan.officer1')).statusCode).toBe(404);
    const act = await h.cmd(hetangCase, 'duruan.officer1', 'finishInvestigation', {
      report: 'x',
      proposedOutcome: 'penalty',
      flags: {},
    });
    expect(act.statusCode).toBe(404);
    const list = h.ok(await get('/api/cases?limit=200', 'duruan.officer1'));
    const ids = list.items.map((c: { id: string }) => c.id);
    expect(ids).toContain(duruanCase);
    expect(ids).not.toContain(hetangCase);
  });

  it('the county supervisor reads both townships’ cases but cannot act in them (403)', async () => {
    const detail = h.ok(await get(`/api/cases/${hetangCase}`, 'supervisor'));
    expect(detail.allowedActions).toEqual([]);
    const list = h.ok(await get('/api/cases?limit=200', 'supervisor'));
    expect(list.items.map((c: { id: string }) => c.id)).toEqual(expect.arrayContaining([duruanCase, hetangCase]));
    const version = await h.version(hetangCase);
    const act = await h.cmd(hetangCase, 'supervisor', 'finishInvestigation', {
      report: '调查终结',
      proposedOutcome: 'penalty',
      flags: {},
    });
    expect(act.statusCode).toBe(403);
    expect(act.json().code).toBe('NOT_CASE_AGENCY');
    expect(await h.version(hetangCase)).toBe(version);
  });
});

describe('case list', () => {
  it('pages with a keyset cursor over (updated_at, id), with status, procedure, keyword and assigned-to-me filters', async () => {
    const agencyId = await h.agency('杜阮镇');
    const user = await h.p.app.db
      .selectFrom('users')
      .select(['id', 'person_id'])
      .where('username', '=', 'duruan.officer3')
      .executeTakeFirstOrThrow();
    const base = new Date('2026-01-05T02:00:00Z').getTime();
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) {
      const row = await h.p.app.db
        .insertInto('cases')
        .values({
          agency_id: agencyId,
          number: `测试〔2026〕${900 + i}号`,
          procedure: i % 2 ? 'summary' : 'ordinary',
          status: i % 2 ? 'summaryFiled' : 'investigating',
          version: 1,
          title: `列表测试${i}擅自占道案`,
          party_name: `列表当事人${i}`,
          created_on: '2026-01-05',
          created_by: user.person_id!,
          created_by_user: user.id,
          // Two rows share a timestamp so the id breaks the tie.
          updated_at: new Date(base + Math.min(i, 5) * 60_000),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      ids.push(row.id);
    }
    await h.p.app.db
      .insertInto('case_officers')
      .values({ case_id: ids[2], person_id: user.person_id!, active: true, assigned_on: '2026-01-05' })
      .execute();

    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: { items: { id: string; updatedAt: string }[]; next: string | null } = h.ok(
        await get(
          `/api/cases?q=${encodeURIComponent('列表测试')}&limit=3${after ? `&after=${after}` : ''}`,
          'duruan.officer1',
        ),
      );
      expect(page.items.length).toBeLessThanOrEqual(3);
      seen.push(...page.items.map((i) => i.id));
      after = page.next;
    } while (after);
    expect(seen).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);
    // Newest first; the two rows updated at the same moment come in descending id order.
    const expected = ids
      .map((id, i) => ({ id, t: base + Math.min(i, 5) * 60_000 }))
      .sort((a, b) => b.t - a.t || (a.id < b.id ? 1 : -1))
      .map((x) => x.id);
    expect(seen).toEqual(expected);

    const summary = h.ok(
      await get(`/api/cases?q=${encodeURIComponent('列表测试')}&procedure=summary`, 'duruan.officer1'),
    );
    expect(summary.items.map((i: { id: string }) => i.id).sort()).toEqual([ids[1], ids[3], ids[5]].sort());
    const investigating = h.ok(
      await get(`/api/cases?q=${encodeURIComponent('列表测试')}&status=investigating,summaryFiled`, 'duruan.officer1'),
    );
    expect(investigating.items).toHaveLength(7);
    const mine = h.ok(await get('/api/cases?assigned=me', 'duruan.officer3'));
    expect(mine.items.map((i: { id: string }) => i.id)).toEqual([ids[2]]);
    const byParty = h.ok(await get(`/api/cases?q=${encodeURIComponent(PARTY.idNumber)}`, 'duruan.officer1'));
    expect(byParty.items.map((i: { id: string }) => i.id)).toContain(duruanCase);
    expect((await get('/api/cases?status=nonsense', 'duruan.officer1')).statusCode).toBe(400);
    expect((await get('/api/cases?after=bm90LWEtY3Vyc29y', 'duruan.officer1')).statusCode).toBe(400);
  });
});

describe('deadlines', () => {
  let caseId: string;

  it('行政处罚法 第85条: a deadline due within 3 working days is flagged on the list and the workbench, and overdue ones too', async () => {
    caseId = await h.investigatingCase();
    h.ok(
      await h.cmd(caseId, 'duruan.officer1', 'finishInvestigation', {
        report: '调查终结',
        proposedOutcome: 'penalty',
        flags: {
          complex: false,
          majorViolation: false,
          majorPublicInterest: false,
          multipleLegalRelations: false,
          lawRequiresReview: false,
        },
      }),
    );
    h.ok(
      await h.cmd(caseId, 'duruan.officer1', 'issueNotice', {
        intendedPenalty: fine(3000),
        facts: '占道',
        reasons: '违反条例',
        basis: BASIS,
        rights: { statement: true, defence: true, hearing: false },
      }),
    );
    h.ok(
      await h.cmd(caseId, 'duruan.officer1', 'recordNoticeService', {
        method: 'direct',
        recipient: '张三',
        signedOn: T0,
      }),
    );
    const flagged = async (user: string) =>
      h.ok(await get('/api/deadlines?dueWithin=3', user)).items.filter((d: { caseId: string }) => d.caseId === caseId);

    // Served Monday 2 March: representations are due Monday 9 March, 5 working days on.
    expect(await flagged('duruan.officer1')).toEqual([]);
    h.setDay('2026-03-04');
    const soon = await flagged('duruan.officer1');
    expect(soon).toEqual([
      expect.objectContaining({
        key: 'representation',
        due: '2026-03-09',
        dueSoon: true,
        overdue: false,
        partyFacing: true,
      }),
    ]);
    const bench = h.ok(await get('/api/workbench', 'duruan.officer1'));
    expect(bench.deadlines).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: `${caseId}:representation`, due: '2026-03-09', status: 'dueSoon' }),
      ]),
    );
    const head = h.ok(await get('/api/workbench', 'duruan.head'));
    expect(head.deadlines.map((d: { id: string }) => d.id)).toContain(`${caseId}:representation`);
    expect((await flagged('supervisor')).map((d: { key: string }) => d.key)).toEqual(['representation']);
    expect(await flagged('hetang.officer1')).toEqual([]);

    h.setDay('2026-03-10');
    const late = await flagged('duruan.officer1');
    expect(late).toEqual([expect.objectContaining({ key: 'representation', overdue: true, dueSoon: false })]);
    const overdueList = h.ok(await get('/api/cases?overdue=true&limit=200', 'duruan.officer1'));
    expect(overdueList.items.map((c: { id: string }) => c.id)).toContain(caseId);
    expect(overdueList.items.find((c: { id: string }) => c.id === caseId).nextDeadline).toMatchObject({
      due: '2026-03-09',
      status: 'overdue',
    });
    const detail = h.ok(await get(`/api/cases/${caseId}`, 'duruan.officer1'));
    expect(detail.deadlines.find((d: { key: string }) => d.key === 'representation')).toMatchObject({
      status: 'overdue',
    });
    h.setDay(T0);
  });
});

describe('leads', () => {
  const newLead = async (over: Record<string, unknown> = {}) =>
    h.ok(
      await h.p.request({
        method: 'POST',
        url: '/api/leads',
        cookie: await h.cookie('duruan.officer1'),
        body: {
          source: 'complaint',
          receivedAt: T0,
          summary: `投诉占道经营 ${crypto.randomUUID().slice(0, 6)}`,
          reporter: '李四 13800000000',
          ...over,
        },
      }),
      201,
    ).id as string;
  const vet = async (id: string, body: Record<string, unknown>) =>
    h.p.request({ method: 'POST', url: `/api/leads/${id}/vet`, cookie: await h.cookie('duruan.officer1'), body });
  const lead = async (id: string) => h.ok(await get(`/api/leads/${id}`, 'duruan.officer1'));

  it('行政处罚法 第54条第2款: a lead left unvetted past its 15-working-day window is flagged overdue and put on the workbench', async () => {
    const old = await newLead({ receivedAt: '2026-02-02' });
    const view = await lead(old);
    // 15 working days from 2 February, across the Spring Festival holiday: the 15th is the
    // make-up working Saturday, 28 February.
    expect(view).toMatchObject({ status: 'pending', overdue: true, vetDue: '2026-02-28' });
    const bench = h.ok(await get('/api/workbench', 'duruan.officer1'));
    expect(bench.todo.map((t: { id: string }) => t.id)).toContain(`lead:${old}`);
    const reporter = await h.p.app.db
      .selectFrom('leads')
      .select('reporter_enc')
      .where('id', '=', old)
      .executeTakeFirstOrThrow();
    expect(reporter.reporter_enc).not.toContain('李四');
  });

  it('duplicates are merged, others closed with a reason; a handled lead cannot be vetted again', async () => {
    const a = await newLead();
    const b = await newLead();
    expect((await vet(b, { decision: 'merge', reason: '同一违法行为的重复投诉', mergeInto: b })).statusCode).toBe(422);
    h.ok(await vet(b, { decision: 'merge', reason: '同一违法行为的重复投诉', mergeInto: a }));
    expect(await lead(b)).toMatchObject({ status: 'merged', mergedInto: a });
    expect((await lead(a)).history.map((e: { event: string }) => e.event)).toEqual(['received', 'mergedIn']);
    h.ok(await vet(a, { decision: 'close', reason: '经核查，当事人已自行整改，违法事实不成立' }));
    expect(await lead(a)).toMatchObject({ status: 'closed', closeReason: '经核查，当事人已自行整改，违法事实不成立' });
    const again = await vet(a, { decision: 'close', reason: '再次' });
    expect(again.statusCode).toBe(422);
    expect(again.json().code).toBe('LEAD_NOT_PENDING');
    expect((await get(`/api/leads/${a}`, 'hetang.officer1')).statusCode).toBe(404);
    const closed = h.ok(await get('/api/leads?status=closed', 'duruan.officer1'));
    expect(closed.items.map((l: { id: string }) => l.id)).toContain(a);
  });

  it('a refused filing from a lead leaves the lead pending', async () => {
    const id = await newLead();
    const res = await vet(id, {
      decision: 'file',
      reason: '符合立案条件',
      filing: {
        party: PARTY,
        items: [{ code: ITEM.code, name: ITEM.name }],
        violationDate: '2026-02-26',
        officerIds: [await h.person('duruan.officer1'), await h.person('duruan.aux')],
      },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().details.refusals.map((r: { code: string }) => r.code)).toContain('officerNotQualified');
    expect(await lead(id)).toMatchObject({ status: 'pending', caseId: null });
  });
});

describe('workbench per role', () => {
  it('officer: my cases and next steps; head: approvals; reviewer: review queue; county: counts and alerts', async () => {
    const filed = h.ok(
      await h.fileCase('duruan.officer2', {
        party: PARTY,
        items: [{ code: ITEM.code, name: ITEM.name }],
        source: '巡查',
        facts: '占道',
        violationDate: '2026-02-26',
        discoveredOn: T0,
        officerIds: [await h.person('duruan.officer2'), await h.person('duruan.officer3')],
      }),
      201,
    );
    const officer = h.ok(await get('/api/workbench', 'duruan.officer1'));
    expect(officer.cases.map((c: { id: string }) => c.id)).toContain(duruanCase);
    expect(officer.cases.map((c: { id: string }) => c.id)).not.toContain(filed.id);
    expect(officer.todo.map((t: { id: string }) => t.id)).toContain(`${duruanCase}:finishInvestigation`);

    const head = h.ok(await get('/api/workbench', 'duruan.head'));
    expect(head.todo).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: `${filed.id}:approveFiling`, href: `/cases/${filed.id}` }),
      ]),
    );

    const reviewer = h.ok(await get('/api/workbench', 'duruan.reviewer'));
    expect(reviewer.todo.some((t: { id: string }) => t.id.startsWith(filed.id))).toBe(false);

    const supervisor = h.ok(await get('/api/workbench', 'supervisor'));
    const titles = supervisor.cases.map((c: { title: string }) => c.title).join('\n');
    expect(titles).toMatch(/杜阮镇：在办案件 \d+ 件/);
    expect(titles).toMatch(/荷塘镇：在办案件 \d+ 件/);
    // Every township and street is on the supervisor's workbench, with 0 when it has no open case.
    const towns = await h.p.app.db
      .selectFrom('agencies')
      .select('short_name')
      .where('kind', 'in', ['township', 'street'])
      .execute();
    for (const t of towns) expect(titles).toContain(`${t.short_name}：在办案件`);
  });
});
