import type { DecisionKind } from '@zhifa/contract';

export const DECISION_KIND_LABELS: Record<DecisionKind, string> = {
  delegate: '赋权',
  addItems: '补充赋权',
  revoke: '收回',
};

export const DECISION_KIND_COLORS: Record<DecisionKind, string> = {
  delegate: 'green',
  addItems: 'cyan',
  revoke: 'orange',
};

/** Today in China (UTC+8), whatever the browser's zone: decisions take effect at Beijing midnight. */
export function chinaToday(): string {
  return new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
}
