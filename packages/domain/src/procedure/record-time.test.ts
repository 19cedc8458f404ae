import { describe, expect, it } from 'vitest';
import { decide } from './decide';
import { ctx, header, PEOPLE, run, SAMPLE } from './test-support/fixtures';

const { officerA, head } = PEOPLE;

function investigating() {
  return run(header(), [
    { type: 'fileCase', by: officerA, at: '2025-03-04' },
    { type: 'approveFiling', by: head, at: '2025-03-04' },
  ]).state;
}

const interview = (startedAt: string, now: string) =>
  decide(
    investigating(),
    { type: 'recordInterview', payload: { ...SAMPLE.recordInterview, startedAt }, actor: officerA, at: '2025-03-05' },
    ctx('2025-03-05', { now }),
  );

describe('records cannot state a time after they were recorded', () => {
  it('行政处罚法 第55条: an interview recorded at 04:52 cannot say it took place at 09:00 the next day', () => {
    const r = interview('2025-03-06T09:00', '2025-03-05T04:52');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.refusals.map((x) => x.code)).toContain('timeAfterRecording');
  });

  it('行政处罚法 第55条: later the same day is refused too, a few minutes of clock difference is not', () => {
    expect(interview('2025-03-05T09:00', '2025-03-05T04:52').ok).toBe(false);
    expect(interview('2025-03-05T04:58', '2025-03-05T04:52').ok).toBe(true);
    expect(interview('2025-03-05T03:30', '2025-03-05T04:52').ok).toBe(true);
  });

  it('行政处罚法 第55条: a site inspection after the recording moment is refused', () => {
    const r = decide(
      investigating(),
      {
        type: 'recordSiteInspection',
        payload: { ...SAMPLE.recordSiteInspection, startedAt: '2025-03-05T16:00' },
        actor: officerA,
        at: '2025-03-05',
      },
      ctx('2025-03-05', { now: '2025-03-05T10:00' }),
    );
    expect(r.ok).toBe(false);
  });

  it('行政处罚法 第55条: without the recording moment, a record dated after the recording day is refused', () => {
    const r = decide(
      investigating(),
      {
        type: 'recordInterview',
        payload: { ...SAMPLE.recordInterview, startedAt: '2025-03-06T09:00' },
        actor: officerA,
        at: '2025-03-05',
      },
      ctx('2025-03-05'),
    );
    expect(r.ok).toBe(false);
  });
});
