// The officer's experience, through the API: queue items carry the moment a step was handed on,
// and a record cannot state a time after it was entered.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASIS, createHarness, fine, ITEM, PARTY, T0, type Harness } from './fixtures';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('queues', () => {
  it('the approval queue shows 提交时间 as the moment the filing was requested, not midnight', async () => {
    h.p.clock.now = new Date(`${T0}T14:37:00+08:00`);
    const created = h.ok(
      await h.fileCase('duruan.officer1', {
        party: PARTY,
        items: [{ code: ITEM.code, name: ITEM.name }],
        source: '日常巡查发现',
        facts: '当事人在杜阮南路占道摆卖',
        violationDate: '2026-02-20',
        discoveredOn: T0,
        officerIds: [await h.person('duruan.officer1'), await h.person('duruan.officer2')],
      }),
      201,
    );
    h.p.clock.now = new Date(`${T0}T16:00:00+08:00`);
    const queue = h.ok(
      await h.p.request({ method: 'GET', url: '/api/queues/approval', cookie: await h.cookie('duruan.head') }),
    );
    const item = queue.items.find((i: { caseId: string; kind: string }) => i.caseId === created.id);
    expect(item.kind).toBe('approveFiling');
    expect(new Date(item.submittedAt).toISOString()).toBe(new Date(`${T0}T14:37:00+08:00`).toISOString());
  });
});

describe('record times', () => {
  it('行政处罚法 第55条: an interview entered at 04:52 that says it took place at 09:00 the next day is refused', async () => {
    h.setDay(T0);
    const caseId = await h.investigatingCase();
    h.p.clock.now = new Date(`${T0}T04:52:00+08:00`);
    const ids = [await h.person('duruan.officer1'), await h.person('duruan.officer2')];
    const next = new Date(Date.parse(`${T0}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const res = await h.cmd(caseId, 'duruan.officer1', 'recordInterview', {
      recordId: 'XW-9',
      officerIds: ids,
      startedAt: `${next}T09:00`,
      place: '杜阮镇综合执法办',
      certificatesShown: true,
      signature: { partySigned: true },
      avEvidenceId: 'AV-9',
      interviewee: '张三',
      summary: '当事人承认占道摆卖',
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().details.refusals.map((r: { code: string }) => r.code)).toContain('timeAfterRecording');
  });
});

describe('workbench', () => {
  it('行政处罚法 第60条: a head sees no 延长办案期限 to-do on a case filed today', async () => {
    h.setDay(T0);
    const caseId = await h.investigatingCase();
    const wb = h.ok(await h.p.request({ method: 'GET', url: '/api/workbench', cookie: await h.cookie('duruan.head') }));
    const mine = wb.todo.filter((t: { id: string }) => t.id.startsWith(caseId));
    expect(mine.map((t: { status: string }) => t.status)).not.toContain('extendDeadline');
  });
});

describe('the officer’s to-dos', () => {
  it('are the step due on each case, with the case’s nearest deadline', async () => {
    h.setDay(T0);
    const caseId = await h.investigatingCase();
    const wb = h.ok(
      await h.p.request({ method: 'GET', url: '/api/workbench', cookie: await h.cookie('duruan.officer1') }),
    );
    const mine = wb.todo.filter((t: { id: string }) => t.id.startsWith(`${caseId}:`));
    expect(mine.map((t: { status: string }) => t.status)).toEqual(['finishInvestigation']);
    expect(mine[0].due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('the hearing presider', () => {
  it('行政处罚法 第64条: the head presiding a hearing finds 听证笔录 on her to-do list, due on the hearing day', async () => {
    h.setDay(T0);
    const caseId = await h.investigatingCase();
    h.ok(
      await h.cmd(caseId, 'duruan.officer1', 'finishInvestigation', {
        report: '经查，当事人占道摆卖事实清楚',
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
        intendedPenalty: fine(8000),
        facts: '当事人在杜阮南路占道摆卖',
        reasons: '违反《广东省城乡生活垃圾管理条例》',
        basis: BASIS,
        rights: { statement: true, defence: true, hearing: true },
      }),
    );
    h.ok(
      await h.cmd(caseId, 'duruan.aux', 'recordNoticeService', { method: 'direct', recipient: '张三', signedOn: T0 }),
    );
    h.setDay('2026-03-03');
    h.ok(await h.cmd(caseId, 'duruan.officer1', 'requestHearing', { requestedOn: '2026-03-03', form: 'written' }));
    h.ok(
      await h.cmd(caseId, 'duruan.reviewer', 'scheduleHearing', {
        hearingDate: '2026-03-13',
        noticeDate: '2026-03-03',
        place: '杜阮镇政府会议室',
        public: true,
        agents: [],
        presiderId: await h.person('duruan.head'),
      }),
    );
    const wb = h.ok(await h.p.request({ method: 'GET', url: '/api/workbench', cookie: await h.cookie('duruan.head') }));
    const task = wb.todo.find((t: { id: string }) => t.id === `${caseId}:recordHearing`);
    expect(task).toMatchObject({ status: 'recordHearing', due: '2026-03-13' });
    expect(task.title).toContain('听证笔录');
  });
});

describe('supervisors and administrators', () => {
  it('the audit log names a case action’s case by its number and the action by its label', async () => {
    h.setDay(T0);
    const caseId = await h.investigatingCase();
    const number = (
      await h.p.app.db.selectFrom('cases').select('number').where('id', '=', caseId).executeTakeFirstOrThrow()
    ).number;
    const log = h.ok(
      await h.p.request({
        method: 'GET',
        url: '/api/audit?eventType=case.command&limit=20',
        cookie: await h.cookie('auditadmin'),
      }),
    );
    const entry = log.items.find((i: { objectId: string }) => i.objectId === caseId);
    expect(entry.objectName).toContain(number);
    expect(entry.summary).toMatch(/办理：(现场检查（勘验）笔录|批准立案)/);
    const xlsx = await h.p.request({
      method: 'GET',
      url: '/api/audit/export?eventType=case.command',
      cookie: await h.cookie('auditadmin'),
    });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
  });

  it('the case ledger exports the filtered list to Excel', async () => {
    const agency = await h.agency('杜阮镇');
    const res = await h.p.request({
      method: 'GET',
      url: `/api/cases/export?agencyId=${agency}&status=investigating`,
      cookie: await h.cookie('supervisor'),
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('.xlsx');
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('案件台账')!;
    const agencies = new Set<string>();
    sheet.eachRow((row, n) => {
      if (n > 2) agencies.add(row.getCell(4).text);
    });
    expect([...agencies]).toEqual([expect.stringContaining('杜阮')]);
    expect(sheet.getCell(1, 1).text).toMatch(/案件台账/);
  });
});
