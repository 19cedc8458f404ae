// Fines held to the law: the fine of each act lies within the range its item's penalty provision
// sets for the party's type (单位 or 个人), in the version in force at the act unless the current
// one is lighter (第37条); per-unit fines and fines as a multiple of a base are checked part by
// part against the quantities and bases the decision records; below the minimum only as 减轻
// (第30–32条); an act already fined is not fined again (第29条).
//
// The provisions come from the catalogue (the server passes them in CaseContext); this file must
// not import libraries/, so the shape is mirrored here.
import { ART } from '../articles';
import type { CasePartyKind } from '../party';
import type { FinePart, PenaltyLine, PenaltyProposal } from '../penalty';
import { type CaseRefusal, refusal } from '../refusal';
import type { PenaltyTier } from './circumstances';

/** One fine provision of an item, as the catalogue holds it (a PenaltySpec of kind 'fine'). */
export interface FineProvision {
  /** Whom the provision fines; absent when it fines both 单位 and 个人 alike. */
  appliesTo?: CasePartyKind;
  /** Yuan, or yuan per unit when perUnit is set. */
  fineMin?: number;
  fineMax?: number;
  perUnit?: string;
  /** 0.05 = 百分之五; 3 = 三倍. */
  multipleMin?: number;
  multipleMax?: number;
  multipleOf?: string;
  /** First day in force; absent = in force since before any recorded change. */
  effectiveFrom?: string;
  /** Last day in force; absent = still in force. */
  effectiveTo?: string;
  /** The provision that sets this version (e.g. 土地管理法实施条例 第57条). */
  basis?: string;
  note?: string;
}

/** An item of the case with its fine provisions (every version), supplied by the server. */
export interface ItemFineProvisions {
  code: string;
  name: string;
  provisions: FineProvision[];
  /** The item's penalty basis (处罚依据) when a provision names none of its own. */
  basis?: string;
}

/** A fine decided in another case on the same party for the same act (第29条), found by the server. */
export interface PriorFine {
  itemCode: string;
  decisionNumber: string;
  decidedOn: string;
}

export interface Mitigation {
  tier: PenaltyTier;
  reasoning?: string;
  /** A 第30–32条 circumstance (or one set by law) that allows going below the minimum. */
  hasCircumstance: boolean;
}

export interface FineLawInput {
  penalty: PenaltyProposal;
  partyKind: CasePartyKind;
  /** The day of the act (or the day it ended); null when unknown, then the decision date is used. */
  actDate: string | null;
  decisionDate: string;
  /** The case's item codes, in order. */
  caseItemCodes: readonly string[];
  items: readonly ItemFineProvisions[];
  /** null where the procedure has no 减轻 (the on-the-spot decision): below the minimum is refused. */
  mitigation: Mitigation | null;
}

export type VersionReason = 'atAct' | 'newLighter';

export interface AppliedFineVersion {
  itemCode: string;
  reason: VersionReason;
  basis: string[];
}

const EPS = 0.005;
const PARTY_LABEL: Record<CasePartyKind, string> = { person: '个人', organisation: '单位' };

function yuan(n: number): string {
  return `${Math.round(n * 100) / 100}`;
}

function rateText(rate: number, p: Pick<FineProvision, 'perUnit' | 'multipleOf'>): string {
  if (p.perUnit) return `${yuan(rate)}${p.perUnit}`;
  return rate < 1
    ? `${p.multipleOf ?? '基数'}的${Math.round(rate * 10_000) / 100}%`
    : `${p.multipleOf ?? '基数'}的${rate}倍`;
}

export function isInForce(p: Pick<FineProvision, 'effectiveFrom' | 'effectiveTo'>, date: string): boolean {
  return (
    (p.effectiveFrom === undefined || p.effectiveFrom <= date) && (p.effectiveTo === undefined || date <= p.effectiveTo)
  );
}

/** The provisions that fine this party on this date. */
export function provisionsInForce(
  provisions: readonly FineProvision[],
  partyKind: CasePartyKind,
  date: string,
): FineProvision[] {
  return provisions.filter((p) => (p.appliesTo === undefined || p.appliesTo === partyKind) && isInForce(p, date));
}

