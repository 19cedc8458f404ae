// The discretion calculator: which benchmark version applies (行政处罚法 第37条 从旧兼从轻), which
// tier the case's facts fall in and why, the statutory overrides that beat any table (第30–33条),
// the exemption lists (首违不罚, 轻微不罚, 包容免罚), the amount or range allowed, and the sentence
// the decision states (第34条; 国办发〔2022〕27号: the decision says how the benchmark applied).
import { legalYuanRange, outcomeFor } from './check-table';
import {
  BENCHMARK_HARMS,
  BENCHMARK_MEASURES,
  BENCHMARK_MEASURE_LABELS,
  BENCHMARK_PARTY_TYPE_LABELS,
  BENCHMARK_TIER_LABELS,
  EXEMPTION_LIST_LABELS,
  type BenchmarkBand,
  type BenchmarkBase,
  type BenchmarkConditionSet,
  type BenchmarkExemption,
  type BenchmarkHarm,
  type BenchmarkMeasure,
  type BenchmarkOutcome,
  type BenchmarkOutcomeKind,
  type BenchmarkPartyType,
  type BenchmarkTier,
  type BenchmarkTierRow,
  type BenchmarkVersion,
  type ExemptionList,
  tierRank,
} from './model';
import { MEASURE_UNITS, bandText, outcomeBasisText, rangeText, yuan } from './text';

/** Facts recorded in the case that tiers read. Absent facts meet no condition that reads them. */
export interface BenchmarkFacts {
  /** Act dates of earlier established offences of the same kind by this party. */
  priorOffenceDates?: string[];
  correctedInTime?: boolean;
  harm?: BenchmarkHarm;
  /** 情节轻微. */
  minorViolation?: boolean;
  area?: number;
  volume?: number;
  amount?: number;
  duration?: number;
  quantity?: number;
  bases?: Partial<Record<BenchmarkBase, number>>;
  /** Breaches counted by an additive outcome (处/次), at least 1. */
  breaches?: number;
  /** 第31条. */
  mentalCapacity?: 'full' | 'partial' | 'none';
  /** A 第32条 circumstance is recorded. */
  mitigating?: boolean;
}

export interface BenchmarkParty {
  kind: BenchmarkPartyType;
  /** Age at the act (persons), when known. */
  ageAtAct?: number | null;
}

export interface BenchmarkCalculationInput {
  /** Every version of the violation's benchmark. */
  versions: readonly BenchmarkVersion[];
  party: BenchmarkParty;
  facts: BenchmarkFacts;
  actDate: string;
  /** The day the decision is made: a lighter version in force then applies (第37条). */
  decisionDate: string;
}

export interface BenchmarkOverride {
  article: string;
  text: string;
}

