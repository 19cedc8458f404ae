import { describe, expect, it } from 'vitest';
import { allowedActions } from '../allowed';
import { caseDeadlines } from '../deadlines';
import {
  calendar,
  config,
  header,
  PEOPLE,
  refusalCodes,
  run,
  SAMPLE,
  servedOrdinaryCase,
  type Step,
  ctx,
  fine,
} from '../test-support/fixtures';
import { caseParties } from './parties';

const { officerA, head } = PEOPLE;
const LI = { kind: 'person' as const, name: '李四', address: '某镇某村2号', birthDate: '1980-05-01' };

/** 张三 filed, 李四 added by the head as a joint violator, investigated, notice served and waived. */
function jointCase(more: Step[] = []) {
  return run(header(), [
    { type: 'fileCase', by: officerA, at: '2025-03-03' },
    { type: 'approveFiling', by: head, at: '2025-03-03' },
    {
      type: 'addParty',
      by: head,
      at: '2025-03-04',
      payload: { partyId: 'P2', party: LI, jointFacts: '与张三共同占道经营，分工看管摊位' },
    },
    { type: 'recordSiteInspection', by: officerA, at: '2025-03-04' },
    { type: 'addEvidence', by: officerA, at: '2025-03-04' },
    { type: 'finishInvestigation', by: officerA, at: '2025-03-10' },
    { type: 'issueNotice', by: officerA, at: '2025-03-11' },
    { type: 'recordNoticeService', by: officerA, at: '2025-03-12' },
    { type: 'waiveRights', by: officerA, at: '2025-03-12' },
    ...more,
  ]);
}

const decideFor = (partyId: string | undefined, amount: number, at = '2025-03-13'): Step => ({
  type: 'decide',
  by: head,
  at,
  payload: { ...SAMPLE.decide, penalty: fine(amount), ...(partyId ? { partyId } : {}) },
});

