import { describe, expect, it } from 'vitest';
import { decide } from '../decide';
import {
  calendar,
  config,
  ctx,
  fine,
  header,
  PEOPLE,
  refusalCodes,
  run,
  SAMPLE,
  type Step,
} from '../test-support/fixtures';
import {
  checkAgents,
  checkHearingFee,
  checkHearingNoticeLead,
  checkHearingTranscript,
  checkNoticeHearingRight,
  checkPresider,
  hearingOutcome,
  hearingRight,
  isHearingRequestLate,
} from './hearing';

const codes = (r: { code: string }[]) => r.map((x) => x.code);
const { officerA, head, reviewer } = PEOPLE;
const heavyNotice = {
  ...SAMPLE.issueNotice,
  intendedPenalty: fine(6000),
  rights: { statement: true, defence: true, hearing: true },
};
const noticeServed = () =>
  run(header(), [
    { type: 'fileCase', by: officerA, at: '2025-03-03' },
    { type: 'approveFiling', by: head, at: '2025-03-03' },
    { type: 'recordSiteInspection', by: officerA, at: '2025-03-04' },
    { type: 'addEvidence', by: officerA, at: '2025-03-04' },
    { type: 'finishInvestigation', by: officerA, at: '2025-03-10' },
    { type: 'issueNotice', by: officerA, at: '2025-03-11', payload: heavyNotice },
    { type: 'recordNoticeService', by: officerA, at: '2025-03-12' },
  ]);
/** Refusals (code and article) of one step on the scheduled hearing. */
const refusalsOf = (step: Step) => {
  const r = decide(
    scheduled().state,
    { type: step.type, payload: step.payload, actor: step.by, at: step.at },
    ctx(step.at),
  );
  return r.ok ? [] : r.refusals.map(({ code, article }) => ({ code, article }));
};
const scheduled = () =>
  run(
    header(),
    [
      { type: 'requestHearing', by: officerA, at: '2025-03-13' },
      { type: 'scheduleHearing', by: head, at: '2025-03-14' },
    ],
    {},
    noticeServed(),
  );