export interface BenchmarkResult {
  benchmarkId: string;
  versionId: string;
  itemCode: string;
  violation: string;
  title: string;
  documentNumber: string;
  itemNo: number;
  effectiveFrom: string;
  /** Why this version: in force at the act date, or a later lighter one (第37条). */
  versionReason: string;
  tier: BenchmarkTier | null;
  /** The table row applied, with the source's own label. */
  tierNo: number | null;
  sourceLabel: string | null;
  /** Why the tier, each a phrase (「系初次违法」). */
  reasons: string[];
  /** A statutory rule that replaced the table's tier. */
  override: BenchmarkOverride | null;
  exemption: ExemptionList | null;
  /** 第33条第1款: first offence, slight harm, corrected: may go unpunished (the agency chooses). */
  mayNotPenalise: boolean;
  outcomeKind: BenchmarkOutcomeKind | null;
  /** Allowed fine in yuan; null when no penalty or when facts are missing. */
  allowed: { min: number; max: number } | null;
  /** Facts the tier or amount needed but the case lacks. */
  missingFacts: string[];
  explanation: string;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** ISO date `months` months before `date` (day clamped to the month's end). */
export function monthsBefore(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) - months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const last = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
  return `${String(ny).padStart(4, '0')}-${String(nm).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** Earlier offences within the look-back window (0 = ever), strictly before the act. */
export function priorOffencesWithin(dates: readonly string[] | undefined, actDate: string, months: number): number {
  const from = months > 0 ? monthsBefore(actDate, months) : '0000-01-01';
  return (dates ?? []).filter((d) => d < actDate && d >= from).length;
}

export function inBand(value: number, b: BenchmarkBand): boolean {
  if (b.min !== undefined && (b.minOpen ? value <= b.min : value < b.min)) return false;
  if (b.max !== undefined && (b.maxOpen ? value >= b.max : value > b.max)) return false;
  return true;
}

const harmRank = (h: BenchmarkHarm) => BENCHMARK_HARMS.indexOf(h);

interface SetMatch {
  met: boolean;
  reasons: string[];
  missing: string[];
  /** Measures the set reads, and only those with partyType (a band-only set). */
  bands: BenchmarkMeasure[];
  bandOnly: boolean;
}

function matchSet(w: BenchmarkConditionSet, party: BenchmarkParty, facts: BenchmarkFacts, prior: number): SetMatch {
  const reasons: string[] = [];
  const missing: string[] = [];
  const bands: BenchmarkMeasure[] = [];
  let met = true;
  let others = false;
  if (w.partyType !== undefined) {
    if (w.partyType !== party.kind) met = false;
    else reasons.push(`为${BENCHMARK_PARTY_TYPE_LABELS[party.kind]}`);
  }
  if (w.firstOffence !== undefined) {
    others = true;
    if ((prior === 0) !== w.firstOffence) met = false;
    else reasons.push(prior === 0 ? '系初次违法' : `此前已有${prior}次同类违法`);
  }
  if (w.priorOffences) {
    others = true;
    const { min = 0, max = Infinity } = w.priorOffences;
    if (prior < min || prior > max) met = false;
    else reasons.push(prior === 0 ? '系初次违法' : `系第${prior + 1}次同类违法`);
  }
  if (w.correctedInTime !== undefined) {
    others = true;
    if (facts.correctedInTime === undefined) {
      met = false;
      missing.push('是否及时改正');
    } else if (facts.correctedInTime !== w.correctedInTime) met = false;
    else reasons.push(facts.correctedInTime ? '已及时改正' : '未及时改正');
  }
  if (w.harmAtMost !== undefined || w.harmAtLeast !== undefined) {
    others = true;
    if (facts.harm === undefined) {
      met = false;
      missing.push('危害后果');
    } else {
      const r = harmRank(facts.harm);
      if (w.harmAtMost !== undefined && r > harmRank(w.harmAtMost)) met = false;
      else if (w.harmAtLeast !== undefined && r < harmRank(w.harmAtLeast)) met = false;
      else reasons.push(HARM_PHRASES[facts.harm]);
    }
  }
  for (const m of BENCHMARK_MEASURES) {
    const band = w[m];
    if (!band) continue;
    bands.push(m);
    const value = facts[m];
    if (value === undefined) {
      met = false;
      missing.push(BENCHMARK_MEASURE_LABELS[m]);
    } else if (!inBand(value, band)) met = false;
    else reasons.push(`${BENCHMARK_MEASURE_LABELS[m]}为${value}${MEASURE_UNITS[m]}（${bandText(m, band)}）`);
  }
  return { met, reasons, missing, bands, bandOnly: !others && bands.length > 0 };
}

const HARM_PHRASES: Record<BenchmarkHarm, string> = {
  none: '未造成危害后果',
  minor: '危害后果轻微',
  general: '造成一定危害后果',
  serious: '造成严重危害后果',
};

interface Candidate {
  tier: BenchmarkTierRow;
  index: number;
  match: SetMatch;
}

function matchTier(t: BenchmarkTierRow, index: number, party: BenchmarkParty, facts: BenchmarkFacts, prior: number) {
  const partySets = t.when.filter((w) => w.partyType === undefined || w.partyType === party.kind);
  if (t.when.length === 0) return { candidate: { tier: t, index, match: emptyMatch() }, missing: [] };
  // A tier written only for the other party type does not concern this party.
  if (partySets.length === 0) return { candidate: null, missing: [] };
  const matches = partySets.map((w) => matchSet(w, party, facts, prior));
  const met = matches.filter((m) => m.met);
  // Prefer a set that reads more than bands: 「或者再次违法」 is a stronger ground than a shared boundary.
  const best = met.find((m) => !m.bandOnly) ?? met[0];
  return {
    candidate: best ? { tier: t, index, match: best } : null,
    missing: matches.flatMap((m) => m.missing),
  };
}

function emptyMatch(): SetMatch {
  return { met: true, reasons: [], missing: [], bands: [], bandOnly: false };
}

/**
 * The heaviest matching tier applies (「……或者再次违法的」 raises the tier), except that a tier
 * matched only by a band the value shares with a lighter matched band yields to the lighter one:
 * an exact boundary value of touching bands, or a value where bands overlap, takes the lighter
 * tier (doubt resolved in the party's favour, 过罚相当).
 */
function choose(cands: Candidate[]): Candidate | null {
  const order = [...cands].sort((a, b) => tierRank(b.tier.tier) - tierRank(a.tier.tier) || b.index - a.index);
  for (let i = 0; i < order.length; i++) {
    const h = order[i];
    const yields =
      h.match.bandOnly &&
      order.slice(i + 1).some((l) => l.match.bands.length > 0 && h.match.bands.every((m) => l.match.bands.includes(m)));
    if (!yields) return h;
  }
  return order[order.length - 1] ?? null;
}

function exemptionApplies(
  e: BenchmarkExemption,
  party: BenchmarkParty,
  facts: BenchmarkFacts,
  actDate: string,
  fallbackMonths: number,
): SetMatch | null {
  const prior = priorOffencesWithin(facts.priorOffenceDates, actDate, e.lookBackMonths ?? fallbackMonths);
  return (
    e.when
      .filter((w) => w.partyType === undefined || w.partyType === party.kind)
      .map((w) => matchSet(w, party, facts, prior))
      .find((m) => m.met) ?? null
  );
}

interface Amount {
  allowed: { min: number; max: number } | null;
  basis: string;
  missing: string[];
  notes: string[];
}

/** The outcome as yuan, kept inside the legal range (only 减轻 goes below its minimum). */
function amountOf(
  o: BenchmarkOutcome,
  v: BenchmarkVersion,
  tier: BenchmarkTier,
  party: BenchmarkParty,
  facts: BenchmarkFacts,
): Amount {
  const missing: string[] = [];
  const notes: string[] = [];
  let span: [number, number] | null = null;
  let basis = '';
  const breaches = Math.max(1, Math.floor(facts.breaches ?? 1));
  switch (o.kind) {
    case 'noPenalty':
      return { allowed: null, basis: '', missing, notes };
    case 'fixed':
      span = [o.amount, o.amount];
      break;
    case 'range':
      span = [o.min, o.max];
      break;
    case 'perUnit': {
      const value = facts[o.measure];
      if (value === undefined) missing.push(BENCHMARK_MEASURE_LABELS[o.measure]);
      else {
        span = [o.rateMin * value, o.rateMax * value];
        basis = outcomeBasisText(o, value, breaches);
      }
      break;
    }
    case 'ofBase': {
      const value = facts.bases?.[o.base];
      if (value === undefined) missing.push(BASE_NAMES[o.base]);
      else {
        span = [o.factorMin * value, o.factorMax * value];
        basis = outcomeBasisText(o, value, breaches);
      }
      break;
    }
    case 'additive': {
      const a = Math.min(o.cap, o.start + o.perFurther * (breaches - 1));
      span = [a, a];
      basis = outcomeBasisText(o, undefined, breaches);
      break;
    }
  }
  let legal = legalYuanRange(v, party.kind);
  if (!legal && v.legalRange.base) {
    const b = facts.bases?.[v.legalRange.base];
    if (b !== undefined) legal = { min: v.legalRange.min * b, max: v.legalRange.max * b };
    else if (!missing.includes(BASE_NAMES[v.legalRange.base])) missing.push(BASE_NAMES[v.legalRange.base]);
  }
  if (!span) return { allowed: null, basis, missing, notes };
  let [min, max] = span;
  if (legal) {
    if (max > legal.max) {
      notes.push(`不超过法定上限${yuan(legal.max)}`);
      max = legal.max;
      min = Math.min(min, max);
    }
    if (tier !== 'mitigated' && min < legal.min) {
      notes.push(`不低于法定下限${yuan(legal.min)}`);
      min = legal.min;
      max = Math.max(max, min);
    }
  }
  return { allowed: { min: round2(min), max: round2(max) }, basis, missing, notes };
}

const BASE_NAMES: Record<BenchmarkBase, string> = {
  illegalIncome: '违法所得',
  goodsValue: '货值金额',
  projectCost: '工程造价',
  salesAmount: '销售金额',
};

/** The version in force on a day (effectiveTo inclusive). */
export function versionInForce(versions: readonly BenchmarkVersion[], day: string): BenchmarkVersion | null {
  return (
    [...versions]
      .filter((v) => v.effectiveFrom <= day && (!v.effectiveTo || v.effectiveTo >= day))
      .sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? 1 : -1))[0] ?? null
  );
}

/** Lighter: no penalty, else the lower maximum, else the lower minimum. */
function lighter(a: BenchmarkResult, b: BenchmarkResult): boolean {
  const weight = (r: BenchmarkResult) =>
    r.tier === 'noPenalty' ? [-1, -1] : r.allowed ? [r.allowed.max, r.allowed.min] : [Infinity, Infinity];
  const [am, an] = weight(a);
  const [bm, bn] = weight(b);
  return am < bm || (am === bm && an < bn);
}

const ART_30 = '《中华人民共和国行政处罚法》第三十条';
const ART_31 = '《中华人民共和国行政处罚法》第三十一条';
const ART_32 = '《中华人民共和国行政处罚法》第三十二条';
const ART_33 = '《中华人民共和国行政处罚法》第三十三条第一款';

/** The result under one version. */
export function calculateWithVersion(
  v: BenchmarkVersion,
  party: BenchmarkParty,
  facts: BenchmarkFacts,
  actDate: string,
  versionReason = '违法行为发生时施行的版本',
): BenchmarkResult {
  const prior = priorOffencesWithin(facts.priorOffenceDates, actDate, v.lookBackMonths);
  const base: BenchmarkResult = {
    benchmarkId: v.benchmarkId,
    versionId: v.versionId,
    itemCode: v.itemCode,
    violation: v.violation,
    title: v.title,
    documentNumber: v.documentNumber,
    itemNo: v.itemNo,
    effectiveFrom: v.effectiveFrom,
    versionReason,
    tier: null,
    tierNo: null,
    sourceLabel: null,
    reasons: [],
    override: null,
    exemption: null,
    mayNotPenalise: false,
    outcomeKind: null,
    allowed: null,
    missingFacts: [],
    explanation: '',
  };
  const age = party.kind === 'person' ? (party.ageAtAct ?? null) : null;
  const noPenalty = (override: BenchmarkOverride | null, exemption: ExemptionList | null, reasons: string[]) => {
    const r: BenchmarkResult = { ...base, tier: 'noPenalty', override, exemption, reasons, outcomeKind: 'noPenalty' };
    return { ...r, explanation: explain(r, '') };
  };

  // Statutory overrides that no table can change.
  if (age !== null && age < 14)
    return noPenalty({ article: ART_30, text: '违法时不满十四周岁，不予行政处罚，责令监护人加以管教' }, null, [
      '违法时不满十四周岁',
    ]);
  if (facts.mentalCapacity === 'none')
    return noPenalty({ article: ART_31, text: '违法时不能辨认或者不能控制自己的行为，不予行政处罚' }, null, [
      '违法时不能辨认或者不能控制自己的行为',
    ]);
  if (facts.minorViolation === true && facts.correctedInTime === true && facts.harm === 'none')
    return noPenalty({ article: ART_33, text: '违法行为轻微并及时改正，没有造成危害后果，不予行政处罚' }, null, [
      '违法行为轻微',
      '已及时改正',
      '未造成危害后果',
    ]);
  for (const e of v.exemptions ?? []) {
    const m = exemptionApplies(e, party, facts, actDate, v.lookBackMonths);
    if (m) return noPenalty(null, e.list, m.reasons);
  }

  const missing: string[] = [];
  const cands: Candidate[] = [];
  v.tiers.forEach((t, index) => {
    const { candidate, missing: lack } = matchTier(t, index, party, facts, prior);
    if (candidate) cands.push(candidate);
    else missing.push(...lack);
  });
  let chosen = choose(cands);
  let reasons = chosen?.match.reasons ?? [];
  let override: BenchmarkOverride | null = null;

  // 第30条 (14 to 18) and 第32条: only 从轻 or 减轻; a heavier tier gives way to the table's 从轻.
  const minor = age !== null && age >= 14 && age < 18;
  if (chosen && (minor || facts.mitigating) && tierRank(chosen.tier.tier) > tierRank('lenient')) {
    const lenient = v.tiers
      .map((t, index) => ({ t, index }))
      .find(
        ({ t }) =>
          t.tier === 'lenient' &&
          (t.when.length === 0 || t.when.some((w) => !w.partyType || w.partyType === party.kind)),
      );
    override = minor
      ? { article: ART_30, text: '已满十四周岁不满十八周岁，应当从轻或者减轻行政处罚' }
      : { article: ART_32, text: '具有应当从轻或者减轻行政处罚的情形，不适用一般或者从重' };
    reasons = [...reasons, minor ? '违法时已满十四周岁不满十八周岁' : '具有第三十二条规定的从轻、减轻情形'];
    chosen = lenient ? { tier: lenient.t, index: lenient.index, match: emptyMatch() } : null;
    if (!chosen) {
      // No 从轻 row: the lowest 30% of the legal range (国办发〔2022〕27号 convention, legal-rules §6.2).
      const legal = legalYuanRange(v, party.kind);
      const allowed = legal ? { min: legal.min, max: round2(legal.min + 0.3 * (legal.max - legal.min)) } : null;
      const r: BenchmarkResult = {
        ...base,
        tier: 'lenient',
        reasons,
        override,
        outcomeKind: 'range',
        allowed,
        missingFacts: allowed ? [] : ['法定幅度'],
      };
      return { ...r, explanation: explain(r, '') };
    }
  }

  if (!chosen) {
    const r: BenchmarkResult = { ...base, missingFacts: [...new Set(missing)] };
    return { ...r, explanation: explain(r, '') };
  }
  const t = chosen.tier;
  const o = outcomeFor(t, party.kind);
  if (t.tier === 'noPenalty' || o.kind === 'noPenalty') {
    const r: BenchmarkResult = {
      ...base,
      tier: 'noPenalty',
      tierNo: t.no,
      sourceLabel: t.sourceLabel,
      reasons,
      override,
      outcomeKind: 'noPenalty',
    };
    return { ...r, explanation: explain(r, '') };
  }
  const amount = amountOf(o, v, t.tier, party, facts);
  const mayNotPenalise =
    prior === 0 && facts.correctedInTime === true && (facts.harm === 'minor' || facts.harm === 'none');
  const r: BenchmarkResult = {
    ...base,
    tier: t.tier,
    tierNo: t.no,
    sourceLabel: t.sourceLabel,
    reasons,
    override,
    mayNotPenalise,
    outcomeKind: o.kind,
    allowed: amount.allowed,
    missingFacts: amount.missing,
  };
  return { ...r, explanation: explain(r, amount.basis, amount.notes) };
}

/** 第37条 从旧兼从轻: the version in force at the act, unless the one in force at the decision is lighter. */
export function calculateBenchmark(input: BenchmarkCalculationInput): BenchmarkResult | null {
  const { versions, party, facts, actDate, decisionDate } = input;
  const old = versionInForce(versions, actDate);
  const current = versionInForce(versions, decisionDate);
  if (!old && !current) return null;
  if (!old)
    return calculateWithVersion(
      current!,
      party,
      facts,
      actDate,
      '违法行为发生时尚无裁量基准，适用作出决定时施行的版本',
    );
  const atAct = calculateWithVersion(old, party, facts, actDate);
  if (!current || current.versionId === old.versionId) return atAct;
  const atDecision = calculateWithVersion(
    current,
    party,
    facts,
    actDate,
    '作出决定时施行的版本处罚较轻，依照《中华人民共和国行政处罚法》第三十七条从轻适用',
  );
  return lighter(atDecision, atAct) ? atDecision : atAct;
}

/** 「依据《…》（文号）第N项，当事人…，属从轻情形，在1000元至3000元幅度内处罚」 */
export function explain(r: BenchmarkResult, basis: string, notes: readonly string[] = []): string {
  const source = `依据《${r.title.replace(/^《|》$/g, '')}》（${r.documentNumber}）第${r.itemNo}项`;
  const who = r.reasons.length ? `，当事人${r.reasons.join('且')}` : '';
  if (r.override && r.tier === 'noPenalty') return `${source}${who}，依照${r.override.article}，${r.override.text}`;
  if (r.tier === 'noPenalty') {
    const list = r.exemption ? `，列入${EXEMPTION_LIST_LABELS[r.exemption]}清单` : '';
    return `${source}${who}${list}，属不予处罚情形${label(r)}，依法不予行政处罚`;
  }
  if (!r.tier || !r.allowed) {
    return `${source}：${r.missingFacts.length ? `缺少${[...new Set(r.missingFacts)].join('、')}，` : ''}未能确定裁量档次，请补充事实`;
  }
  const by = r.override ? `，依照${r.override.article}` : '';
  const capped = notes.length ? `（${notes.join('，')}）` : '';
  return `${source}${who}${by}，属${BENCHMARK_TIER_LABELS[r.tier]}情形${label(r)}，${basis}${rangeText(r.allowed.min, r.allowed.max)}${capped}`;
}

function label(r: BenchmarkResult): string {
  return r.sourceLabel && r.tier && r.sourceLabel !== BENCHMARK_TIER_LABELS[r.tier]
    ? `（基准表述：${r.sourceLabel}）`
    : '';
}

/** Whether a fine lies in the allowed range (to the fen). */
export function withinAllowed(fine: number, allowed: { min: number; max: number }): boolean {
  return fine >= allowed.min - 0.005 && fine <= allowed.max + 0.005;
}
