import { describe, expect, it } from 'vitest';
import { ALERT_RULES, ALERT_RULE_IDS } from './alert-rules';
import { DEFAULT_CASE_CONFIG } from '../procedure/config';
import { fineOutsideRange, isPastDecisionLimit, overInspectionCap } from './checks';
import { correctionTransition, isCorrectionOverdue } from './correction-notices';

describe('alert rule definitions', () => {
  it('every rule has a Chinese title, a description and a legal basis', () => {
    for (const id of ALERT_RULE_IDS) {
      const r = ALERT_RULES[id];
      expect(r.title.length, id).toBeGreaterThan(2);
      expect(r.description.length, id).toBeGreaterThan(10);
      expect(r.legalBasis.length, id).toBeGreaterThan(3);
    }
  });
});

describe('checks', () => {
  it('行政处罚法 第60条: 90 days counted from the day after filing; an extension stops the alert', () => {
    const filed = (approvedOn: string) => ({ requestedOn: approvedOn, requestedBy: 'x', approvedOn });
    const s = (extensions = 0) => ({
      filing: filed('2026-01-01'),
      decisionLimit: {
        extensions: Array.from({ length: extensions }, () => ({
          days: 30,
          approval: 'head' as const,
          on: 'x',
          by: 'x',
        })),
        excluded: [],
      },
    });
    expect(isPastDecisionLimit(s(), '2026-04-01', DEFAULT_CASE_CONFIG)).toBe(false);
    expect(isPastDecisionLimit(s(), '2026-04-02', DEFAULT_CASE_CONFIG)).toBe(true);
    expect(isPastDecisionLimit(s(1), '2026-04-02', DEFAULT_CASE_CONFIG)).toBe(false);
  });
  it('行政处罚法 第60条: the days of an excluded period (听证, 检测, 鉴定, 中止) are not counted', () => {
    const suspended = {
      filing: { requestedOn: '2026-01-01', requestedBy: 'x', approvedOn: '2026-01-01' },
      decisionLimit: {
        extensions: [],
        excluded: [{ from: '2026-02-01', to: '2026-02-10', reason: 'suspension' as const }],
      },
    };
    // 90 days end on 04-01; ten excluded days move the end to 04-11.
    expect(isPastDecisionLimit(suspended, '2026-04-11', DEFAULT_CASE_CONFIG)).toBe(false);
    expect(isPastDecisionLimit(suspended, '2026-04-12', DEFAULT_CASE_CONFIG)).toBe(true);
  });
  it('行政处罚法 第34条: a fine outside the benchmark range, either end open', () => {
    expect(fineOutsideRange(500, 1000, 5000)).toBe(true);
    expect(fineOutsideRange(6000, 1000, 5000)).toBe(true);
    expect(fineOutsideRange(1000, 1000, 5000)).toBe(false);
    expect(fineOutsideRange(99999, 1000, null)).toBe(false);
  });
  it('优化营商环境条例 第59条: the cap itself is allowed', () => {
    expect(overInspectionCap(3, 3)).toBe(false);
    expect(overInspectionCap(4, 3)).toBe(true);
  });
});

describe('correction notices (广东省行政执法监督条例)', () => {
  it('reply from issued or returned; accept or return only a reply', () => {
    expect(correctionTransition('issued', 'reply')).toBe('replied');
    expect(correctionTransition('returned', 'reply')).toBe('replied');
    expect(correctionTransition('replied', 'accept')).toBe('accepted');
    expect(correctionTransition('replied', 'return')).toBe('returned');
    expect(correctionTransition('issued', 'accept')).toBeNull();
    expect(correctionTransition('accepted', 'reply')).toBeNull();
  });
  it('overdue only while awaiting the agency', () => {
    expect(isCorrectionOverdue('issued', '2026-03-01', '2026-03-02')).toBe(true);
    expect(isCorrectionOverdue('issued', '2026-03-01', '2026-03-01')).toBe(false);
    expect(isCorrectionOverdue('replied', '2026-03-01', '2026-03-09')).toBe(false);
  });
});
