import { describe, expect, it } from 'vitest';
import { caseDeadlines } from '../deadlines';
import { calendar, config, header, PEOPLE, refusalCodes, run, SAMPLE } from '../test-support/fixtures';
import {
  checkSeizureDecision,
  checkUrgentApproval,
  coerciveEndDate,
  expiredMeasures,
  freezeNoticeDue,
} from './coercion';

const codes = (r: { code: string }[]) => r.map((x) => x.code);
const { officerA, head, head2 } = PEOPLE;
const filed = () =>
  run(header(), [
    { type: 'fileCase', by: officerA, at: '2025-03-03' },
    { type: 'approveFiling', by: head, at: '2025-03-03' },
  ]);
const seize = (payload: Partial<typeof SAMPLE.applyCoerciveMeasure> = {}, at = '2026-01-05', by = head) => ({
  type: 'applyCoerciveMeasure' as const,
  by,
  at,
  payload: { ...SAMPLE.applyCoerciveMeasure, ...payload },
});

describe('coercive measures (行政强制措施)', () => {
  it('行政强制法 第24–25条: a seizure decision with the five items, a two-copy inventory on the spot, ending 30 days on', () => {
    expect(checkSeizureDecision(SAMPLE.applyCoerciveMeasure, config)).toEqual([]);
    const bad = {
      ...SAMPLE.applyCoerciveMeasure,
      inventoryCopies: 1,
      handedOverOnSpot: false,
      decision: { ...SAMPLE.applyCoerciveMeasure.decision, remediesStated: false },
    };
    const r = checkSeizureDecision(bad, config);
    expect(codes(r)).toEqual(['coerciveDecisionIncomplete', 'coerciveNotHandedOver', 'inventoryCopies']);
    expect(r[0].message).toContain('申请行政复议或者提起行政诉讼的途径和期限');
    expect(coerciveEndDate({ startOn: '2026-01-05', periodDays: 30, extensions: [], excluded: [] })).toBe('2026-02-04');
    const { state } = run(header(), [seize()], {}, filed());
    expect(state.coerciveMeasures[0].endsOn).toBe('2026-02-04');
    expect(refusalCodes(filed().state, seize({ avEvidenceId: undefined }))).toEqual(['avRecordMissing']);
    expect(refusalCodes(filed().state, seize({ officerIds: ['o1', 'x1'] }))).toEqual(['officerNotQualified']);
  });

  it('行政强制法 第25条: one extension of at most 30 days, approved and notified in writing; notified testing periods excluded', () => {
    const seized = run(header(), [seize()], {}, filed());
    const extend = {
      type: 'extendCoerciveMeasure' as const,
      by: head,
      at: '2026-02-01',
      payload: { ...SAMPLE.extendCoerciveMeasure, notifiedInWritingOn: '2026-02-01' },
    };
    const extended = run(header(), [extend], {}, seized);
    expect(extended.state.coerciveMeasures[0].endsOn).toBe('2026-03-06');
    expect(refusalCodes(extended.state, { ...extend, payload: { ...extend.payload, extensionDays: 1 } })).toEqual([
      'coerciveExtensionTooLong',
    ]);
    expect(refusalCodes(seized.state, { ...extend, by: officerA })).toEqual(['roleNotAllowed']);
    const exclude = {
      type: 'excludePeriod' as const,
      by: head,
      at: '2026-02-10',
      payload: { target: 'coerciveMeasure', measureId: 'M-1', from: '2026-02-02', to: '2026-02-06', reason: 'testing' },
    };
    expect(refusalCodes(extended.state, exclude)).toEqual(['exclusionNotNotified']);
    const excluded = run(
      header(),
      [{ ...exclude, payload: { ...exclude.payload, notifiedInWritingOn: '2026-02-02' } }],
      {},
      extended,
    );
    expect(excluded.state.coerciveMeasures[0].endsOn).toBe('2026-03-11');
  });

  it('行政强制法 第27–28条: an expired measure with no handling decision generates a release task', () => {
    const { state } = run(header(), [seize()], {}, filed());
    expect(expiredMeasures(state.coerciveMeasures, '2026-02-04')).toEqual([]);
    expect(expiredMeasures(state.coerciveMeasures, '2026-02-05').map((m) => m.id)).toEqual(['M-1']);
    expect(caseDeadlines(state, calendar, config, '2026-02-05').find((d) => d.key === 'coercive:M-1')).toMatchObject({
      status: 'overdue',
      basis: '行政强制法 第25条',
    });
    const released = run(
      header(),
      [
        {
          type: 'releaseCoerciveMeasure',
          by: head,
          at: '2026-02-05',
          payload: { measureId: 'M-1', reason: 'expired' },
        },
      ],
      {},
      run(header(), [seize()], {}, filed()),
    );
    expect(expiredMeasures(released.state.coerciveMeasures, '2026-02-05')).toEqual([]);
  });

  it('行政强制法 第19条: an urgent measure is approved within 24 hours, otherwise released', () => {
    expect(checkUrgentApproval('2025-03-05T10:00', '2025-03-06T10:00', config)).toEqual([]);
    expect(codes(checkUrgentApproval('2025-03-05T10:00', '2025-03-06T10:01', config))).toEqual(['urgentApprovalLate']);
    // Without approval beforehand, only an officer on the spot may record an urgent measure.
    expect(refusalCodes(filed().state, seize({}, '2025-03-05', officerA))).toEqual(['measureNotApproved']);
    const urgent = run(
      header(),
      [seize({ urgent: true, takenAt: '2025-03-05T10:00' }, '2025-03-05', officerA)],
      {},
      filed(),
    );
    expect(
      caseDeadlines(urgent.state, calendar, config, '2025-03-06').find((d) => d.key === 'urgentApproval:M-1'),
    ).toMatchObject({ dueAt: '2025-03-06T10:00', status: 'open' });
    const late = {
      type: 'confirmUrgentMeasure' as const,
      by: head2,
      at: '2025-03-06',
      payload: { ...SAMPLE.confirmUrgentMeasure, approvedAt: '2025-03-06T11:00' },
    };
    expect(refusalCodes(urgent.state, late)).toEqual(['urgentApprovalLate']);
    const notApproved = run(header(), [{ ...late, payload: { ...late.payload, approved: false } }], {}, urgent);
    expect(notApproved.state.coerciveMeasures[0].released?.reason).toBe('urgentNotApproved');
  });

  it('行政强制法 第31–32条, 第69条: a freeze decision is delivered within 3 working days and lapses after 30 days', () => {
    // 9 Oct, 10 Oct and the 调休 Saturday 11 Oct.
    expect(freezeNoticeDue('2025-09-30', calendar, config)).toBe('2025-10-11');
    const { state } = run(
      header(),
      [seize({ kind: 'freeze', inventoryCopies: 0, handedOverOnSpot: false }, '2025-03-05')],
      {},
      filed(),
    );
    expect(state.coerciveMeasures[0].endsOn).toBe('2025-04-04');
    const ds = caseDeadlines(state, calendar, config, '2025-03-11');
    expect(ds.find((d) => d.key === 'freezeNotice:M-1')).toMatchObject({
      due: '2025-03-10',
      status: 'overdue',
      basis: '行政强制法 第31–32条',
    });
  });
});
