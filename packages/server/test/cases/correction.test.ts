// 责令限期改正 through the API (行政处罚法 第28条): the order is its own step with a numbered notice
// and a computed period that shows on the lists; after the period a follow-up inspection (复查)
// finds either no correction, which grounds the penalty the decision states, or a correction in
// time, after which the head closes the case without a penalty. The clock moves between steps.
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASIS, createHarness, fine, NO_CIRCUMSTANCES, PARTY, sha256, T0, type Harness } from './fixtures';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => {
  await h?.close();
});

/** The provision a township applies: order correction within a period, fine only if not corrected. */
const ORDER_BASIS = [{ level: 'localRegulation', title: '广东省城乡生活垃圾管理条例', article: '第八十四条' }];

const order = (servedOn: string, days = 15) => ({
  orderId: 'ZG-1',
  basis: ORDER_BASIS,
  requirement: '清理占用道路的摊位和物品，恢复道路原状',
  period: { unit: 'days', value: days },
  penaltyOnlyIfUncorrected: true,
  servedOn,
});

async function followUp(caseId: string, on: string, outcome: 'corrected' | 'notCorrected') {
  const ids = [await h.person('duruan.officer1'), await h.person('duruan.officer2')];
  return h.cmd(caseId, 'duruan.officer1', 'recordFollowUpInspection', {
    recordId: `FC-${crypto.randomBytes(3).toString('hex')}`,
    orderId: 'ZG-1',
    officerIds: ids,
    startedAt: `${on}T08:00`,
    place: '杜阮南路',
    certificatesShown: true,
    signature: { partySigned: true },
    partyPresent: true,
    findings: outcome === 'corrected' ? '摊位和物品已清理，道路已恢复原状' : '摊位仍在原处经营，未清理',
    outcome,
    avEvidenceId: 'AV-2',
  });
}

const get = async (url: string, user: string) =>
  h.ok(await h.p.request({ method: 'GET', url, cookie: await h.cookie(user) }));
const articles = (res: { json(): any }) => res.json().details.refusals.map((r: { article: string }) => r.article);

