import { describe, expect, it } from 'vitest';
import { decide } from './decide';
import { initialCaseState } from './fold/initial';
import { ctx, header, PEOPLE, refusalCodes, run, SAMPLE } from './test-support/fixtures';

const { officerA, officerB, auxiliary, reviewer, head, head2, headOfficer } = PEOPLE;
const complex = { ...SAMPLE.finishInvestigation.flags, complex: true };
const underReview = () =>
  run(header(), [
    { type: 'fileCase', by: officerA, at: '2025-03-03' },
    { type: 'approveFiling', by: head, at: '2025-03-03' },
    { type: 'recordSiteInspection', by: officerA, at: '2025-03-04' },
    { type: 'addEvidence', by: officerA, at: '2025-03-04' },
    {
      type: 'finishInvestigation',
      by: officerA,
      at: '2025-03-10',
      payload: { ...SAMPLE.finishInvestigation, flags: complex },
    },
    { type: 'issueNotice', by: officerA, at: '2025-03-11' },
    { type: 'recordNoticeService', by: officerA, at: '2025-03-12' },
    { type: 'submitForReview', by: officerA, at: '2025-03-20' },
  ]);

describe('decide(): gate and separation of duties (办、审、定三分离)', () => {
  it('行政处罚法 第57–58条: an investigator of the case may not approve as head, review, or decide', () => {
    // h3 holds both the officer and the head role and investigates this case.
    const filed = run(header(), [
      { type: 'fileCase', by: officerA, at: '2025-03-03', payload: { ...SAMPLE.fileCase, officerIds: ['o1', 'h3'] } },
    ]);
    expect(refusalCodes(filed.state, { type: 'approveFiling', by: headOfficer, at: '2025-03-03' })).toEqual([
      'investigatorApproving',
    ]);
    const s = underReview();
    const investigatorReviewer = { userId: 'o2', roles: ['officer', 'legalReviewer'] as const };
    expect(
      refusalCodes(s.state, {
        type: 'recordReview',
        by: { ...investigatorReviewer, roles: [...investigatorReviewer.roles] },
        at: '2025-03-21',
      }),
    ).toEqual(['investigatorReviewing']);
    const reviewed = run(
      header(),
      [
        { type: 'recordReview', by: reviewer, at: '2025-03-21' },
        { type: 'recordDeliberation', by: head, at: '2025-03-21' },
      ],
      {},
      s,
    );
    const reviewerHead = { userId: 'r1', roles: ['agencyHead' as const, 'legalReviewer' as const] };
    expect(refusalCodes(reviewed.state, { type: 'decide', by: reviewerHead, at: '2025-03-24' })).toEqual([
      'reviewerDeciding',
    ]);
    expect(
      refusalCodes(reviewed.state, { type: 'decide', by: { userId: 'o2', roles: ['agencyHead'] }, at: '2025-03-24' }),
    ).toEqual(['investigatorDeciding']);
    expect(refusalCodes(reviewed.state, { type: 'decide', by: head2, at: '2025-03-24' })).toEqual([]);
  });

  it('行政处罚法 第42条: auxiliaries are refused enforcement acts, and officers not on the case cannot record', () => {
    const filed = run(header(), [
      { type: 'fileCase', by: officerA, at: '2025-03-03' },
      { type: 'approveFiling', by: head, at: '2025-03-03' },
    ]);
    expect(
      decide(
        filed.state,
        { type: 'recordInterview', payload: SAMPLE.recordInterview, actor: auxiliary, at: '2025-03-04' },
        ctx('2025-03-04'),
      ),
    ).toMatchObject({
      ok: false,
      refusals: [{ code: 'auxiliaryNotAllowed', article: '行政处罚法 第42条' }],
    });
    expect(refusalCodes(filed.state, { type: 'recordInterview', by: PEOPLE.officerD, at: '2025-03-04' })).toEqual([
      'notHandlingOfficer',
    ]);
    expect(refusalCodes(filed.state, { type: 'recordInterview', by: officerB, at: '2025-03-04' })).toEqual([]);
    expect(refusalCodes(filed.state, { type: 'addEvidence', by: auxiliary, at: '2025-03-04' })).toEqual([]);
  });

  it('refuses unknown actions, the wrong procedure and the wrong status, each with a citation', () => {
    const s = initialCaseState(header('summary'));
    const unknown = decide(
      s,
      { type: 'teleport' as never, payload: {}, actor: officerA, at: '2025-03-03' },
      ctx('2025-03-03'),
    );
    expect(unknown).toMatchObject({ ok: false, refusals: [{ code: 'unknownAction' }] });
    const wrong = decide(
      s,
      { type: 'fileCase', payload: SAMPLE.fileCase, actor: officerA, at: '2025-03-03' },
      ctx('2025-03-03'),
    );
    expect(wrong).toMatchObject({
      ok: false,
      refusals: [{ code: 'wrongProcedure', article: '行政处罚法 第54条第2款' }],
    });
    const early = decide(
      initialCaseState(header()),
      { type: 'decide', payload: SAMPLE.decide, actor: head, at: '2025-03-03' },
      ctx('2025-03-03'),
    );
    expect(early).toMatchObject({ ok: false, refusals: [{ code: 'wrongStatus', article: '行政处罚法 第57条第1款' }] });
  });

  it('returns Chinese payload errors with the action basis, and a normalised payload on success', () => {
    const s = initialCaseState(header());
    const bad = decide(
      s,
      {
        type: 'fileCase',
        payload: { ...SAMPLE.fileCase, violationDate: 'yesterday' },
        actor: officerA,
        at: '2025-03-03',
      },
      ctx('2025-03-03'),
    );
    expect(bad).toEqual({
      ok: false,
      refusals: [
        {
          code: 'invalidPayload',
          message: '「违法行为发生日期」应为 YYYY-MM-DD 格式的日期',
          article: '行政处罚法 第54条第2款',
        },
      ],
    });
    const good = decide(
      s,
      { type: 'fileCase', payload: { ...SAMPLE.fileCase, leadId: undefined }, actor: officerA, at: '2025-03-03' },
      ctx('2025-03-03'),
    );
    expect(good.ok).toBe(true);
    if (good.ok) {
      expect('leadId' in good.action.payload).toBe(false);
      expect(good.action).toMatchObject({
        type: 'fileCase',
        actorId: 'o1',
        actorRoles: ['officer'],
        at: '2025-03-03',
        derived: { limitationExpiresOn: '2027-03-01', limitationExpired: false },
      });
    }
  });

  it('行政处罚法 第24条: an agency without power over the item on that date cannot file or decide', () => {
    expect(
      refusalCodes(
        initialCaseState(header()),
        { type: 'fileCase', by: officerA, at: '2025-03-03' },
        { exercisable: false },
      ),
    ).toEqual(['itemNotExercisable']);
  });
});
