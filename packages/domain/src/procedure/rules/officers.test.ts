import { describe, expect, it } from 'vitest';
import { allowedActions } from '../allowed';
import { ctx, header, OFFICERS, PEOPLE, refusalCodes, run, SAMPLE } from '../test-support/fixtures';
import { checkNotRecused, checkRecordSignature, checkTwoQualifiedOfficers, RECUSAL_ROUTING } from './officers';
import { CASE_ACTIONS } from '../actions-table';

const codes = (r: { code: string }[]) => r.map((x) => x.code);
const { officerA, head } = PEOPLE;
const filed = () =>
  run(header(), [
    { type: 'fileCase', by: officerA, at: '2025-03-03' },
    { type: 'approveFiling', by: head, at: '2025-03-03' },
  ]);

describe('officers and records', () => {
  it('行政处罚法 第42条, 第55条; 行政强制法 第18条: a record needs two qualified officers', () => {
    expect(codes(checkTwoQualifiedOfficers(['o1'], OFFICERS))).toEqual(['fewerThanTwoOfficers']);
    expect(codes(checkTwoQualifiedOfficers(['o1', 'o1'], OFFICERS))).toEqual(['fewerThanTwoOfficers']);
    expect(codes(checkTwoQualifiedOfficers(['o1', 'o3'], OFFICERS))).toEqual(['officerNotQualified']);
    expect(codes(checkTwoQualifiedOfficers(['o1', 'x1'], OFFICERS))).toEqual(['officerNotQualified']);
    expect(codes(checkTwoQualifiedOfficers(['o1', 'o2'], undefined))).toEqual(['officerQualificationUnknown']);
    expect(checkTwoQualifiedOfficers(['o1', 'o2'], OFFICERS)).toEqual([]);
    const { state } = filed();
    const step = {
      type: 'recordSiteInspection' as const,
      by: officerA,
      at: '2025-03-04',
      payload: { ...SAMPLE.recordSiteInspection, officerIds: ['o1'] },
    };
    expect(refusalCodes(state, step)).toContain('fewerThanTwoOfficers');
    expect(
      refusalCodes(initialFiled(), {
        type: 'fileCase',
        by: officerA,
        at: '2025-03-03',
        payload: { ...SAMPLE.fileCase, officerIds: ['o1', 'o3'] },
      }),
    ).toEqual(['officerNotQualified']);
  });

  it('行政处罚法 第55条第2款: a 笔录 is signed, or the refusal is noted (or a witness signs when the party is absent)', () => {
    expect(codes(checkRecordSignature({ partySigned: false }))).toEqual(['recordUnsigned']);
    expect(checkRecordSignature({ partySigned: false, refusalNote: '当事人拒绝签名' })).toEqual([]);
    expect(codes(checkRecordSignature({ partySigned: false, witness: '村委会主任' }))).toEqual(['recordUnsigned']);
    expect(checkRecordSignature({ partySigned: false, witness: '村委会主任' }, false)).toEqual([]);
    const step = {
      type: 'recordInterview' as const,
      by: officerA,
      at: '2025-03-04',
      payload: { ...SAMPLE.recordInterview, signature: { partySigned: false } },
    };
    expect(refusalCodes(filed().state, step)).toEqual(['recordUnsigned']);
  });

  it('行政处罚法 第43条第1款: an officer who has withdrawn cannot be assigned', () => {
    expect(codes(checkNotRecused(['o1', 'o2'], ['o2']))).toEqual(['officerRecused']);
    const { state } = run(
      header(),
      [
        { type: 'requestRecusal', by: officerA, at: '2025-03-04' },
        { type: 'decideRecusal', by: head, at: '2025-03-05' },
      ],
      {},
      filed(),
    );
    expect(state.officerIds).toEqual(['o1']);
    const assign = {
      type: 'assignOfficers' as const,
      by: head,
      at: '2025-03-05',
      payload: { officerIds: ['o1', 'o2'], reason: '恢复' },
    };
    expect(refusalCodes(state, assign)).toEqual(['officerRecused']);
    expect(refusalCodes(state, { ...assign, payload: SAMPLE.assignOfficers })).toEqual([]);
  });

  it('行政处罚法 第43条第2–3款: the head decides a party recusal application and investigation continues meanwhile', () => {
    expect(RECUSAL_ROUTING).toMatchObject({ decidedBy: 'agencyHead', investigationPaused: false });
    expect(CASE_ACTIONS.decideRecusal.roles).toEqual(['agencyHead']);
    const { state } = run(header(), [{ type: 'requestRecusal', by: officerA, at: '2025-03-04' }], {}, filed());
    expect(state.status).toBe('investigating');
    expect(allowedActions(state, officerA, ctx('2025-03-04'))).toEqual(
      expect.arrayContaining(['recordInterview', 'recordSiteInspection']),
    );
    expect(allowedActions(state, officerA, ctx('2025-03-04'))).not.toContain('decideRecusal');
    expect(allowedActions(state, head, ctx('2025-03-04'))).toContain('decideRecusal');
    expect(refusalCodes(state, { type: 'decideRecusal', by: PEOPLE.officerB, at: '2025-03-05' })).toEqual([
      'roleNotAllowed',
    ]);
  });
});

function initialFiled() {
  return run(header(), []).state;
}