describe('共同违法: several parties in one case, each with its own decision (行政处罚法 第29条)', () => {
  it('行政处罚法 第54条: the party list is derived from the log: the filed party is P1, the head adds P2', () => {
    const { state } = jointCase();
    expect(caseParties(state).map((p) => [p.id, p.name])).toEqual([
      ['P1', '张三'],
      ['P2', '李四'],
    ]);
    expect(state.party?.name).toBe('张三');
    expect(state.parties[1]).toMatchObject({
      id: 'P2',
      jointFacts: '与张三共同占道经营，分工看管摊位',
      addedOn: '2025-03-04',
    });
  });

  it('行政处罚法 第54条第2款: only the head adds a party, a party is named once, and not after the notice', () => {
    const filed = run(header(), [
      { type: 'fileCase', by: officerA, at: '2025-03-03' },
      { type: 'approveFiling', by: head, at: '2025-03-03' },
    ]);
    expect(refusalCodes(filed.state, { type: 'addParty', by: officerA, at: '2025-03-04' })).toEqual(['roleNotAllowed']);
    expect(
      refusalCodes(filed.state, {
        type: 'addParty',
        by: head,
        at: '2025-03-04',
        payload: { ...SAMPLE.addParty, partyId: 'P1' },
      }),
    ).toEqual(['duplicateId']);
    expect(
      refusalCodes(filed.state, {
        type: 'addParty',
        by: head,
        at: '2025-03-04',
        payload: { ...SAMPLE.addParty, party: { kind: 'person', name: '张三' } },
      }),
    ).toEqual(['partyAlreadyNamed']);
    const noticed = jointCase();
    expect(
      refusalCodes(noticed.state, {
        type: 'addParty',
        by: head,
        at: '2025-03-13',
        payload: { ...SAMPLE.addParty, partyId: 'P3', party: { kind: 'person', name: '王五' } },
      }),
    ).toEqual(['wrongStatus']);
  });

  it('行政处罚法 第29条, 第59条: each joint violator is fined by its own decision; the decision names its party, once', () => {
    const { state, actions } = jointCase();
    expect(refusalCodes(state, decideFor(undefined, 3000))).toContain('decisionPartyMissing');
    expect(refusalCodes(state, decideFor('P9', 3000))).toContain('partyUnknown');
    const first = run(header(), [decideFor('P1', 3000)], {}, { actions });
    // One party decided: the case waits for the other's decision.
    expect(first.state.status).toBe('noticeServed');
    expect(allowedActions(first.state, head, ctx('2025-03-13'))).toContain('decide');
    expect(
      refusalCodes(first.state, {
        ...decideFor('P1', 2000),
        payload: { ...SAMPLE.decide, decisionNumber: '某综执罚〔2025〕2号', penalty: fine(2000), partyId: 'P1' },
      }),
    ).toContain('partyAlreadyDecided');
    const both = run(
      header(),
      [
        {
          ...decideFor('P2', 2000),
          payload: { ...SAMPLE.decide, decisionNumber: '某综执罚〔2025〕2号', penalty: fine(2000), partyId: 'P2' },
        },
      ],
      {},
      { actions: first.actions },
    );
    expect(both.state.status).toBe('decided');
    expect(both.state.decisions.map((d) => [d.partyId, d.number, d.penalty?.lines[0]?.amount])).toEqual([
      ['P1', '某综执罚〔2025〕1号', 3000],
      ['P2', '某综执罚〔2025〕2号', 2000],
    ]);
    expect(both.state.decision?.partyId).toBe('P1');
  });

  it('行政处罚法 第61条, 第67条: each party is served and pays on its own; the case is executed when both have paid', () => {
    const decided = jointCase([
      decideFor('P1', 3000),
      {
        ...decideFor('P2', 2000),
        payload: { ...SAMPLE.decide, decisionNumber: '某综执罚〔2025〕2号', penalty: fine(2000), partyId: 'P2' },
      },
    ]);
    const serve = (partyId: string | undefined, on: string): Step => ({
      type: 'serveDecision',
      by: officerA,
      at: on,
      payload: {
        ...SAMPLE.serveDecision,
        recipient: partyId === 'P2' ? '李四' : '张三',
        signedOn: on,
        ...(partyId ? { partyId } : {}),
      },
    });
    const pay = (partyId: string | undefined, amount: number, on: string): Step => ({
      type: 'recordPayment',
      by: officerA,
      at: on,
      payload: { ...SAMPLE.recordPayment, amount, paidOn: on, ...(partyId ? { partyId } : {}) },
    });
    expect(refusalCodes(decided.state, serve(undefined, '2025-03-14'))).toEqual(['servicePartyMissing']);
    // 第59条, 第61条: each party is served its own decision on paper; the other party's print does not count.
    const onlyP2 = { documentsOnPaper: [{ kind: 'penaltyDecision', partyId: 'P2' }] };
    expect(refusalCodes(decided.state, serve('P1', '2025-03-14'), onlyP2)).toEqual(['decisionNotPrinted']);
    expect(refusalCodes(decided.state, serve('P2', '2025-03-14'), onlyP2)).toEqual([]);
    expect(refusalCodes(decided.state, pay('P1', 3000, '2025-03-14'))).toEqual(['notServed']);

    const one = run(
      header(),
      [serve('P1', '2025-03-14'), pay('P1', 3000, '2025-03-17')],
      {},
      { actions: decided.actions },
    );
    // P1 served and paid; P2 not yet served: the case waits.
    expect(one.state.status).toBe('decided');
    expect(refusalCodes(one.state, serve('P1', '2025-03-17'))).toEqual(['alreadyServed']);
    const dues = caseDeadlines(one.state, calendar, config, '2025-03-17').filter((d) => d.key.startsWith('payment:'));
    // Served Friday 14 March: 15 days end Saturday 29 March, rolled to Monday 31 March.
    expect(dues).toEqual([
      expect.objectContaining({ key: 'payment:P1', due: '2025-03-31', status: 'met', partyFacing: true }),
    ]);

    const two = run(header(), [serve('P2', '2025-03-18')], {}, { actions: one.actions });
    expect(two.state.status).toBe('executing');
    expect(refusalCodes(two.state, pay('P2', 2500, '2025-03-19'))).toEqual(['overpayment']);
    expect(refusalCodes(two.state, { type: 'issueDemand', by: officerA, at: '2025-04-10' })).toEqual([
      'jointExecutionUnsupported',
    ]);
    expect(caseDeadlines(two.state, calendar, config, '2025-04-03').find((d) => d.key === 'payment:P2')).toMatchObject({
      due: '2025-04-02',
      status: 'overdue',
    });

    const paid = run(header(), [pay('P2', 2000, '2025-03-20')], {}, { actions: two.actions });
    expect(paid.state.status).toBe('executed');
    const closed = run(
      header(),
      [
        {
          type: 'closeCase',
          by: head,
          at: '2025-03-21',
          payload: { reason: 'executed', report: '两名当事人均已缴清罚款，结案' },
        },
      ],
      {},
      { actions: paid.actions },
    );
    expect(closed.state.status).toBe('closed');
  });

  it('行政处罚法 第30条: the age rules read the decided party’s own birth date', () => {
    const minor = { ...LI, name: '小李', birthDate: '2009-06-01' };
    const { state } = run(header(), [
      { type: 'fileCase', by: officerA, at: '2025-03-03' },
      { type: 'approveFiling', by: head, at: '2025-03-03' },
      {
        type: 'addParty',
        by: head,
        at: '2025-03-04',
        payload: { partyId: 'P2', party: minor, jointFacts: '协助看管摊位' },
      },
      { type: 'recordSiteInspection', by: officerA, at: '2025-03-04' },
      { type: 'finishInvestigation', by: officerA, at: '2025-03-10' },
      { type: 'issueNotice', by: officerA, at: '2025-03-11' },
      { type: 'recordNoticeService', by: officerA, at: '2025-03-12' },
      { type: 'waiveRights', by: officerA, at: '2025-03-12' },
    ]);
    // 15 at the act (1 March 2025): a 从重 tier is refused for P2 and not for the adult P1.
    const severe = (partyId: string): Step => ({
      ...decideFor(partyId, 3000),
      payload: {
        ...SAMPLE.decide,
        partyId,
        discretion: { tier: 'severe', reasoning: '多次占道经营，屡教不改，依法从重处罚' },
      },
    });
    expect(refusalCodes(state, severe('P2'))).toContain('tierNotAllowed');
    expect(refusalCodes(state, severe('P1'))).not.toContain('tierNotAllowed');
  });

  it('a single-party case decides, serves and executes exactly as before (no party id needed)', () => {
    const { state } = servedOrdinaryCase();
    expect(state.status).toBe('served');
    expect(caseParties(state).map((p) => p.id)).toEqual(['P1']);
    expect(state.decisions).toHaveLength(1);
    expect(state.decision?.partyId).toBeUndefined();
  });
});
