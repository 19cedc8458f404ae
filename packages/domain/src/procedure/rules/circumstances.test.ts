import { describe, expect, it } from 'vitest';
import { header, PEOPLE, refusalCodes, run, SAMPLE } from '../test-support/fixtures';
import { ageOn } from '../../identifiers/age';
import { assessCircumstances, checkCircumstances, checkEducationRecord, NO_CIRCUMSTANCES } from './circumstances';

const codes = (r: { code: string }[]) => r.map((x) => x.code);
const none = NO_CIRCUMSTANCES;

describe('circumstances (不予、从轻、减轻)', () => {
  it('行政处罚法 第30条: under 14 forces no penalty and an order to the guardian', () => {
    // 按周岁计算，从生日的第二天起算: on the 14th birthday the child is still 13.
    expect(ageOn('2011-03-02', '2025-03-01')).toBe(13);
    expect(ageOn('2011-03-01', '2025-03-01')).toBe(13);
    expect(ageOn('2011-03-01', '2025-03-02')).toBe(14);
    const a = assessCircumstances(none, 13);
    expect(a.forcedNoPenalty).toEqual({ ground: 'underAge', article: '行政处罚法 第30条' });
    expect(a.guardianOrderRequired).toBe(true);
    expect(codes(checkCircumstances(none, 13, { outcome: 'penalty', tier: 'mitigated' }))).toEqual([
      'noPenaltyRequired',
    ]);
    expect(codes(checkCircumstances(none, 13, { outcome: 'noPenalty', noPenaltyGround: 'underAge' }))).toEqual([
      'guardianOrderMissing',
    ]);
    expect(
      checkCircumstances(none, 13, { outcome: 'noPenalty', noPenaltyGround: 'underAge', guardianOrdered: true }),
    ).toEqual([]);
  });

  it('行政处罚法 第30条: aged 14–18 the tier must be 从轻 or 减轻', () => {
    expect(assessCircumstances(none, 16).allowedTiers).toEqual(['mitigated', 'lenient']);
    const r = checkCircumstances(none, 16, { outcome: 'penalty', tier: 'standard' });
    expect(r).toMatchObject([{ code: 'tierNotAllowed', article: '行政处罚法 第30条' }]);
    expect(checkCircumstances(none, 17, { outcome: 'penalty', tier: 'lenient' })).toEqual([]);
    expect(checkCircumstances(none, 18, { outcome: 'penalty', tier: 'severe' })).toEqual([]);
    // Through decide(): a 16-year-old party at the time of the act.
    const minor = { ...SAMPLE.fileCase, party: { ...SAMPLE.fileCase.party, birthDate: '2008-06-01' } };
    const { officerA, head } = PEOPLE;
    const { state } = run(header(), [
      { type: 'fileCase', by: officerA, at: '2025-03-03', payload: minor },
      { type: 'approveFiling', by: head, at: '2025-03-03' },
      { type: 'recordSiteInspection', by: officerA, at: '2025-03-04' },
      { type: 'addEvidence', by: officerA, at: '2025-03-04' },
      { type: 'finishInvestigation', by: officerA, at: '2025-03-10' },
      { type: 'issueNotice', by: officerA, at: '2025-03-11' },
      { type: 'recordNoticeService', by: officerA, at: '2025-03-12' },
    ]);
    expect(refusalCodes(state, { type: 'decide', by: head, at: '2025-03-20' })).toEqual(['tierNotAllowed']);
  });

  it('行政处罚法 第30条: on the 18th birthday the party is still a minor, so 从重 is refused; the day after it is allowed', () => {
    const { officerA, head } = PEOPLE;
    // The act on 2025-03-01; the party was born 2007-03-01 (18th birthday) or 2007-02-28 (18 the day before).
    const decideWith = (birthDate: string, tier: 'severe' | 'lenient') => {
      const party = { ...SAMPLE.fileCase.party, birthDate };
      const { state } = run(header(), [
        {
          type: 'fileCase',
          by: officerA,
          at: '2025-03-03',
          payload: { ...SAMPLE.fileCase, party, violationDate: '2025-03-01' },
        },
        { type: 'approveFiling', by: head, at: '2025-03-03' },
        { type: 'recordSiteInspection', by: officerA, at: '2025-03-04' },
        { type: 'addEvidence', by: officerA, at: '2025-03-04' },
        { type: 'finishInvestigation', by: officerA, at: '2025-03-10' },
        { type: 'issueNotice', by: officerA, at: '2025-03-11' },
        { type: 'recordNoticeService', by: officerA, at: '2025-03-12' },
      ]);
      expect(state.facts.violationDate).toBe('2025-03-01');
      return refusalCodes(state, {
        type: 'decide',
        by: head,
        at: '2025-03-20',
        payload: { ...SAMPLE.decide, discretion: { ...SAMPLE.decide.discretion, tier } },
      });
    };
    expect(ageOn('2007-03-01', '2025-03-01')).toBe(17);
    expect(decideWith('2007-03-01', 'severe')).toEqual(['tierNotAllowed']);
    expect(decideWith('2007-03-01', 'lenient')).toEqual([]);
    expect(ageOn('2007-02-28', '2025-03-01')).toBe(18);
    expect(decideWith('2007-02-28', 'severe')).toEqual([]);
  });

  it('行政处罚法 第32条: a mitigating circumstance blocks 一般 and 从重', () => {
    const c = { ...none, mitigating: ['removedOrReducedHarm' as const] };
    expect(checkCircumstances(c, 40, { outcome: 'penalty', tier: 'severe' })).toMatchObject([
      { code: 'tierNotAllowed', article: '行政处罚法 第32条' },
    ]);
    expect(codes(checkCircumstances(c, 40, { outcome: 'penalty', tier: 'standard' }))).toEqual(['tierNotAllowed']);
    expect(checkCircumstances(c, 40, { outcome: 'penalty', tier: 'lenient' })).toEqual([]);
  });

  it('行政处罚法 第33条第1款: minor + corrected + no harm forces no penalty; 首违 only offers it', () => {
    const minor = { ...none, minorPromptlyCorrectedNoHarm: true };
    expect(codes(checkCircumstances(minor, 40, { outcome: 'penalty', tier: 'lenient' }))).toEqual([
      'noPenaltyRequired',
    ]);
    expect(checkCircumstances(minor, 40, { outcome: 'noPenalty', noPenaltyGround: 'minor' })).toEqual([]);
    const first = { ...none, firstOffenceMinorHarmCorrected: true };
    expect(assessCircumstances(first, 40).optionalNoPenalty).toEqual(['firstOffence']);
    expect(checkCircumstances(first, 40, { outcome: 'penalty', tier: 'lenient' })).toEqual([]);
    expect(checkCircumstances(first, 40, { outcome: 'noPenalty', noPenaltyGround: 'firstOffence' })).toEqual([]);
    expect(codes(checkCircumstances(none, 40, { outcome: 'noPenalty', noPenaltyGround: 'firstOffence' }))).toEqual([
      'noPenaltyGroundUnsupported',
    ]);
    expect(checkCircumstances(none, 40, { outcome: 'noPenalty', noPenaltyGround: 'notEstablished' })).toEqual([]);
  });

  it('行政处罚法 第33条第3款: an established violation not penalised needs an education record before closing; 违法事实不能成立 needs none', () => {
    const noPenalty = (
      noPenaltyGround:
        'minor' | 'firstOffence' | 'noFault' | 'underAge' | 'incapacity' | 'limitationExpired' | 'notEstablished',
    ) => ({ outcome: 'noPenalty' as const, noPenaltyGround });
    for (const g of ['minor', 'firstOffence', 'noFault', 'underAge', 'incapacity', 'limitationExpired'] as const) {
      expect(codes(checkEducationRecord(noPenalty(g), undefined)), g).toEqual(['educationMissing']);
      expect(checkEducationRecord(noPenalty(g), { on: '2025-03-20', content: '宣讲法规' })).toEqual([]);
    }
    expect(checkEducationRecord(noPenalty('notEstablished'), undefined)).toEqual([]);
    expect(checkEducationRecord({ outcome: 'penalty' }, undefined)).toEqual([]);
    // No ground on record: read as an established violation.
    expect(codes(checkEducationRecord({ outcome: 'noPenalty', noPenaltyGround: null }, undefined))).toEqual([
      'educationMissing',
    ]);
    const { officerA, head } = PEOPLE;
    const closeFor = (decide: Record<string, unknown>) => {
      const { state } = run(header(), [
        { type: 'fileCase', by: officerA, at: '2025-03-03' },
        { type: 'approveFiling', by: head, at: '2025-03-03' },
        { type: 'recordSiteInspection', by: officerA, at: '2025-03-04' },
        { type: 'finishInvestigation', by: officerA, at: '2025-03-10' },
        { type: 'decide', by: head, at: '2025-03-11', payload: { ...SAMPLE.decide, ...decide, evidenceIds: [] } },
        {
          type: 'serveDecision',
          by: officerA,
          at: '2025-03-12',
          payload: { method: 'direct', recipient: '张三', signedOn: '2025-03-12', sealed: true },
        },
      ]);
      const close = {
        type: 'closeCase' as const,
        by: head,
        at: '2025-03-13',
        payload: { reason: 'noPenalty', report: '不予处罚' },
      };
      return { state, close };
    };
    // 违法事实不能成立: closes without education.
    const notEstablished = closeFor({ outcome: 'noPenalty', noPenaltyGround: 'notEstablished' });
    expect(refusalCodes(notEstablished.state, notEstablished.close)).toEqual([]);
    // 首违不罚 on an established violation: education first.
    const first = closeFor({
      outcome: 'noPenalty',
      noPenaltyGround: 'firstOffence',
      circumstances: { ...NO_CIRCUMSTANCES, firstOffenceMinorHarmCorrected: true },
    });
    expect(refusalCodes(first.state, first.close)).toEqual(['educationMissing']);
    expect(
      refusalCodes(first.state, {
        ...first.close,
        payload: { ...first.close.payload, education: { on: '2025-03-12', method: '当面教育', content: '宣讲法规' } },
      }),
    ).toEqual([]);
  });
});
