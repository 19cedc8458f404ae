// 共同违法 through the API: the head adds a joint violator to a filed case; the party list comes
// from the log; each party is fined by a decision of its own, with its own number and document
// (行政处罚法 第29条 does not bar fining each joint violator).
import crypto from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASIS, createHarness, fine, NO_CIRCUMSTANCES, PARTY, sha256, T0, validId, type Harness } from './fixtures';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => {
  await h?.close();
});

const LI = { kind: 'person', name: '李四', idNumber: validId('19900315', 456), address: '杜阮镇杜阮南路3号' };
const get = async (url: string, user: string) =>
  h.ok(await h.p.request({ method: 'GET', url, cookie: await h.cookie(user) }));

let evidenceId = '';
const decision = (partyId: string | undefined, amount: number, address: string) => ({
  ...(partyId ? { partyId } : {}),
  outcome: 'penalty',
  penalty: fine(amount),
  partyAddress: address,
  facts: '当事人张三、李四于 2026 年 2 月 26 日共同在杜阮南路占道摆卖',
  evidenceIds: [evidenceId],
  basis: BASIS,
  circumstances: NO_CIRCUMSTANCES,
  discretion: { tier: 'standard', reasoning: '共同违法，按各自在违法行为中的作用分别处罚' },
  performance: { method: '到指定银行或通过电子支付缴纳', deadline: '收到本决定书之日起十五日内' },
  surchargeStandardStated: true,
  handedOverOnSpot: false,
});

