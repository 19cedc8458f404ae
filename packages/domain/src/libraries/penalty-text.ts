// How a penalty's legal range reads in a catalogue or a public list: 罚款 五千元以上五万元以下 is
// written 罚款5000元以上5万元以下, the way county lists print it.

import { PENALTY_KIND_LABELS, PENALTY_PARTY_LABELS, type PenaltySpec } from './enforcement-item';

/** 50000 → 5万元, 2500 → 2500元, 0.5 → 0.5元. */
export function formatYuan(amount: number): string {
  if (amount >= 10_000 && amount % 1_000 === 0) return `${amount / 10_000}万元`;
  return `${amount}元`;
}

function range(min: number | undefined, max: number | undefined, unit: (n: number) => string): string {
  if (min !== undefined && max !== undefined) return min === max ? unit(max) : `${unit(min)}以上${unit(max)}以下`;
  if (max !== undefined) return `${unit(max)}以下`;
  return `${unit(min!)}以上`;
}

function percentOrMultiple(n: number): string {
  // 城乡规划法 第64条 speaks of 百分之五 of the cost; a fraction reads better as a percentage.
  return n < 1 ? `${Math.round(n * 10_000) / 100}%` : `${n}倍`;
}

/** 2021-09-01起 / 至2021-08-31 / 2019-01-01至2021-08-31. */
export function versionText(spec: Pick<PenaltySpec, 'effectiveFrom' | 'effectiveTo'>): string {
  if (spec.effectiveFrom && spec.effectiveTo) return `${spec.effectiveFrom}至${spec.effectiveTo}`;
  if (spec.effectiveFrom) return `${spec.effectiveFrom}起施行`;
  if (spec.effectiveTo) return `${spec.effectiveTo}失效`;
  return '';
}

export function formatPenaltySpec(spec: PenaltySpec): string {
  const label = PENALTY_KIND_LABELS[spec.kind];
  const parts: string[] = [];
  if (spec.fineMin !== undefined || spec.fineMax !== undefined) {
    const unit = spec.perUnit ? (n: number) => `${n}${spec.perUnit}` : formatYuan;
    parts.push(range(spec.fineMin, spec.fineMax, unit));
  }
  if (spec.multipleMin !== undefined || spec.multipleMax !== undefined) {
    parts.push(`${spec.multipleOf ?? ''}${range(spec.multipleMin, spec.multipleMax, percentOrMultiple)}`);
  }
  if (spec.valueMax !== undefined) parts.push(`价值${formatYuan(spec.valueMax)}以下`);
  const who = spec.appliesTo ? `对${PENALTY_PARTY_LABELS[spec.appliesTo]}` : '';
  let text = parts.length > 0 ? `${who}${label}${parts.join('，或')}` : `${who}${label}`;
  const when = versionText(spec);
  const extra = [spec.note, spec.basis, when].filter((x): x is string => !!x);
  if (extra.length) text += `（${extra.join('；')}）`;
  return text;
}

/** The whole penalty column of an item: 责令改正；罚款5000元以上5万元以下. */
export function formatPenalties(specs: readonly PenaltySpec[]): string {
  return specs.map(formatPenaltySpec).join('；');
}
