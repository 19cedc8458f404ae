import { describe, expect, it } from 'vitest';
import { caseDeadlines } from '../deadlines';
import { calendar, config, header, PEOPLE, refusalCodes, run, SAMPLE } from '../test-support/fixtures';
import { checkReferralMaterials } from './criminal';

const { officerA, head } = PEOPLE;
const investigated = () =>
  run(header(), [
    { type: 'fileCase', by: officerA, at: '2025-03-03' },
    { type: 'approveFiling', by: head, at: '2025-03-03' },
    { type: 'recordSiteInspection', by: officerA, at: '2025-03-04' },
    { type: 'addEvidence', by: officerA, at: '2025-03-04' },
    { type: 'markSuspectedCrime', by: officerA, at: '2025-03-06' },
  ]);

describe('criminal referral (行刑衔接)', () => {
  it('移送规定 第5–6条: the head decides within 3 days of the report; an approved transfer carries the four attachments and is due within 24 hours', () => {
    expect(
      checkReferralMaterials({
        attachments: ['transferLetter', 'investigationReport', 'itemList'],
        noExpertReports: true,
      }),
    ).toEqual([]);
    const missing = checkReferralMaterials({ attachments: ['transferLetter'] });
    expect(missing.map((r) => r.code)).toEqual(['referralMaterialsMissing']);
    expect(missing[0].message).toContain('涉案物品清单');
    const c = investigated();
    const pending = caseDeadlines(c.state, calendar, config, '2025-03-10').find(
      (d) => d.key === 'criminalHeadDecision',
    );
    expect(pending).toMatchObject({ due: '2025-03-09', status: 'overdue', basis: '移送规定 第5条' });
    const step = { type: 'referCriminal' as const, by: head, at: '2025-03-07' };
    expect(
      refusalCodes(c.state, {
        ...step,
        payload: {
          approved: true,
          recipient: '某县公安局',
          approvedAt: '2025-03-07T10:00',
          attachments: ['transferLetter'],
        },
      }),
    ).toEqual(['referralMaterialsMissing']);
    const { state } = run(header(), [step], {}, c);
    expect(state.status).toBe('referredCriminal');
    const transfer = caseDeadlines(state, calendar, config, '2025-03-07').find((d) => d.key === 'criminalTransfer');
    expect(transfer).toMatchObject({ due: '2025-03-08', dueAt: '2025-03-08T10:00', status: 'open' });
  });

  it('移送规定 第5条: the 24 hours run from the time of approval, not to the end of the next day', () => {
    const c = investigated();
    const approve = (approvedAt: string | undefined, extra: Record<string, unknown> = {}) => ({
      type: 'referCriminal' as const,
      by: head,
      at: '2025-03-07',
      payload: { ...SAMPLE.referCriminal, approvedAt, ...extra },
    });
    const dueAt = (approvedAt: string) => {
      const { state } = run(header(), [approve(approvedAt)], {}, c);
      return caseDeadlines(state, calendar, config, '2025-03-07').find((d) => d.key === 'criminalTransfer');
    };
    expect(dueAt('2025-03-07T15:30')).toMatchObject({ due: '2025-03-08', dueAt: '2025-03-08T15:30' });
    expect(dueAt('2025-03-07T00:00')).toMatchObject({ due: '2025-03-08', dueAt: '2025-03-08T00:00' });
    expect(dueAt('2025-03-07T23:59')).toMatchObject({ due: '2025-03-08', dueAt: '2025-03-08T23:59' });
    // Approved the day before it is entered: the 24 hours ran out on the day of entry, now overdue.
    const yesterday = run(header(), [approve('2025-03-06T09:00')], {}, c).state;
    expect(
      caseDeadlines(yesterday, calendar, config, '2025-03-08').find((d) => d.key === 'criminalTransfer'),
    ).toMatchObject({ dueAt: '2025-03-07T09:00', status: 'overdue' });
    // The approval states its time; it is not after the day it is entered nor before the report;
    // the transfer does not precede it.
    expect(refusalCodes(c.state, approve(undefined))).toEqual(['referralApprovalTimeMissing']);
    expect(refusalCodes(c.state, approve('2025-03-08T09:00'))).toEqual(['dateInFuture']);
    expect(refusalCodes(c.state, approve('2025-03-05T09:00'))).toEqual(['approvalBeforeReport']);
    expect(refusalCodes(c.state, approve('2025-03-07T15:30', { transferredAt: '2025-03-07T15:00' }))).toEqual([
      'transferBeforeApproval',
    ]);
    expect(refusalCodes(c.state, approve('2025-03-07T15:30', { transferredAt: '2025-03-07T15:30' }))).toEqual([]);
    // A refusal needs no time.
    expect(refusalCodes(c.state, approve(undefined, { approved: false, reason: '证据不足' }))).toEqual([]);
  });

  it('行政处罚法 第27条, 第82条: a penalty cannot replace the transfer of a suspected crime', () => {
    const c = investigated();
    const finished = run(header(), [{ type: 'finishInvestigation', by: officerA, at: '2025-03-07' }], {}, c);
    expect(refusalCodes(finished.state, { type: 'issueNotice', by: officerA, at: '2025-03-08' })).toEqual([
      'suspectedCrimePending',
    ]);
    expect(
      refusalCodes(finished.state, {
        type: 'decide',
        by: head,
        at: '2025-03-08',
        payload: { ...SAMPLE.decide, outcome: 'noPenalty', noPenaltyGround: 'notEstablished' },
      }),
    ).toEqual(['suspectedCrimePending']);
    // A refused transfer, with reasons on record, lets the case continue administratively.
    const refused = run(
      header(),
      [
        {
          type: 'referCriminal',
          by: head,
          at: '2025-03-08',
          payload: { approved: false, reason: '未达追诉标准', attachments: [] },
        },
      ],
      {},
      finished,
    );
    expect(refused.state.flags.suspectedCrime).toBe(false);
    expect(refusalCodes(refused.state, { type: 'issueNotice', by: officerA, at: '2025-03-09' })).toEqual([]);
  });

  it('移送规定 第12条: a police acceptance creates a 3-day hand-over task', () => {
    const c = investigated();
    const { state } = run(
      header(),
      [
        { type: 'referCriminal', by: head, at: '2025-03-07' },
        { type: 'recordReferralResponse', by: officerA, at: '2025-03-10' },
      ],
      {},
      c,
    );
    expect(
      caseDeadlines(state, calendar, config, '2025-03-10').find((d) => d.key === 'criminalHandOver'),
    ).toMatchObject({
      due: '2025-03-13',
      status: 'open',
      basis: '移送规定 第12条',
    });
  });

  it('移送规定 第9条: a police refusal opens a 3-day window to ask for reconsideration', () => {
    const c = investigated();
    const { state } = run(
      header(),
      [
        { type: 'referCriminal', by: head, at: '2025-03-07' },
        {
          type: 'recordReferralResponse',
          by: officerA,
          at: '2025-03-12',
          payload: { response: 'policeRefused', on: '2025-03-12' },
        },
      ],
      {},
      c,
    );
    expect(
      caseDeadlines(state, calendar, config, '2025-03-16').find((d) => d.key === 'criminalReconsideration'),
    ).toMatchObject({
      due: '2025-03-15',
      status: 'overdue',
      basis: '移送规定 第9条',
    });
  });
});