const isAmount = (p: FineProvision) => p.perUnit === undefined && (p.fineMin !== undefined || p.fineMax !== undefined);
const isPerUnit = (p: FineProvision) => p.perUnit !== undefined && (p.fineMin !== undefined || p.fineMax !== undefined);
const isMultiple = (p: FineProvision) =>
  p.multipleOf !== undefined && (p.multipleMin !== undefined || p.multipleMax !== undefined);
/** 城市绿化条例 第26条 and the like: a fine whose amount the law leaves to local rules. */
const isUnquantified = (p: FineProvision) => !isAmount(p) && !isPerUnit(p) && !isMultiple(p);

interface Range {
  min: number;
  max: number;
  provision: FineProvision | null;
}

/** The union of the ranges (gaps between conditional tiers are not the platform's to judge). */
function union(ranges: Range[]): Range | null {
  if (ranges.length === 0) return null;
  const min = Math.min(...ranges.map((r) => r.min));
  const max = Math.max(...ranges.map((r) => r.max));
  const provision = ranges.find((r) => r.max === max)?.provision ?? null;
  return { min, max, provision };
}

function partKind(part: FinePart): 'perUnit' | 'multiple' | null {
  if (part.quantity !== undefined && part.base === undefined) return 'perUnit';
  if (part.base !== undefined && part.quantity === undefined) return 'multiple';
  return null;
}

const UNIT_ALIASES: Record<string, string> = {
  '㎡': '平方米',
  m2: '平方米',
  'm²': '平方米',
  平米: '平方米',
  '㎥': '立方米',
  m3: '立方米',
  'm³': '立方米',
  方: '立方米',
};

/** 元/平方米, 平方米, ㎡ and m² name one unit; decisions write it in any of these forms. */
export function sameUnit(a: string, b: string): boolean {
  const norm = (u: string) => {
    const bare = u
      .trim()
      .replace(/^元\s*[/／每]\s*/u, '')
      .replace(/^每/u, '');
    return UNIT_ALIASES[bare] ?? bare;
  };
  return norm(a) === norm(b);
}

/** 货值 and 货值金额, 工程造价 and 建设工程造价: one base named shorter or longer. */
export function sameBase(a: string, b: string): boolean {
  return a === b || a.includes(b) || b.includes(a);
}

/** The range of the rate for one part: per unit (元/㎡) or a multiple of a base. */
function partRange(set: readonly FineProvision[], part: FinePart): Range | null {
  const kind = partKind(part);
  if (kind === 'perUnit') {
    return union(
      set
        .filter((p) => isPerUnit(p) && (part.unit === undefined || sameUnit(p.perUnit!, part.unit)))
        .map((p) => ({ min: p.fineMin ?? 0, max: p.fineMax ?? Infinity, provision: p })),
    );
  }
  if (kind === 'multiple') {
    return union(
      set
        .filter((p) => isMultiple(p) && (part.baseKind === undefined || sameBase(p.multipleOf!, part.baseKind)))
        .map((p) => ({ min: p.multipleMin ?? 0, max: p.multipleMax ?? Infinity, provision: p })),
    );
  }
  return null;
}

/** The range of a fine given as one amount. */
function amountRange(set: readonly FineProvision[]): Range | null {
  const ranges: Range[] = set
    .filter(isAmount)
    .map((p) => ({ min: p.fineMin ?? 0, max: p.fineMax ?? Infinity, provision: p }));
  if (set.some(isUnquantified)) ranges.push({ min: 0, max: Infinity, provision: null });
  return union(ranges);
}

/** The heaviest and lightest lawful fine for this line under a set of provisions (for 第37条). */
function lineBounds(set: readonly FineProvision[], line: PenaltyLine): { min: number; max: number } | null {
  if (set.length === 0) return null;
  if (line.parts && line.parts.length > 0) {
    let min = 0;
    let max = 0;
    for (const part of line.parts) {
      const r = partRange(set, part);
      if (!r) return null;
      const measure = part.quantity ?? part.base ?? 0;
      min += r.min * measure;
      max += r.max * measure;
    }
    return { min, max };
  }
  const r = amountRange(set);
  return r ? { min: r.min, max: r.max } : null;
}

