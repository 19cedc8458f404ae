// Penalty proposals as the case sees them: the kinds are 行政处罚法 第9条's, from the one list in
// libraries/enforcement-item.ts (the catalogue adds 责令改正 there, which is no penalty).
import { PENALTY_KIND_LABELS, STATUTORY_PENALTY_KINDS, type StatutoryPenaltyKind } from '../libraries/enforcement-item';

export const PENALTY_PROPOSAL_KINDS = STATUTORY_PENALTY_KINDS;

export type PenaltyProposalKind = StatutoryPenaltyKind;

export const PENALTY_PROPOSAL_KIND_LABELS: Readonly<Record<PenaltyProposalKind, string>> = PENALTY_KIND_LABELS;

/** One penalty line. `amount` is yuan (fine, or value confiscated); `durationDays` for timed kinds. */
export interface PenaltyLine {
  kind: PenaltyProposalKind;
  amount?: number;
  durationDays?: number;
  /** Which violation (act) the line punishes; 第29条 allows one fine per act. */
  actId?: string;
  /** The case's item (执法事项) whose penalty provision sets this fine; needed when the case has several. */
  itemCode?: string;
  /**
   * How a per-unit fine or a fine as a multiple of a base was worked out. Several parts make one
   * fine for one act (e.g. land of different classes fined at different rates per ㎡).
   */
  parts?: FinePart[];
  description?: string;
}

/** quantity × rate (元/㎡ …) or base × rate (0.05 of 工程造价, 3 倍 违法所得): exactly one of the two. */
export interface FinePart {
  label?: string;
  /** Units fined (平方米, 立方米, 只 …), for a per-unit fine. */
  quantity?: number;
  /** The unit as the provision states it, e.g. 元/平方米. */
  unit?: string;
  /** Yuan of the base (工程造价, 违法所得, 货值金额 …), for a fine as a multiple of it. */
  base?: number;
  baseKind?: string;
  /** Yuan per unit, or the multiple (0.05 = 百分之五). */
  rate: number;
}

export interface PenaltyProposal {
  lines: PenaltyLine[];
}

export function isPenaltyProposalKind(value: unknown): value is PenaltyProposalKind {
  return typeof value === 'string' && (PENALTY_PROPOSAL_KINDS as readonly string[]).includes(value);
}

export function fineTotal(p: PenaltyProposal): number {
  return p.lines.filter((l) => l.kind === 'fine').reduce((sum, l) => sum + (l.amount ?? 0), 0);
}

export function confiscationTotal(p: PenaltyProposal): number {
  return p.lines
    .filter((l) => l.kind === 'confiscateGains' || l.kind === 'confiscateProperty')
    .reduce((sum, l) => sum + (l.amount ?? 0), 0);
}

export function proposalKinds(p: PenaltyProposal): PenaltyProposalKind[] {
  return [...new Set(p.lines.map((l) => l.kind))];
}

function magnitude(p: PenaltyProposal, kind: PenaltyProposalKind): { amount: number; days: number } {
  const lines = p.lines.filter((l) => l.kind === kind);
  return {
    amount: lines.reduce((s, l) => s + (l.amount ?? 0), 0),
    days: lines.reduce((s, l) => s + (l.durationDays ?? 0), 0),
  };
}

/**
 * True when `a` is heavier than `b` in any respect: a kind `b` does not have, or a larger amount
 * or duration of a kind both have. Used for 第45条 (no heavier penalty after representations),
 * so "heavier in any respect" is the protective reading.
 */
export function isHeavier(a: PenaltyProposal, b: PenaltyProposal): boolean {
  const bKinds = new Set(proposalKinds(b));
  for (const kind of proposalKinds(a)) {
    if (!bKinds.has(kind)) return true;
    const ma = magnitude(a, kind);
    const mb = magnitude(b, kind);
    if (ma.amount > mb.amount || ma.days > mb.days) return true;
  }
  return false;
}

/** Human-readable summary, e.g. "警告；罚款 500 元". */
export function describePenalty(p: PenaltyProposal): string {
  return p.lines
    .map((l) => {
      const label = PENALTY_PROPOSAL_KIND_LABELS[l.kind];
      if (l.amount !== undefined) return `${label} ${l.amount} 元`;
      if (l.durationDays !== undefined) return `${label} ${l.durationDays} 日`;
      return label;
    })
    .join('；');
}
