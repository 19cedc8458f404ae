import { describe, expect, it } from 'vitest';
import { caseDeadlines } from '../deadlines';
import { calendar, config, fine, header, PEOPLE, refusalCodes, run, SAMPLE } from '../test-support/fixtures';
import { initialCaseState } from '../fold/initial';
import {
  checkMinorOnTheSpot,
  checkOnTheSpotDecision,
  checkOnTheSpotOnPaper,
  checkSummaryEligibility,
  checkSummaryService,
  summaryFilingDue,
} from './summary';

const codes = (r: { code: string }[]) => r.map((x) => x.code);
const onTheSpot = (payload: Partial<typeof SAMPLE.decideOnTheSpot>) => ({
  type: 'decideOnTheSpot' as const,
  by: PEOPLE.officerA,
  at: '2025-03-03',
  payload: { ...SAMPLE.decideOnTheSpot, ...payload },
});

describe('summary procedure (简易程序)', () => {
  it('行政处罚法 第51条: fine above 200 yuan for a person refuses the summary procedure', () => {
    expect(codes(checkSummaryEligibility('person', fine(201), config))).toEqual(['summaryFineTooHigh']);
    expect(checkSummaryEligibility('person', fine(200), config)).toEqual([]);
    const s = initialCaseState(header('summary'));
    expect(refusalCodes(s, onTheSpot({ penalty: fine(201) }))).toContain('summaryFineTooHigh');
  });

  it('行政处罚法 第51条: fine above 3,000 yuan for an organisation refuses the summary procedure', () => {
    expect(codes(checkSummaryEligibility('organisation', fine(3001), config))).toEqual(['summaryFineTooHigh']);
    expect(checkSummaryEligibility('organisation', fine(3000), config)).toEqual([]);
  });

  it('行政处罚法 第30条: on the spot, no penalty under 14 and only 从轻 or 减轻 from 14 to 18 (ages reached the day after the birthday)', () => {
    const s = initialCaseState(header('summary'));
    // The act on 2025-03-03 at 09:30.
    const person = (birthDate: string) => ({ kind: 'person' as const, name: '王五', birthDate });
    // 14th birthday on the day of the act: still 13.
    expect(refusalCodes(s, onTheSpot({ party: person('2011-03-03'), tier: 'mitigated' }))).toEqual([
      'noPenaltyRequired',
    ]);
    // 14 since the day before: a tier is required, and it must be 从轻 or 减轻.
    expect(refusalCodes(s, onTheSpot({ party: person('2011-03-02') }))).toEqual(['tierNotAllowed']);
    expect(refusalCodes(s, onTheSpot({ party: person('2011-03-02'), tier: 'standard' }))).toEqual(['tierNotAllowed']);
    expect(refusalCodes(s, onTheSpot({ party: person('2011-03-02'), tier: 'lenient' }))).toEqual([]);
    // 18th birthday on the day of the act: still a minor.
    expect(refusalCodes(s, onTheSpot({ party: person('2007-03-03'), tier: 'severe' }))).toEqual(['tierNotAllowed']);
    expect(refusalCodes(s, onTheSpot({ party: person('2007-03-03'), tier: 'mitigated' }))).toEqual([]);
    // 18 since the day before: an adult, no tier needed.
    expect(refusalCodes(s, onTheSpot({ party: person('2007-03-02') }))).toEqual([]);
    expect(checkMinorOnTheSpot(null, undefined)).toEqual([]);
    expect(checkMinorOnTheSpot(17, 'lenient')).toEqual([]);
    expect(checkMinorOnTheSpot(17, undefined)[0]).toMatchObject({
      code: 'tierNotAllowed',
      article: '行政处罚法 第30条',
    });
    // An organisation has no age.
    expect(refusalCodes(s, onTheSpot({ party: { kind: 'organisation', name: '某公司' } }))).toEqual([]);
  });

  it('行政处罚法 第51条: only a warning or a fine may be imposed on the spot', () => {
    const gains = { lines: [{ kind: 'confiscateGains' as const, amount: 50 }] };
    expect(codes(checkSummaryEligibility('person', gains, config))).toEqual(['summaryKindNotAllowed']);
    expect(checkSummaryEligibility('person', { lines: [{ kind: 'warning' }] }, config)).toEqual([]);
    expect(
      refusalCodes(
        initialCaseState(header('summary')),
        onTheSpot({ penalty: { lines: [{ kind: 'suspendLicence', durationDays: 30 }] } }),
      ),
    ).toContain('summaryKindNotAllowed');
  });

  it('行政处罚法 第52条第1–2款: the on-the-spot form carries every element, and the number is pre-allocated and unused', () => {
    const bad = { ...SAMPLE.decideOnTheSpot, place: ' ', remediesText: '' };
    const r = checkOnTheSpotDecision(bad, { allocated: false, alreadyUsed: true });
    expect(codes(r)).toEqual(['formNotAllocated', 'formNumberUsed', 'onTheSpotContentsMissing']);
    expect(r[2].message).toContain('地点');
    expect(r[2].message).toContain('申请行政复议、提起行政诉讼的途径和期限');
    expect(checkOnTheSpotDecision(SAMPLE.decideOnTheSpot, { allocated: true, alreadyUsed: false })).toEqual([]);
    const s = initialCaseState(header('summary'));
    expect(refusalCodes(s, onTheSpot({}), { summaryForm: { allocated: true, alreadyUsed: true } })).toEqual([
      'formNumberUsed',
    ]);
  });

  it('行政处罚法 第52条第1款: a refusal to sign for the decision must be noted before service is closed', () => {
    expect(codes(checkSummaryService(false, undefined))).toEqual(['summaryRefusalNotNoted']);
    expect(checkSummaryService(false, '当事人拒绝签收，执法人员已注明')).toEqual([]);
    const { state } = run(header('summary'), [onTheSpot({})]);
    const step = { type: 'recordSummaryService' as const, by: PEOPLE.officerA, at: '2025-03-03' };
    expect(
      refusalCodes(state, {
        ...step,
        payload: { handedOverOn: '2025-03-03', partySigned: false, officersSigned: true },
      }),
    ).toEqual(['summaryRefusalNotNoted']);
    expect(
      refusalCodes(state, {
        ...step,
        payload: { handedOverOn: '2025-03-03', partySigned: false, refusalNote: '拒签，已注明', officersSigned: true },
      }),
    ).toEqual([]);
  });

  it('行政处罚法 第52条第3款: an on-the-spot decision creates a 备案 task flagged when not filed in the sector period', () => {
    // 3 working days from Friday 2025-09-26: Sunday 28 Sep is a 调休 working day.
    expect(summaryFilingDue('2025-09-26', calendar, config)).toBe('2025-09-30');
    const { state } = run(header('summary'), [
      onTheSpot({ occurredAt: '2025-03-03T09:30' }),
      { type: 'recordSummaryService', by: PEOPLE.officerA, at: '2025-03-03' },
    ]);
    const filing = caseDeadlines(state, calendar, config, '2025-03-07').find((d) => d.key === 'summaryFiling');
    expect(filing).toMatchObject({ due: '2025-03-06', status: 'overdue', basis: '行政处罚法 第52条第3款' });
    const hours = { ...config, summaryFiling: { amount: 1, unit: 'calendarDays' as const } };
    expect(summaryFilingDue('2025-03-03', calendar, hours)).toBe('2025-03-04');
  });

  describe('行政处罚法 第52条第1款: the form handed over on the spot is the printed one, signed by the officers', () => {
    const decided = run(header('summary'), [onTheSpot({})]);
    const handOver = (officersSigned = true) => ({
      type: 'recordSummaryService' as const,
      by: PEOPLE.officerA,
      at: '2025-03-03',
      payload: { ...SAMPLE.recordSummaryService, officersSigned },
    });

    it('行政处罚法 第52条: refused while the 当场行政处罚决定书 has been neither printed nor uploaded signed', () => {
      expect(refusalCodes(decided.state, handOver(), { documentsOnPaper: [] })).toEqual([
        'onTheSpotDecisionNotPrinted',
      ]);
      expect(refusalCodes(decided.state, handOver(), { documentsOnPaper: [{ kind: 'penaltyDecision' }] })).toEqual([
        'onTheSpotDecisionNotPrinted',
      ]);
      const [r] = checkOnTheSpotOnPaper(true, undefined);
      expect(r).toMatchObject({ code: 'onTheSpotDecisionNotPrinted', article: '行政处罚法 第52条第1–2款' });
      expect(r.message).toContain('当场行政处罚决定书尚未打印');
    });

    it('行政处罚法 第52条: accepted once the form is printed, or once its signed copy is uploaded', () => {
      const onPaper = { documentsOnPaper: [{ kind: 'onTheSpotDecision' }] };
      expect(refusalCodes(decided.state, handOver(), onPaper)).toEqual([]);
      expect(run(header('summary'), [handOver()], onPaper, decided).state.status).toBe('summaryServed');
    });

    it('行政处罚法 第52条: refused when the officers do not state that they signed the form handed over', () => {
      expect(refusalCodes(decided.state, handOver(false))).toEqual(['officersNotSigned']);
      // The decision on the spot no longer states the signatures: the form is printed after it.
      expect(refusalCodes(initialCaseState(header('summary')), onTheSpot({ officersSigned: true } as never))).toEqual([
        'invalidPayload',
      ]);
    });
  });
});