/**
 * 第37条 (从旧兼从轻): the provisions in force at the act, unless those in force at the decision are
 * lighter for this fine (a lower maximum, or the same maximum and a lower minimum) or no longer
 * fine the act at all.
 */
export function chooseFineProvisions(
  provisions: readonly FineProvision[],
  partyKind: CasePartyKind,
  line: PenaltyLine,
  actDate: string | null,
  decisionDate: string,
): { set: FineProvision[]; reason: VersionReason } {
  const old = provisionsInForce(provisions, partyKind, actDate ?? decisionDate);
  const current = provisionsInForce(provisions, partyKind, decisionDate);
  const same = old.length === current.length && old.every((p) => current.includes(p));
  if (same || old.length === 0) return { set: old, reason: 'atAct' };
  if (current.length === 0) return { set: current, reason: 'newLighter' };
  const o = lineBounds(old, line);
  const c = lineBounds(current, line);
  if (!o || !c) return { set: old, reason: 'atAct' };
  const lighter = c.max < o.max || (c.max === o.max && c.min < o.min);
  return lighter ? { set: current, reason: 'newLighter' } : { set: old, reason: 'atAct' };
}

function belowMinimum(label: string, min: string, mitigation: Mitigation | null, article: string): CaseRefusal[] {
  if (!mitigation) {
    return [
      refusal(
        'belowMinimumNotMitigated',
        `${label}低于法定最低${min}，当场处罚不能减轻处罚，应当按普通程序办理`,
        ART.mitigating,
      ),
    ];
  }
  const out: CaseRefusal[] = [];
  if (mitigation.tier !== 'mitigated') {
    out.push(
      refusal('belowMinimumNotMitigated', `${label}低于法定最低${min}，只能作为减轻处罚（${article}）`, ART.mitigating),
    );
  }
  if (!mitigation.hasCircumstance)
    out.push(refusal('mitigationWithoutCircumstance', '减轻处罚必须记录法定的减轻情节', ART.mitigating));
  if (!mitigation.reasoning?.trim())
    out.push(refusal('mitigationWithoutReasons', '减轻处罚必须说明理由', ART.discretionGuidance));
  return out;
}

/** Which of the case's items a fine line punishes: the one it names, or the case's only item. */
export function lineItemCode(
  line: PenaltyLine,
  caseItemCodes: readonly string[],
  items: readonly ItemFineProvisions[],
): string | null {
  if (line.itemCode) return line.itemCode;
  if (caseItemCodes.length === 1) return caseItemCodes[0];
  const withFines = caseItemCodes.filter((c) => items.some((i) => i.code === c && i.provisions.length > 0));
  return withFines.length === 1 ? withFines[0] : null;
}