describe('an order to correct that is not complied with grounds the penalty', () => {
  let caseId: string;
  let orderNumber: string;
  let evidenceId: string;

  it('行政处罚法 第28条: the order is issued with its number and a 15-day period due on the 15th day after service', async () => {
    h.setDay(T0);
    caseId = await h.investigatingCase();
    const res = h.ok(await h.cmd(caseId, 'duruan.officer1', 'orderCorrection', order(T0)));
    expect(res.status).toBe('investigating');
    expect(res.documents).toEqual([
      { kind: 'correctionOrder', number: expect.stringMatching(/^蓬杜综执改〔2026〕\d+号$/) },
    ]);
    orderNumber = res.documents[0].number;
    const detail = await get(`/api/cases/${caseId}`, 'duruan.officer1');
    // Served Monday 2 March: the 15 days run from 3 March and end on Tuesday 17 March.
    expect(detail.state.correctionOrders[0]).toMatchObject({
      id: 'ZG-1',
      number: orderNumber,
      dueOn: '2026-03-17',
      penaltyOnlyIfUncorrected: true,
    });
    expect(detail.deadlines.find((d: { key: string }) => d.key === 'correction:ZG-1')).toMatchObject({
      due: '2026-03-17',
      partyFacing: true,
      basis: '行政处罚法 第28条',
      status: 'open',
    });
    const list = await get('/api/cases?limit=200', 'duruan.officer1');
    expect(list.items.find((c: { id: string }) => c.id === caseId).nextDeadline).toMatchObject({
      due: '2026-03-17',
      status: 'open',
    });
    expect(detail.timeline.at(-1).summary).toContain('15日内改正');
    // While the period runs there is nothing to follow up yet.
    expect((await get('/api/workbench', 'duruan.officer1')).todo.map((i: { id: string }) => i.id)).not.toContain(
      `${caseId}:recordFollowUpInspection`,
    );
  });

  it('行政处罚法 第28条: a penalty is refused while the period runs; "not corrected" is refused on its last day', async () => {
    const photo = crypto.randomBytes(1024);
    const up = h.ok(
      await h.upload(caseId, 'duruan.officer2', photo, {
        sha256: sha256(photo),
        kind: 'audioVisual',
        title: '现场照片',
        capturedAt: `${T0}T10:05`,
        location: '杜阮南路',
        officerIds: [await h.person('duruan.officer1'), await h.person('duruan.officer2')],
      }),
      201,
    );
    evidenceId = up.id;
    h.setDay('2026-03-17');
    const early = await followUp(caseId, '2026-03-17', 'notCorrected');
    expect(early.statusCode).toBe(422);
    expect(early.json().details.refusals.map((r: { code: string }) => r.code)).toEqual(['correctionPeriodRunning']);
    expect(articles(early)).toEqual(['行政处罚法 第28条']);
  });

  it('行政处罚法 第28条: after the period the follow-up finds no correction; its record is a document and the deadline is met', async () => {
    h.setDay('2026-03-18');
    const overdue = await get('/api/cases?overdue=true&limit=200', 'duruan.officer1');
    expect(overdue.items.find((c: { id: string }) => c.id === caseId)?.nextDeadline).toMatchObject({
      due: '2026-03-17',
      status: 'overdue',
    });
    const bench = await get('/api/workbench', 'duruan.officer1');
    expect(bench.todo).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: `${caseId}:recordFollowUpInspection`, due: '2026-03-17' }),
      ]),
    );
    const res = h.ok(await followUp(caseId, '2026-03-18', 'notCorrected'));
    expect(res.documents).toEqual([{ kind: 'followUpRecord', number: null }]);
    const detail = await get(`/api/cases/${caseId}`, 'duruan.officer1');
    expect(detail.state.correctionOrders[0].followUp).toMatchObject({
      outcome: 'notCorrected',
      inspectedOn: '2026-03-18',
    });
    expect(detail.deadlines.find((d: { key: string }) => d.key === 'correction:ZG-1')).toMatchObject({ status: 'met' });
    const again = await followUp(caseId, '2026-03-18', 'corrected');
    expect(again.json().details.refusals.map((r: { code: string }) => r.code)).toEqual(['noOpenCorrection']);
  });

  it('行政处罚法 第28条, 第57条: the penalty decision states the non-correction as its ground', async () => {
    h.ok(
      await h.cmd(caseId, 'duruan.officer1', 'finishInvestigation', {
        report: '当事人经责令限期改正，逾期仍未改正',
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
        intendedPenalty: fine(2000),
        facts: '当事人占道摆卖，经责令限期改正逾期未改正',
        reasons: '违反《广东省城乡生活垃圾管理条例》',
        basis: BASIS,
        rights: { statement: true, defence: true, hearing: false },
      }),
    );
    h.ok(
      await h.cmd(caseId, 'duruan.aux', 'recordNoticeService', {
        method: 'direct',
        recipient: PARTY.name,
        signedOn: '2026-03-18',
      }),
    );
    h.ok(
      await h.cmd(caseId, 'duruan.officer1', 'waiveRights', {
        rights: ['statement', 'defence'],
        signedByParty: true,
        signedOn: '2026-03-18',
      }),
    );
    const decision = {
      outcome: 'penalty',
      penalty: fine(2000),
      partyAddress: PARTY.address,
      facts: `当事人于 2026 年 2 月 26 日在杜阮南路占道摆卖，经本机关以${orderNumber}责令于十五日内改正，逾期仍未改正`,
      evidenceIds: [evidenceId],
      basis: BASIS,
      circumstances: NO_CIRCUMSTANCES,
      discretion: { tier: 'standard', reasoning: '占道面积中等，经责令限期改正逾期未改正，无从轻从重情节' },
      performance: { method: '到指定银行或通过电子支付缴纳', deadline: '收到本决定书之日起十五日内' },
      surchargeStandardStated: true,
      handedOverOnSpot: false,
      correctionOrdered: true,
    };
    const miscited = await h.cmd(caseId, 'duruan.head', 'decide', { ...decision, uncorrectedOrderIds: ['ZG-9'] });
    expect(miscited.statusCode).toBe(422);
    expect(miscited.json().details.refusals.map((r: { code: string }) => r.code)).toContain('correctionUnknown');
    // Left out, the server states the follow-up that found no correction.
    const decided = h.ok(await h.cmd(caseId, 'duruan.head', 'decide', decision));
    expect(decided.status).toBe('decided');
    const detail = await get(`/api/cases/${caseId}`, 'duruan.head');
    expect(detail.state.decision.uncorrectedOrders).toEqual([
      { orderId: 'ZG-1', number: orderNumber, dueOn: '2026-03-17', inspectedOn: '2026-03-18' },
    ]);
    expect(detail.timeline.at(-1).summary).toContain('当事人逾期未改正');
    const doc = await h.p.app.db
      .selectFrom('documents')
      .select('payload')
      .where('case_id', '=', caseId)
      .where('kind', '=', 'penaltyDecision')
      .executeTakeFirstOrThrow();
    expect((doc.payload as any).uncorrectedOrders[0]).toMatchObject({
      number: orderNumber,
      dueOn: '2026-03-17',
      inspectedOn: '2026-03-18',
      period: '15日内改正',
      findings: '摊位仍在原处经营，未清理',
    });
  });
});

describe('an order to correct that is complied with ends the case without a penalty', () => {
  it('行政处罚法 第28条: the follow-up finds the correction made in time and the head closes the case', async () => {
    h.setDay(T0);
    const caseId = await h.investigatingCase();
    h.ok(await h.cmd(caseId, 'duruan.officer1', 'orderCorrection', order(T0)));
    const before = await get(`/api/cases/${caseId}`, 'duruan.head');
    expect(before.allowedActions.map((a: { type: string }) => a.type)).not.toContain('closeCase');

    h.setDay('2026-03-10');
    h.ok(await followUp(caseId, '2026-03-10', 'corrected'));
    const approvals = await get('/api/queues/approval', 'duruan.head');
    expect(approvals.items.map((i: { caseId: string; kind: string }) => `${i.caseId}:${i.kind}`)).toContain(
      `${caseId}:closeCase`,
    );
    const wrongReason = await h.cmd(caseId, 'duruan.head', 'closeCase', { reason: 'executed', report: '结案' });
    expect(wrongReason.statusCode).toBe(422);
    const closed = h.ok(
      await h.cmd(caseId, 'duruan.head', 'closeCase', {
        reason: 'corrected',
        report: '当事人已在责令期限内清理占道摊位，依法不予处罚，结案',
      }),
    );
    expect(closed.status).toBe('closed');
    const detail = await get(`/api/cases/${caseId}`, 'duruan.head');
    expect(detail.state.decision).toBeNull();
    expect(detail.deadlines.filter((d: { status: string }) => d.status !== 'met')).toEqual([]);
  });

  it('行政处罚法 第28条: another township cannot see or act on the order (scope)', async () => {
    h.setDay(T0);
    const caseId = await h.investigatingCase();
    const res = await h.cmd(caseId, 'hetang.officer1', 'orderCorrection', order(T0));
    expect(res.statusCode).toBe(404);
  });
});
