import { describe, expect, it } from 'vitest';
import { decide } from '../decide';
import { ctx, header, PEOPLE, refusalCodes, run, SAMPLE, servedOrdinaryCase } from '../test-support/fixtures';
import { checkAvRecord, checkClosureRecords, recordedStages } from './records';

const { officerA, head } = PEOPLE;

describe('full-process record (执法全过程记录)', () => {
  it('国办发〔2018〕118号: 查封扣押 and demolition need audio-video; investigation, hearing, 留置 and 公告 only warn', () => {
    expect(checkAvRecord('seizure', undefined).refusals.map((r) => r.code)).toEqual(['avRecordMissing']);
    expect(checkAvRecord('demolition', undefined).refusals).toHaveLength(1);
    expect(checkAvRecord('seizure', 'AV-1')).toEqual({ refusals: [], warnings: [] });
    for (const a of ['investigation', 'hearing', 'serviceByLeaving', 'serviceByPublicNotice'] as const) {
      const r = checkAvRecord(a, undefined);
      expect(r.refusals, a).toEqual([]);
      expect(
        r.warnings.map((w) => w.code),
        a,
      ).toEqual(['avRecordRecommended']);
    }
    const filed = run(header(), [
      { type: 'fileCase', by: officerA, at: '2025-03-03' },
      { type: 'approveFiling', by: head, at: '2025-03-03' },
    ]);
    const r = decide(
      filed.state,
      {
        type: 'recordInterview',
        payload: { ...SAMPLE.recordInterview, avEvidenceId: undefined },
        actor: officerA,
        at: '2025-03-04',
      },
      ctx('2025-03-04'),
    );
    expect(r.ok && r.warnings.map((w) => w.code)).toEqual(['avRecordRecommended']);
  });

  it('行政处罚法 第47条: closure needs records of start, investigation, review, decision, service and execution', () => {
    const served = servedOrdinaryCase();
    expect(recordedStages(served.state)).toEqual({
      start: true,
      investigation: true,
      review: true,
      decision: true,
      service: true,
      execution: false,
    });
    const r = checkClosureRecords(served.state);
    expect(r).toMatchObject([{ code: 'processRecordIncomplete', article: '行政处罚法 第47条' }]);
    expect(r[0].message).toContain('执行');
    const paid = servedOrdinaryCase([{ type: 'recordPayment', by: officerA, at: '2025-03-25' }]);
    expect(checkClosureRecords(paid.state)).toEqual([]);
    expect(refusalCodes(served.state, { type: 'closeCase', by: head, at: '2025-03-26' })).toEqual([
      'closureReasonMismatch',
      'processRecordIncomplete',
    ]);
  });
});
