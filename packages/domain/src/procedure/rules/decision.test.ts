import { describe, expect, it } from 'vitest';
import { caseDeadlines } from '../deadlines';
import { calendar, config, header, PEOPLE, refusalCodes, run, SAMPLE } from '../test-support/fixtures';
import { checkDecisionContents, checkDecisionExtension, checkDecisionOnPaper, decisionLimitDue } from './decision';

const codes = (r: { code: string }[]) => r.map((x) => x.code);
const { officerA, head } = PEOPLE;

describe('decision (决定)', () => {
  it('行政处罚法 第59条; 行政强制法 第45条: the six elements and, with a fine, the surcharge standard', () => {
    expect(checkDecisionContents(SAMPLE.decide, '张三')).toEqual([]);
    const { performance: _, remedies: __, ...bare } = SAMPLE.decide;
    const r = checkDecisionContents({ ...bare, partyAddress: '', surchargeStandardStated: false }, '张三');
    expect(codes(r)).toEqual(['decisionContentsMissing', 'surchargeStandardMissing']);
    expect(r[0].message).toContain('当事人的姓名或者名称、地址');
    expect(r[0].message).toContain('履行方式和期限');
    expect(r[0].message).toContain('申请行政复议、提起行政诉讼的途径和期限');
    expect(r[1].article).toBe('行政强制法 第45条');
    const warningOnly = {
      ...SAMPLE.decide,
      penalty: { lines: [{ kind: 'warning' as const }] },
      surchargeStandardStated: false,
    };
    expect(checkDecisionContents(warningOnly, '张三')).toEqual([]);
  });

  it('行政处罚法 第60条: 90 days from filing, plus approved extensions and excluded periods, then overdue', () => {
    const filed = run(header(), [
      { type: 'fileCase', by: officerA, at: '2025-03-03' },
      { type: 'approveFiling', by: head, at: '2025-03-03' },
    ]);
    expect(decisionLimitDue(filed.state, config)).toBe('2025-06-01');
    const d = caseDeadlines(filed.state, calendar, config, '2025-06-02').find((x) => x.key === 'decisionLimit');
    expect(d).toMatchObject({ due: '2025-06-01', status: 'overdue', basis: '行政处罚法 第60条' });
    const extended = run(
      header(),
      [
        { type: 'extendDeadline', by: head, at: '2025-05-20' },
        { type: 'excludePeriod', by: head, at: '2025-05-21' },
      ],
      {},
      filed,
    );
    // +30 days extension, +10 days appraisal (2025-03-20..29).
    expect(decisionLimitDue(extended.state, config)).toBe('2025-07-11');
    expect(codes(checkDecisionExtension(extended.state, { days: 10, approval: 'head' }, config))).toEqual([
      'extensionNeedsCollective',
    ]);
    expect(checkDecisionExtension(extended.state, { days: 10, approval: 'collective' }, config)).toEqual([]);
    expect(
      refusalCodes(filed.state, {
        type: 'extendDeadline',
        by: head,
        at: '2025-05-20',
        payload: { days: 45, reason: '复杂', approval: 'head' },
      }),
    ).toEqual(['extensionNeedsCollective']);
  });

  it('行政处罚法 第60条: an extension recorded after the limit has passed is refused; on the last day it is still allowed', () => {
    const filed = run(header(), [
      { type: 'fileCase', by: officerA, at: '2025-03-03' },
      { type: 'approveFiling', by: head, at: '2025-03-03' },
    ]);
    // Filed 2025-03-03: 90 days end on 2025-06-01 (a Sunday; agency-internal, so not rolled).
    const extend = (at: string) => ({
      type: 'extendDeadline' as const,
      by: head,
      at,
      payload: { days: 30, reason: '案情复杂', approval: 'head' },
    });
    expect(refusalCodes(filed.state, extend('2025-06-01'))).toEqual([]);
    expect(refusalCodes(filed.state, extend('2025-06-02'))).toEqual(['decisionLimitPassed']);
    expect(
      checkDecisionExtension(filed.state, { days: 30, approval: 'head', on: '2025-06-02' }, config)[0],
    ).toMatchObject({ article: '行政处罚法 第60条' });
    // An excluded period already recorded moves the limit, and the extension is measured against it.
    const excluded = run(header(), [{ type: 'excludePeriod', by: head, at: '2025-05-21' }], {}, filed);
    expect(decisionLimitDue(excluded.state, config)).toBe('2025-06-11');
    expect(refusalCodes(excluded.state, extend('2025-06-11'))).toEqual([]);
    expect(refusalCodes(excluded.state, extend('2025-06-12'))).toEqual(['decisionLimitPassed']);
    // A second extension after the first one has also run out is refused the same way.
    const extended = run(header(), [extend('2025-05-30')], {}, filed);
    expect(decisionLimitDue(extended.state, config)).toBe('2025-07-01');
    expect(
      refusalCodes(extended.state, {
        ...extend('2025-07-02'),
        payload: { days: 10, reason: '鉴定', approval: 'collective' },
      }),
    ).toEqual(['decisionLimitPassed']);
    expect(
      refusalCodes(extended.state, {
        ...extend('2025-07-01'),
        payload: { days: 10, reason: '鉴定', approval: 'collective' },
      }),
    ).toEqual([]);
  });

  describe('行政处罚法 第59条, 第61条第1款: the decision served is the printed one, sealed', () => {
    const noticed = run(header(), [
      { type: 'fileCase', by: officerA, at: '2025-03-03' },
      { type: 'approveFiling', by: head, at: '2025-03-03' },
      { type: 'recordSiteInspection', by: officerA, at: '2025-03-04' },
      { type: 'addEvidence', by: officerA, at: '2025-03-04' },
      { type: 'finishInvestigation', by: officerA, at: '2025-03-10' },
      { type: 'issueNotice', by: officerA, at: '2025-03-11' },
      { type: 'recordNoticeService', by: officerA, at: '2025-03-12' },
    ]);
    const decided = run(header(), [{ type: 'decide', by: head, at: '2025-03-20' }], {}, noticed);
    const serve = (sealed = true) => ({
      type: 'serveDecision' as const,
      by: officerA,
      at: '2025-03-21',
      payload: { ...SAMPLE.serveDecision, sealed },
    });

    it('行政处罚法 第59条, 第61条: refused while the 行政处罚决定书 has been neither printed nor uploaded signed', () => {
      expect(refusalCodes(decided.state, serve(), { documentsOnPaper: [] })).toEqual(['decisionNotPrinted']);
      // Nothing supplied counts as nothing printed.
      expect(refusalCodes(decided.state, serve(), { documentsOnPaper: undefined })).toEqual(['decisionNotPrinted']);
      // Another kind of document on paper does not stand for the decision.
      expect(
        refusalCodes(decided.state, serve(), {
          documentsOnPaper: [{ kind: 'noPenaltyDecision' }, { kind: 'penaltyNotice' }],
        }),
      ).toEqual(['decisionNotPrinted']);
      const [r] = checkDecisionOnPaper(true, { outcome: 'penalty' }, []);
      expect(r).toMatchObject({ article: '行政处罚法 第59条、第61条第1款' });
      expect(r.message).toBe('行政处罚决定书尚未打印：请先打印并加盖印章，或上传已盖章的决定书');
      expect(checkDecisionOnPaper(true, { outcome: 'noPenalty' }, [])[0].message).toContain(
        '不予行政处罚决定书尚未打印',
      );
    });

    it('行政处罚法 第59条, 第61条: accepted once the decision is printed, or once its sealed copy is uploaded', () => {
      // The server lists a document as on paper for a first print and for an uploaded signed copy alike.
      expect(refusalCodes(decided.state, serve(), { documentsOnPaper: [{ kind: 'penaltyDecision' }] })).toEqual([]);
      const served = run(header(), [serve()], { documentsOnPaper: [{ kind: 'penaltyDecision' }] }, decided);
      expect(served.state.status).toBe('served');
    });

    it('行政处罚法 第59条: refused when the officer does not state that the decision served bears the seal', () => {
      expect(refusalCodes(decided.state, serve(false))).toEqual(['decisionNotSealed']);
      expect(refusalCodes(decided.state, serve(false), { documentsOnPaper: [] })).toEqual([
        'decisionNotPrinted',
        'decisionNotSealed',
      ]);
      // The decision no longer states the seal when it is made: the document does not exist yet.
      expect(
        refusalCodes(noticed.state, {
          type: 'decide',
          by: head,
          at: '2025-03-20',
          payload: { ...SAMPLE.decide, sealed: true },
        }),
      ).toEqual(['invalidPayload']);
    });
  });
});
