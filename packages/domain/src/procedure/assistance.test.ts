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

const ask = (replyBy: string | undefined, today: string, actor = officerA) =>
  decide(
    investigating(),
    { type: 'requestAssistance', payload: { ...SAMPLE.requestAssistance, replyBy }, actor, at: today },
    ctx(today),
  );

describe('协助函 (行政处罚法 第26条)', () => {
  it('行政处罚法 第26条: a case officer asks another body for help during the investigation; the case stays where it is', () => {
    expect(ask('2025-03-20', '2025-03-05').ok).toBe(true);
    const after = run(header(), [
      { type: 'fileCase', by: officerA, at: '2025-03-04' },
      { type: 'approveFiling', by: head, at: '2025-03-04' },
      { type: 'requestAssistance', by: officerA, at: '2025-03-05' },
    ]).state;
    expect(after.status).toBe('investigating');
  });

  it('行政处罚法 第26条: a reply date already past is refused; today and no date are accepted', () => {
    const past = ask('2025-03-04', '2025-03-05');
    expect(past.ok).toBe(false);
    if (!past.ok)
      expect(past.refusals.map((x) => [x.code, x.article])).toContainEqual(['replyByPassed', '行政处罚法 第26条']);
    expect(ask('2025-03-05', '2025-03-05').ok).toBe(true);
    expect(ask(undefined, '2025-03-05').ok).toBe(true);
  });

  it('行政处罚法 第26条: the request is the case officers’, not the head’s', () => {
    expect(ask('2025-03-20', '2025-03-05', head).ok).toBe(false);
  });
});