describe('a case with two joint violators', () => {
  let caseId: string;

  it('行政处罚法 第54条第2款: the head adds a joint violator; its ID number is masked in the log and checked', async () => {
    h.setDay(T0);
    caseId = await h.investigatingCase();
    const officerTry = await h.cmd(caseId, 'duruan.officer1', 'addParty', {
      partyId: 'P2',
      party: LI,
      jointFacts: '与张三共同摆卖，负责收款',
    });
    expect(officerTry.statusCode).toBe(422);
    const badId = await h.cmd(caseId, 'duruan.head', 'addParty', {
      partyId: 'P2',
      party: { ...LI, idNumber: '440703199003154561' },
      jointFacts: '与张三共同摆卖',
    });
    expect(badId.statusCode).toBe(422);
    expect(badId.json().code).toBe('INVALID_PARTY_ID');
    const added = h.ok(
      await h.cmd(caseId, 'duruan.head', 'addParty', {
        partyId: 'P2',
        party: LI,
        jointFacts: '与张三共同摆卖，负责收款',
      }),
    );
    expect(added.documents).toEqual([{ kind: 'addPartyApproval', number: null }]);
    const detail = await get(`/api/cases/${caseId}`, 'duruan.officer1');
    expect(detail.state.parties.map((p: { id: string; name: string }) => `${p.id}:${p.name}`)).toEqual([
      'P1:张三',
      'P2:李四',
    ]);
    expect(detail.state.parties[1]).toMatchObject({
      birthDate: '1990-03-15',
      idNumber: `${LI.idNumber.slice(0, 4)}**********${LI.idNumber.slice(-4)}`,
    });
    const raw = await h.p.app.db
      .selectFrom('case_actions')
      .select(sql<string>`payload::text`.as('t'))
      .where('case_id', '=', caseId)
      .execute();
    expect(raw.every((r) => !r.t.includes(LI.idNumber))).toBe(true);
    expect(detail.timeline.at(-1).summary).toContain('追加当事人P2：李四');
    const found = await get(`/api/cases?q=${encodeURIComponent('李四')}&limit=50`, 'duruan.officer1');
    expect(found.items.find((c: { id: string }) => c.id === caseId)?.partyName).toBe('张三、李四');
  });

  it('行政处罚法 第29条, 第59条: each party gets its own decision, number and document; the case is decided when both are', async () => {
    const photo = crypto.randomBytes(1024);
    const ids = [await h.person('duruan.officer1'), await h.person('duruan.officer2')];
    evidenceId = h.ok(
      await h.upload(caseId, 'duruan.officer2', photo, {
        sha256: sha256(photo),
        kind: 'audioVisual',
        title: '现场照片',
        capturedAt: `${T0}T10:05`,
        location: '杜阮南路',
        officerIds: ids,
      }),
      201,
    ).id;
    h.ok(
      await h.cmd(caseId, 'duruan.officer1', 'finishInvestigation', {
        report: '张三、李四共同占道摆卖',
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
        facts: '张三、李四共同占道摆卖',
        reasons: '违反《广东省城乡生活垃圾管理条例》',
        basis: BASIS,
        rights: { statement: true, defence: true, hearing: false },
      }),
    );
    h.ok(
      await h.cmd(caseId, 'duruan.aux', 'recordNoticeService', {
        method: 'direct',
        recipient: PARTY.name,
        signedOn: T0,
      }),
    );
    h.ok(
      await h.cmd(caseId, 'duruan.officer1', 'waiveRights', {
        rights: ['statement', 'defence'],
        signedByParty: true,
        signedOn: T0,
      }),
    );

    const unnamed = await h.cmd(caseId, 'duruan.head', 'decide', decision(undefined, 3000, PARTY.address));
    expect(unnamed.statusCode).toBe(422);
    expect(unnamed.json().details.refusals.map((r: { code: string }) => r.code)).toContain('decisionPartyMissing');

    const first = h.ok(await h.cmd(caseId, 'duruan.head', 'decide', decision('P1', 3000, PARTY.address)));
    expect(first.status).toBe('noticeServed');
    const second = h.ok(await h.cmd(caseId, 'duruan.head', 'decide', decision('P2', 2000, LI.address)));
    expect(second.status).toBe('decided');
    const numbers = [first.documents[0].number, second.documents[0].number];
    expect(numbers[0]).not.toBe(numbers[1]);
    for (const n of numbers) expect(n).toMatch(/^蓬杜综执罚〔2026〕\d+号$/);

    const docs = await h.p.app.db
      .selectFrom('documents')
      .select(['number', 'payload'])
      .where('case_id', '=', caseId)
      .where('kind', '=', 'penaltyDecision')
      .orderBy('action_seq')
      .execute();
    expect(docs.map((d) => [d.number, (d.payload as { partyName: string }).partyName])).toEqual([
      [numbers[0], '张三'],
      [numbers[1], '李四'],
    ]);
    const detail = await get(`/api/cases/${caseId}`, 'duruan.head');
    expect(
      detail.state.decisions.map((d: { partyId: string; penalty: { lines: { amount: number }[] } }) => [
        d.partyId,
        d.penalty.lines[0].amount,
      ]),
    ).toEqual([
      ['P1', 3000],
      ['P2', 2000],
    ]);
    const again = await h.cmd(caseId, 'duruan.head', 'decide', decision('P2', 1000, LI.address));
    expect(again.statusCode).toBe(422);
  });

  it('行政处罚法 第61条, 第67条: each decision is served on its party and paid on its own; then the case closes', async () => {
    const unnamed = await h.cmd(caseId, 'duruan.aux', 'serveDecision', {
      method: 'direct',
      recipient: PARTY.name,
      signedOn: T0,
      sealed: true,
    });
    expect(unnamed.json().details.refusals.map((r: { code: string }) => r.code)).toEqual(['servicePartyMissing']);
    const serveP1 = { partyId: 'P1', method: 'direct', recipient: PARTY.name, signedOn: T0, sealed: true };
    // 第59条, 第61条: each party's own decision is printed before it is served; the other's print does not count.
    await h.print(caseId, 'duruan.aux', 'penaltyDecision', 'P2');
    const unprinted = await h.cmd(caseId, 'duruan.aux', 'serveDecision', serveP1);
    expect(unprinted.json().details.refusals.map((r: { code: string }) => r.code)).toEqual(['decisionNotPrinted']);
    await h.print(caseId, 'duruan.aux', 'penaltyDecision', 'P1');
    const first = h.ok(await h.cmd(caseId, 'duruan.aux', 'serveDecision', serveP1));
    expect(first.status).toBe('decided');
    h.setDay('2026-03-03');
    const second = h.ok(
      await h.cmd(caseId, 'duruan.aux', 'serveDecision', {
        partyId: 'P2',
        method: 'direct',
        recipient: LI.name,
        signedOn: '2026-03-03',
        sealed: true,
      }),
    );
    expect(second.status).toBe('served');
    const receipts = await h.p.app.db
      .selectFrom('documents')
      .select('payload')
      .where('case_id', '=', caseId)
      .where('kind', '=', 'serviceReceipt')
      .orderBy('action_seq')
      .execute();
    expect(receipts.slice(-2).map((d) => (d.payload as { partyName: string }).partyName)).toEqual(['张三', '李四']);
    const detail = await get(`/api/cases/${caseId}`, 'duruan.officer1');
    // Served 2 and 3 March: 15 days end on Tuesday 17 and Wednesday 18 March.
    expect(
      detail.deadlines
        .filter((d: { key: string }) => d.key.startsWith('payment:'))
        .map((d: { key: string; due: string }) => `${d.key} ${d.due}`),
    ).toEqual(['payment:P1 2026-03-17', 'payment:P2 2026-03-18']);
    h.ok(
      await h.cmd(caseId, 'duruan.officer1', 'recordPayment', {
        partyId: 'P1',
        amount: 3000,
        paidOn: '2026-03-03',
        channel: 'bank',
        receiptNo: 'R-1',
      }),
    );
    const over = await h.cmd(caseId, 'duruan.officer1', 'recordPayment', {
      partyId: 'P2',
      amount: 3000,
      paidOn: '2026-03-03',
      channel: 'bank',
    });
    expect(over.json().details.refusals.map((r: { code: string }) => r.code)).toEqual(['overpayment']);
    const paid = h.ok(
      await h.cmd(caseId, 'duruan.officer1', 'recordPayment', {
        partyId: 'P2',
        amount: 2000,
        paidOn: '2026-03-03',
        channel: 'bank',
        receiptNo: 'R-2',
      }),
    );
    expect(paid.status).toBe('executed');
    const closed = h.ok(
      await h.cmd(caseId, 'duruan.head', 'closeCase', { reason: 'executed', report: '两名当事人均已缴清罚款，结案' }),
    );
    expect(closed.status).toBe('closed');
  });
});
