// 第48条第2款: the decision changed, revoked, confirmed unlawful or void is recorded on the case, and
// its definition is the one that withdraws the published rendition.
import { describe, expect, it } from 'vitest';
import { actionDefinition } from './index';
import { decide } from '../decide';
import { ctx, PEOPLE, servedOrdinaryCase } from '../test-support/fixtures';

const { officerA } = PEOPLE;
const revoked = { ground: 'revoked', by: 'reconsideration', on: '2025-04-21', reference: '某复决字〔2025〕1号' };

describe('recordDecisionChange', () => {
  it('行政处罚法 第48条第2款: a revocation by reconsideration is recorded with its date and reference', () => {
    const { state } = servedOrdinaryCase([
      { type: 'recordDecisionChange', by: officerA, at: '2025-04-22', payload: revoked },
    ]);
    expect(state.decisionChanges).toEqual([{ ...revoked, seq: state.lastSeq }]);
    expect(actionDefinition('recordDecisionChange').withdrawsPublication).toBe(true);
    expect(actionDefinition('decide').documents?.find((d) => d.kind === 'penaltyDecision')?.disclosed).toBe(true);
  });

  it('行政处罚法 第48条第2款: a change dated before the decision, or in the future, is refused', () => {
    const { state } = servedOrdinaryCase();
    const early = decide(
      state,
      { type: 'recordDecisionChange', payload: { ...revoked, on: '2025-03-01' }, actor: officerA, at: '2025-04-22' },
      ctx('2025-04-22'),
    );
    expect(early.ok ? [] : early.refusals.map((r) => r.code)).toContain('changeBeforeDecision');
    const future = decide(
      state,
      { type: 'recordDecisionChange', payload: { ...revoked, on: '2025-05-01' }, actor: officerA, at: '2025-04-22' },
      ctx('2025-04-22'),
    );
    expect(future.ok).toBe(false);
  });

  it('行政处罚法 第48条第2款: a decision already revoked cannot be changed again', () => {
    const { state } = servedOrdinaryCase([
      { type: 'recordDecisionChange', by: officerA, at: '2025-04-22', payload: revoked },
    ]);
    const again = decide(
      state,
      { type: 'recordDecisionChange', payload: { ...revoked, ground: 'changed' }, actor: officerA, at: '2025-04-23' },
      ctx('2025-04-23'),
    );
    expect(again.ok ? [] : again.refusals.map((r) => r.code)).toContain('decisionGone');
  });
});
