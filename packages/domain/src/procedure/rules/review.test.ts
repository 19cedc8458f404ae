import { describe, expect, it } from 'vitest';
import { REVIEW_ITEMS } from '../payloads/review';
import { config, fine, header, HEADS, PEOPLE, REVIEWERS, refusalCodes, run, SAMPLE } from '../test-support/fixtures';
import {
  checkDeliberationParticipants,
  checkReviewChecklist,
  checkReviewerQualification,
  deliberationRequired,
  reviewTriggers,
} from './review';

const codes = (r: { code: string }[]) => r.map((x) => x.code);
const { officerA, head, head2, reviewer, newReviewer } = PEOPLE;
const complexFlags = { ...SAMPLE.finishInvestigation.flags, complex: true };
const served = (flags = complexFlags) =>
  run(header(), [
    { type: 'fileCase', by: officerA, at: '2025-03-03' },
    { type: 'approveFiling', by: head, at: '2025-03-03' },
    { type: 'recordSiteInspection', by: officerA, at: '2025-03-04' },
    { type: 'addEvidence', by: officerA, at: '2025-03-04' },
    { type: 'finishInvestigation', by: officerA, at: '2025-03-10', payload: { ...SAMPLE.finishInvestigation, flags } },
    { type: 'issueNotice', by: officerA, at: '2025-03-11' },
    { type: 'recordNoticeService', by: officerA, at: '2025-03-12' },
  ]);

describe('collective deliberation and legal review (集体讨论, 法制审核)', () => {
  it('行政处罚法 第57条第2款: 情节复杂 or 重大违法 cases need a collective deliberation record', () => {
    expect(deliberationRequired({ complex: false, majorViolation: true })).toBe(true);
    expect(deliberationRequired({ complex: false, majorViolation: false })).toBe(false);
    const major = served({ ...SAMPLE.finishInvestigation.flags, majorViolation: true });
    expect(refusalCodes(major.state, { type: 'decide', by: head, at: '2025-03-20' })).toEqual(['deliberationMissing']);
    const deliberated = run(header(), [{ type: 'recordDeliberation', by: head, at: '2025-03-20' }], {}, major);
    expect(refusalCodes(deliberated.state, { type: 'decide', by: head, at: '2025-03-20' })).toEqual([]);
  });

  it('行政处罚法 第57条第2款: only the agency’s heads take part in the collective deliberation, and the one recording it is among them', () => {
    expect(checkDeliberationParticipants(['h1', 'h2'], 'h1', HEADS)).toEqual([]);
    expect(codes(checkDeliberationParticipants(['h1', 'r1'], 'h1', HEADS))).toEqual(['participantNotHead']);
    expect(checkDeliberationParticipants(['h1', 'r1'], 'h1', HEADS)[0].message).toContain('r1');
    expect(codes(checkDeliberationParticipants(['h2', 'h3'], 'h1', HEADS))).toEqual(['chairNotParticipant']);
    expect(checkDeliberationParticipants(['h1', 'r1'], 'h1', undefined)).toEqual([]);
    const s = served();
    const withReviewer = {
      type: 'recordDeliberation' as const,
      by: head,
      at: '2025-03-20',
      payload: { heldOn: '2025-03-20', participantIds: ['h1', 'r1'], conclusion: '同意处罚' },
    };
    expect(refusalCodes(s.state, withReviewer)).toEqual(['participantNotHead']);
    expect(
      refusalCodes(s.state, { ...withReviewer, payload: { ...withReviewer.payload, participantIds: ['h1', 'h2'] } }),
    ).toEqual([]);
  });

  it('行政处罚法 第58条: a case meeting a 第58条 condition needs a passed review before the decision', () => {
    const s = served();
    expect(reviewTriggers(s.state, fine(3000), 'person', config)).toEqual(['complex']);
    expect(refusalCodes(s.state, { type: 'decide', by: head, at: '2025-03-20' })).toEqual([
      'reviewNotPassed',
      'deliberationMissing',
    ]);
    const reviewed = run(
      header(),
      [
        { type: 'submitForReview', by: officerA, at: '2025-03-20' },
        { type: 'recordReview', by: reviewer, at: '2025-03-21' },
        { type: 'recordDeliberation', by: head, at: '2025-03-21' },
      ],
      {},
      s,
    );
    expect(refusalCodes(reviewed.state, { type: 'decide', by: head2, at: '2025-03-24' })).toEqual([]);
    // The 法制审核目录 adds items and penalties.
    const plain = served({ ...SAMPLE.finishInvestigation.flags });
    expect(reviewTriggers(plain.state, { lines: [{ kind: 'revokeLicence' }] }, 'person', config)).toEqual([
      'majorList',
    ]);
    expect(
      reviewTriggers(plain.state, fine(3000), 'person', {
        ...config,
        majorDecisionList: { ...config.majorDecisionList, itemCodes: ['C-001'] },
      }),
    ).toEqual(['majorList']);
  });

  it('行政处罚法 第58条第2款: a first-time reviewer must hold legal-profession qualification', () => {
    expect(checkReviewerQualification('r1', REVIEWERS)).toEqual([]);
    expect(codes(checkReviewerQualification('r2', REVIEWERS))).toEqual(['reviewerNotQualified']);
    expect(checkReviewerQualification('h3', REVIEWERS)).toEqual([]);
    expect(codes(checkReviewerQualification('r9', REVIEWERS))).toEqual(['reviewerQualificationUnknown']);
    const submitted = run(header(), [{ type: 'submitForReview', by: officerA, at: '2025-03-20' }], {}, served());
    expect(refusalCodes(submitted.state, { type: 'recordReview', by: newReviewer, at: '2025-03-21' })).toEqual([
      'reviewerNotQualified',
    ]);
  });

  it('国办发〔2018〕118号: the review covers all nine items and its conclusion matches them', () => {
    const all = Object.fromEntries(REVIEW_ITEMS.map((i) => [i, { ok: true }]));
    expect(checkReviewChecklist({ outcome: 'pass', checklist: all })).toEqual([]);
    const { criminalTransfer: _, ...eight } = all;
    const incomplete = checkReviewChecklist({ outcome: 'pass', checklist: eight });
    expect(incomplete).toMatchObject([{ code: 'reviewChecklistIncomplete', article: '国办发〔2018〕118号' }]);
    expect(incomplete[0].message).toContain('涉嫌犯罪');
    expect(
      codes(
        checkReviewChecklist({ outcome: 'pass', checklist: { ...all, evidence: { ok: false, note: '证据不足' } } }),
      ),
    ).toEqual(['reviewPassWithProblems']);
    expect(codes(checkReviewChecklist({ outcome: 'return', checklist: all }))).toEqual(['reviewReturnWithoutProblem']);
    expect(checkReviewChecklist({ outcome: 'return', checklist: { ...all, evidence: { ok: false } } })).toEqual([]);
    expect(REVIEW_ITEMS).toHaveLength(9);
  });
});
