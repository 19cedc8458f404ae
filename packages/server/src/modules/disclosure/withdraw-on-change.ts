// Statement 69 (行政处罚法 第48条第2款): once the case records that its decision was changed, revoked,
// confirmed unlawful or void, the rendition is withdrawn in the same transaction, with its reason;
// one never published is withdrawn too, so it can no longer be published.
import {
  DECISION_CHANGE_BODY_LABELS,
  WITHDRAWAL_GROUND_LABELS,
  type DecisionChangeBody,
  type WithdrawalGround,
} from '@zhifa/domain';
import type { BatchedWrite } from '../../platform/write-batch';

export interface DecisionChange {
  caseId: string;
  seq: number;
  ground: WithdrawalGround;
  by: DecisionChangeBody;
  reference: string;
  userId: string;
  today: string;
  now: Date;
}

export const WITHDRAWABLE = ['pending', 'held', 'published'] as const;

export function withdrawalReason(c: Pick<DecisionChange, 'ground' | 'by' | 'reference'>): string {
  return `${WITHDRAWAL_GROUND_LABELS[c.ground]}（${DECISION_CHANGE_BODY_LABELS[c.by]}，${c.reference}）`;
}

export function withdrawOnDecisionChange(c: DecisionChange): BatchedWrite {
  return (db) =>
    db
      .updateTable('disclosure_renditions')
      .set({
        status: 'withdrawn',
        withdrawn_at: c.now,
        withdrawn_on: c.today,
        withdrawn_by: c.userId,
        withdrawal_ground: c.ground,
        withdrawal_reason: withdrawalReason(c),
        withdrawal_action_seq: c.seq,
        updated_at: c.now,
      })
      .where('case_id', '=', c.caseId)
      .where('status', 'in', WITHDRAWABLE);
}