describe('hearing (听证)', () => {
  it('行政处罚法 第63条, 第64条(一): a 较大数额 fine or a heavy kind puts the hearing right and its window in the notice', () => {
    expect(hearingRight(fine(4999), 'person', config).required).toBe(false);
    expect(hearingRight(fine(5000), 'person', config).required).toBe(true);
    expect(hearingRight(fine(99999), 'organisation', config).required).toBe(false);
    expect(hearingRight({ lines: [{ kind: 'revokeLicence' }] }, 'organisation', config)).toEqual({
      required: true,
      reasons: ['吊销许可证件'],
    });
    expect(
      hearingRight({ lines: [{ kind: 'confiscateProperty', amount: 100000 }] }, 'organisation', config).required,
    ).toBe(true);
    const missing = checkNoticeHearingRight(
      { statement: true, defence: true, hearing: false },
      fine(6000),
      'person',
      config,
    );
    expect(missing).toMatchObject([{ code: 'hearingRightNotStated', article: '行政处罚法 第63条' }]);
    expect(missing[0].message).toContain('5 个工作日');
    const { state } = noticeServed();
    expect(state.notice?.hearingRequestDue).toBe('2025-03-19');
  });

  it('行政处罚法 第64条(一), 第85条: a request after 5 working days is marked late unless posted in time', () => {
    // Notice served Tue 2025-09-30: 5 working days end Tue 2025-10-14 (Sat 11 Oct counts).
    expect(isHearingRequestLate({ noticeServedOn: '2025-09-30', requestedOn: '2025-10-14' }, calendar, config)).toEqual(
      { late: false, due: '2025-10-14' },
    );
    expect(
      isHearingRequestLate({ noticeServedOn: '2025-09-30', requestedOn: '2025-10-15' }, calendar, config).late,
    ).toBe(true);
    expect(
      isHearingRequestLate(
        { noticeServedOn: '2025-09-30', requestedOn: '2025-10-16', postedOn: '2025-10-14' },
        calendar,
        config,
      ).late,
    ).toBe(false);
    const late = run(
      header(),
      [
        {
          type: 'requestHearing',
          by: officerA,
          at: '2025-03-20',
          payload: { requestedOn: '2025-03-20', form: 'written' },
        },
      ],
      {},
      noticeServed(),
    );
    expect(late.state.hearing).toMatchObject({ status: 'lateRequest', late: true });
    expect(late.state.status).toBe('noticeServed');
  });

  it('行政处罚法 第64条(二): fewer than 7 working days between notice and hearing blocks the date', () => {
    expect(checkHearingNoticeLead('2025-03-14', '2025-03-26', calendar, config)).toEqual([]);
    expect(codes(checkHearingNoticeLead('2025-03-14', '2025-03-25', calendar, config))).toEqual([
      'hearingNoticeTooLate',
    ]);
    const requested = run(header(), [{ type: 'requestHearing', by: officerA, at: '2025-03-13' }], {}, noticeServed());
    const step = {
      type: 'scheduleHearing' as const,
      by: head,
      at: '2025-03-14',
      payload: { ...SAMPLE.scheduleHearing, hearingDate: '2025-03-21' },
    };
    expect(refusalCodes(requested.state, step)).toEqual(['hearingNoticeTooLate']);
  });

  it('行政处罚法 第64条(四): the presider may not be an investigator of the case', () => {
    expect(codes(checkPresider('o1', ['o1', 'o2']))).toEqual(['presiderIsInvestigator']);
    const requested = run(header(), [{ type: 'requestHearing', by: officerA, at: '2025-03-13' }], {}, noticeServed());
    const step = {
      type: 'scheduleHearing' as const,
      by: head,
      at: '2025-03-14',
      payload: { ...SAMPLE.scheduleHearing, presiderId: 'o2' },
    };
    expect(refusalCodes(requested.state, step)).toEqual(['presiderIsInvestigator']);
  });

  it('行政处罚法 第64条(五): more than two agents are rejected', () => {
    expect(checkAgents([{ name: '甲' }, { name: '乙' }], config)).toEqual([]);
    expect(codes(checkAgents([{ name: '甲' }, { name: '乙' }, { name: '丙' }], config))).toEqual(['tooManyAgents']);
  });

  it('行政处罚法 第64条(六): absence without good reason ends the hearing with the right waived', () => {
    expect(hearingOutcome('absentWithoutReason')).toBe('rightWaived');
    expect(hearingOutcome('leftWithoutPermission')).toBe('rightWaived');
    const absent = {
      type: 'recordHearing' as const,
      by: reviewer,
      at: '2025-03-28',
      payload: { heldOn: '2025-03-28', attendance: 'absentWithoutReason', feeCharged: 0 },
    };
    const { state } = run(header(), [absent], {}, scheduled());
    expect(state.hearing?.status).toBe('rightWaived');
    expect(state.status).toBe('noticeServed');
  });

  it('行政处罚法 第64条(八), 第65条, 第58条(二): a held hearing needs a signed transcript (or refusal note) and then legal review', () => {
    expect(codes(checkHearingTranscript('attended', { signedByParty: false }))).toEqual(['hearingTranscriptUnsigned']);
    expect(checkHearingTranscript('attended', { signedByParty: false, presiderRefusalNote: '当事人拒绝签字' })).toEqual(
      [],
    );
    const s = scheduled();
    expect(refusalCodes(s.state, { type: 'recordHearing', by: officerA, at: '2025-03-28' })).toEqual(['notPresider']);
    const held = run(header(), [{ type: 'recordHearing', by: reviewer, at: '2025-03-28' }], {}, s);
    expect(held.state.status).toBe('hearingHeld');
    expect(
      refusalCodes(held.state, {
        type: 'decide',
        by: head,
        at: '2025-03-31',
        payload: { ...SAMPLE.decide, penalty: fine(6000) },
      }),
    ).toEqual(['reviewNotPassed']);
  });

  it('行政处罚法 第64条(二): a hearing cannot be recorded as held before the date the party was notified of', () => {
    // Scheduled (SAMPLE) for Fri 2025-03-28 by a notice of 2025-03-14.
    const early = {
      type: 'recordHearing' as const,
      by: reviewer,
      at: '2025-03-27',
      payload: { ...SAMPLE.recordHearing, heldOn: '2025-03-27' },
    };
    expect(refusalsOf(early)).toEqual([{ code: 'hearingBeforeSchedule', article: '行政处罚法 第64条(二)' }]);
    // Entered later does not make an early hearing lawful.
    expect(refusalCodes(scheduled().state, { ...early, at: '2025-04-01' })).toEqual(['hearingBeforeSchedule']);
    const held = run(
      header(),
      [
        {
          type: 'recordHearing',
          by: reviewer,
          at: '2025-04-01',
          payload: { ...SAMPLE.recordHearing, heldOn: '2025-03-28' },
        },
      ],
      {},
      scheduled(),
    );
    expect(held.state.hearing?.held?.heldOn).toBe('2025-03-28');
  });

  it('行政处罚法 第64条(八): a hearing transcript cannot record a hearing that has not yet taken place', () => {
    const future = {
      type: 'recordHearing' as const,
      by: reviewer,
      at: '2025-03-28',
      payload: { ...SAMPLE.recordHearing, heldOn: '2025-03-31' },
    };
    expect(refusalsOf(future)).toEqual([{ code: 'dateInFuture', article: '行政处罚法 第64条(八)' }]);
    // Entered on the notice day, the scheduled date itself still lies ahead.
    const onNoticeDay = {
      type: 'recordHearing' as const,
      by: reviewer,
      at: '2025-03-14',
      payload: { ...SAMPLE.recordHearing, heldOn: '2025-03-28' },
    };
    expect(refusalCodes(scheduled().state, onNoticeDay)).toEqual(['dateInFuture']);
  });

  it('行政处罚法 第63条第2款: the party is never charged for the hearing', () => {
    expect(checkHearingFee(0)).toEqual([]);
    expect(codes(checkHearingFee(200))).toEqual(['hearingFeeCharged']);
    const step = {
      type: 'recordHearing' as const,
      by: reviewer,
      at: '2025-03-28',
      payload: { ...SAMPLE.recordHearing, feeCharged: 200 },
    };
    expect(refusalCodes(scheduled().state, step)).toEqual(['hearingFeeCharged']);
  });
});