function checkLine(
  line: PenaltyLine,
  n: number,
  input: FineLawInput,
): { refusals: CaseRefusal[]; applied?: AppliedFineVersion } {
  const label = `第${n}项罚款`;
  const amount = line.amount ?? 0;
  const code = lineItemCode(line, input.caseItemCodes, input.items);
  if (!code) {
    return { refusals: [refusal('fineItemMissing', `${label}须指明所依据的执法事项（本案有多个事项）`, ART.legality)] };
  }
  if (!input.caseItemCodes.includes(code)) {
    return {
      refusals: [refusal('fineItemNotInCase', `${label}所依据的执法事项 ${code} 不是本案的事项`, ART.legality)],
    };
  }
  const item = input.items.find((i) => i.code === code);
  if (!item) {
    return {
      refusals: [
        refusal('fineProvisionUnknown', `执法事项 ${code} 不在执法事项目录中，无法核对罚款的法定幅度`, ART.legality),
      ],
    };
  }
  const party = PARTY_LABEL[input.partyKind];
  const chosen = chooseFineProvisions(item.provisions, input.partyKind, line, input.actDate, input.decisionDate);
  const basisOf = (p: FineProvision | null) => p?.basis ?? item.basis ?? ART.legality;
  const applied: AppliedFineVersion = {
    itemCode: code,
    reason: chosen.reason,
    basis: [...new Set(chosen.set.map((p) => basisOf(p)))],
  };
  if (chosen.set.length === 0) {
    const atAct = provisionsInForce(item.provisions, input.partyKind, input.actDate ?? input.decisionDate).length > 0;
    return {
      refusals: [
        atAct
          ? refusal(
              'fineNoLongerProvided',
              `“${item.name}”现行规定对${party}已不再处以罚款，依照从旧兼从轻原则不得罚款`,
              ART.oldOrLenient,
            )
          : refusal(
              'fineNotProvided',
              `“${item.name}”在违法行为发生时对${party}没有罚款的规定，不得罚款`,
              ART.legality,
            ),
      ],
    };
  }
  const set = chosen.set;
  const out: CaseRefusal[] = [];
  if (line.parts && line.parts.length > 0) {
    let total = 0;
    line.parts.forEach((part, i) => {
      const partLabel =
        line.parts!.length > 1 ? `${label}第${i + 1}部分${part.label ? `（${part.label}）` : ''}` : label;
      const kind = partKind(part);
      if (!kind) {
        out.push(refusal('finePartMeasureMissing', `${partLabel}须填写计罚数量或计罚基数中的一项`, ART.legality));
        return;
      }
      const measure = (kind === 'perUnit' ? part.quantity : part.base)!;
      total += measure * part.rate;
      const range = partRange(set, part);
      if (!range) {
        out.push(
          refusal(
            'fineCalculationNotProvided',
            kind === 'perUnit'
              ? `“${item.name}”对${party}没有按${part.unit ?? '单位'}计罚的规定`
              : `“${item.name}”对${party}没有按${part.baseKind ?? '基数'}的倍数计罚的规定`,
            basisOf(set[0] ?? null),
          ),
        );
        return;
      }
      const article = basisOf(range.provision);
      if (part.rate > range.max + 1e-9) {
        out.push(
          refusal(
            'fineAboveMaximum',
            `${partLabel}的标准${rateText(part.rate, range.provision!)}超过${article}规定的最高标准${rateText(range.max, range.provision!)}`,
            article,
          ),
        );
      } else if (part.rate < range.min - 1e-9) {
        out.push(
          ...belowMinimum(
            `${partLabel}的标准${rateText(part.rate, range.provision!)}`,
            `标准${rateText(range.min, range.provision!)}`,
            input.mitigation,
            article,
          ),
        );
      }
    });
    // Rounded to the fen either way, or down to the whole yuan (抹零, lighter for the party); never up beyond a fen.
    if (out.length === 0 && (amount > total + 0.01 + 1e-9 || amount < Math.floor(total + 1e-9) - 1e-9)) {
      out.push(
        refusal(
          'fineNotMatchingCalculation',
          `${label} ${yuan(amount)} 元与计罚明细合计 ${yuan(total)} 元不符`,
          ART.legality,
        ),
      );
    }
    return { refusals: out, applied };
  }
  const range = amountRange(set);
  if (!range) {
    const perUnit = set.find(isPerUnit);
    const how = perUnit ? `按${perUnit.perUnit}` : `按${set.find(isMultiple)?.multipleOf ?? '基数'}的倍数`;
    return {
      refusals: [
        refusal(
          'fineBaseMissing',
          `“${item.name}”对${party}的罚款${how}计算，须在计罚明细中记录计罚数量或基数和所适用的标准`,
          basisOf(set[0] ?? null),
        ),
      ],
      applied,
    };
  }
  const article = basisOf(range.provision);
  if (amount > range.max + EPS) {
    out.push(
      refusal(
        'fineAboveMaximum',
        `${label} ${yuan(amount)} 元超过${article}对${party}规定的最高罚款 ${yuan(range.max)} 元`,
        article,
      ),
    );
  } else if (amount < range.min - EPS) {
    out.push(...belowMinimum(`${label} ${yuan(amount)} 元`, `罚款 ${yuan(range.min)} 元`, input.mitigation, article));
  }
  return { refusals: out, applied };
}

