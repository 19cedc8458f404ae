import { describe, expect, it } from 'vitest';
import { describePenalty, fineTotal, isHeavier, PENALTY_PROPOSAL_KINDS, PENALTY_PROPOSAL_KIND_LABELS } from './penalty';

const p = (...lines: { kind: (typeof PENALTY_PROPOSAL_KINDS)[number]; amount?: number; durationDays?: number }[]) => ({
  lines,
});

describe('penalty proposals', () => {
  it('行政处罚法 第9条: the thirteen named kinds carry their Chinese names', () => {
    expect(PENALTY_PROPOSAL_KINDS).toHaveLength(13);
    expect(PENALTY_PROPOSAL_KIND_LABELS.restrictPractice).toBe('限制从业');
    expect(describePenalty(p({ kind: 'warning' }, { kind: 'fine', amount: 500 }))).toBe('警告；罚款 500 元');
    expect(fineTotal(p({ kind: 'fine', amount: 500 }, { kind: 'fine', amount: 250 }))).toBe(750);
  });

  it('行政处罚法 第45条: isHeavier — a higher fine, a longer duration or an added kind is heavier', () => {
    expect(isHeavier(p({ kind: 'fine', amount: 3000 }), p({ kind: 'fine', amount: 2000 }))).toBe(true);
    expect(isHeavier(p({ kind: 'fine', amount: 2000 }), p({ kind: 'fine', amount: 3000 }))).toBe(false);
    expect(isHeavier(p({ kind: 'fine', amount: 2000 }, { kind: 'warning' }), p({ kind: 'fine', amount: 3000 }))).toBe(
      true,
    );
    expect(
      isHeavier(p({ kind: 'suspendLicence', durationDays: 60 }), p({ kind: 'suspendLicence', durationDays: 30 })),
    ).toBe(true);
    expect(isHeavier(p({ kind: 'warning' }), p({ kind: 'warning' }, { kind: 'fine', amount: 100 }))).toBe(false);
    expect(isHeavier(p({ kind: 'fine', amount: 100 }), p({ kind: 'fine', amount: 100 }))).toBe(false);
  });
});
