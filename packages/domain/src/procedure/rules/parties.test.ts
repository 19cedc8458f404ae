import { describe, expect, it } from 'vitest';
import { allowedActions } from '../allowed';
import { header, PEOPLE, refusalCodes, run, SAMPLE, servedOrdinaryCase, type Step, ctx, fine } from '../test-support/fixtures';
import { caseParties } from './parties';

const { officerA, head } = PEOPLE;
const LI = { kind: 'person' as const, name: '李四', address: '某镇某村2号', birthDate: '1980-05-01' };

/** 张三 filed, 李四 added by the head as a joint violator, investigated, notice served and waived. */
function jointCase(more: Step[] = []) {
  return run(header(), [
    { type: 'fileCase', by: officerA, at: '2025-03-03' },
    { type: 'approveFiling', by: head, at: '2025-03-03' },
    { type: 'addParty', by: head, at: '2025-03-04', payload: { partyId: 'P2', party: LI, jointFacts: '与张三共同占道经营，分工看管摊位' } },
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
    expect(state.parties[1]).toMatchObject({ id: 'P2', jointFacts: '与张三共同占道经营，分工看管摊位', addedOn: '2025-03-04' });
  });

  it('行政处罚法 第54条第2款: only the head adds a party, a party is named once, and not after the notice', () => {
    const filed = run(header(), [
      { type: 'fileCase', by: officerA, at: '2025-03-03' },
      { type: 'approveFiling', by: head, at: '2025-03-03' },
    ]);
    expect(refusalCodes(filed.state, { type: 'addParty', by: officerA, at: '2025-03-04' })).toEqual(['roleNotAllowed']);
    expect(refusalCodes(filed.state, { type: 'addParty', by: head, at: '2025-03-04', payload: { ...SAMPLE.addParty, partyId: 'P1' } })).toEqual(['duplicateId']);
    expect(refusalCodes(filed.state, { type: 'addParty', by: head, at: '2025-03-04', payload: { ...SAMPLE.addParty, party: { kind: 'person', name: '张三' } } })).toEqual(['partyAlreadyNamed']);
    const noticed = jointCase();
    expect(refusalCodes(noticed.state, { type: 'addParty', by: head, at: '2025-03-13', payload: { ...SAMPLE.addParty, partyId: 'P3', party: { kind: 'person', name: '王五' } } })).toEqual(['wrongStatus']);
  });

  it('行政处罚法 第29条, 第59条: each joint violator is fined by its own decision; the decision names its party, once', () => {
    const { state, actions } = jointCase();
    expect(refusalCodes(state, decideFor(undefined, 3000))).toContain('decisionPartyMissing');
    expect(refusalCodes(state, decideFor('P9', 3000))).toContain('partyUnknown');
    const first = run(header(), [decideFor('P1', 3000)], {}, { actions });
    // One party decided: the case waits for the other's decision.
    expect(first.state.status).toBe('noticeServed');
    expect(allowedActions(first.state, head, ctx('2025-03-13'))).toContain('decide');
    expect(refusalCodes(first.state, { ...decideFor('P1', 2000), payload: { ...SAMPLE.decide, decisionNumber: '某综执罚〔2025〕2号', penalty: fine(2000), partyId: 'P1' } })).toContain('partyAlreadyDecided');
    const both = run(header(), [{ ...decideFor('P2', 2000), payload: { ...SAMPLE.decide, decisionNumber: '某综执罚〔2025〕2号', penalty: fine(2000), partyId: 'P2' } }], {}, { actions: first.actions });
    expect(both.state.status).toBe('decided');
    expect(both.state.decisions.map((d) => [d.partyId, d.number, d.penalty?.lines[0]?.amount])).toEqual([
      ['P1', '某综执罚〔2025〕1号', 3000],
      ['P2', '某综执罚〔2025〕2号', 2000],
    ]);
    expect(both.state.decision?.partyId).toBe('P1');
    // Service and execution are still per case: refused with the reason rather than applied to one party only.
    expect(refusalCodes(both.state, { type: 'serveDecision', by: officerA, at: '2025-03-14', payload: { ...SAMPLE.serveDecision, signedOn: '2025-03-14' } })).toEqual(['jointServiceUnsupported']);
  });

  it('行政处罚法 第30条: the age rules read the decided party’s own birth date', () => {
    const minor = { ...LI, name: '小李', birthDate: '2009-06-01' };
    const { state } = run(header(), [
      { type: 'fileCase', by: officerA, at: '2025-03-03' },
      { type: 'approveFiling', by: head, at: '2025-03-03' },
      { type: 'addParty', by: head, at: '2025-03-04', payload: { partyId: 'P2', party: minor, jointFacts: '协助看管摊位' } },
      { type: 'recordSiteInspection', by: officerA, at: '2025-03-04' },
      { type: 'finishInvestigation', by: officerA, at: '2025-03-10' },
      { type: 'issueNotice', by: officerA, at: '2025-03-11' },
      { type: 'recordNoticeService', by: officerA, at: '2025-03-12' },
      { type: 'waiveRights', by: officerA, at: '2025-03-12' },
    ]);
    // 15 at the act (1 March 2025): a 从重 tier is refused for P2 and not for the adult P1.
    const severe = (partyId: string): Step => ({ ...decideFor(partyId, 3000), payload: { ...SAMPLE.decide, partyId, discretion: { tier: 'severe', reasoning: '多次占道经营，屡教不改，依法从重处罚' } } });
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