/** 第29–32条, 第37条: every fine line against its item's provisions. */
export function checkFinesAgainstLaw(input: FineLawInput): { refusals: CaseRefusal[]; applied: AppliedFineVersion[] } {
  const refusals: CaseRefusal[] = [];
  const applied: AppliedFineVersion[] = [];
  input.penalty.lines.forEach((line, i) => {
    if (line.kind !== 'fine') return;
    const r = checkLine(line, i + 1, input);
    refusals.push(...r.refusals);
    if (r.applied) applied.push(r.applied);
  });
  return { refusals, applied };
}

/** 第29条: an act of this party already fined in another decision is not fined again. */
export function checkNotFinedBefore(
  penalty: PenaltyProposal,
  caseItemCodes: readonly string[],
  items: readonly ItemFineProvisions[],
  prior: readonly PriorFine[],
): CaseRefusal[] {
  const out: CaseRefusal[] = [];
  for (const line of penalty.lines) {
    if (line.kind !== 'fine') continue;
    const code = lineItemCode(line, caseItemCodes, items);
    const earlier = code ? prior.find((p) => p.itemCode === code) : undefined;
    if (earlier) {
      out.push(
        refusal(
          'alreadyFined',
          `该违法行为已由${earlier.decisionNumber}（${earlier.decidedOn}）处以罚款，不得再次罚款`,
          ART.oneFine,
        ),
      );
    }
  }
  return out;
}

/** How a provision reads on a form: 对单位 罚款 100–1000 元/平方米（土地管理法实施条例 第57条，2021-09-01 起）. */
export function describeFineProvision(p: FineProvision): string {
  const who = p.appliesTo ? `对${PARTY_LABEL[p.appliesTo]}` : '';
  const parts: string[] = [];
  if (isAmount(p) || isPerUnit(p)) {
    const unit = p.perUnit ?? '元';
    parts.push(
      p.fineMin !== undefined && p.fineMax !== undefined
        ? `${p.fineMin}–${p.fineMax} ${unit}`
        : p.fineMax !== undefined
          ? `${p.fineMax} ${unit}以下`
          : `${p.fineMin} ${unit}以上`,
    );
  }
  if (isMultiple(p)) {
    const m = (x: number) => (x < 1 ? `${Math.round(x * 10_000) / 100}%` : `${x}倍`);
    parts.push(
      `${p.multipleOf}的${p.multipleMin !== undefined ? `${m(p.multipleMin)}–` : ''}${p.multipleMax !== undefined ? m(p.multipleMax) : '以上'}${p.multipleMin === undefined ? '以下' : ''}`,
    );
  }
  if (parts.length === 0) parts.push('数额依地方规定');
  const when =
    p.effectiveFrom && p.effectiveTo
      ? `${p.effectiveFrom} 至 ${p.effectiveTo}`
      : p.effectiveFrom
        ? `${p.effectiveFrom} 起`
        : p.effectiveTo
          ? `至 ${p.effectiveTo}`
          : '';
  const tail = [p.basis, when, p.note].filter(Boolean).join('，');
  return `${who}罚款 ${parts.join('，或')}${tail ? `（${tail}）` : ''}`;
}

/** 第37条: says which provision was applied when the lighter new one replaced the one at the act. */
export function lighterVersionNotes(applied: readonly AppliedFineVersion[]): CaseRefusal[] {
  return applied
    .filter((a) => a.reason === 'newLighter')
    .map((a) =>
      refusal(
        'lighterNewProvisionApplied',
        `事项 ${a.itemCode} 的处罚规定已修改且新规定较轻，按新规定（${a.basis.join('、')}）核对罚款`,
        ART.oldOrLenient,
      ),
    );
}
