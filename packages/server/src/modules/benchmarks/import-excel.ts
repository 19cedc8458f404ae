// Importing benchmark tables from Excel: every row is read and checked first, each problem named by
// its row and column; the versions the rows make are then checked like a JSON import (item, who
// maintains it, the table check). One problem and nothing is imported.
import {
  BENCHMARK_BASES,
  BENCHMARK_BASE_LABELS,
  BENCHMARK_HARMS,
  BENCHMARK_HARM_LABELS,
  BENCHMARK_MEASURES,
  BENCHMARK_MEASURE_LABELS,
  BENCHMARK_OUTCOME_LABELS,
  BENCHMARK_TIERS,
  BENCHMARK_TIER_LABELS,
  EXEMPTION_LISTS,
  EXEMPTION_LIST_LABELS,
  versionSchema,
  type BenchmarkConditionSet,
  type BenchmarkContent,
  type BenchmarkExemption,
  type BenchmarkOutcome,
  type BenchmarkTierRow,
} from '@zhifa/domain';
import { badRequest } from '../../platform/errors';
import type { WriteContext } from '../../platform/route';
import { COLUMNS, readBenchmarkWorkbook, type Column, type SheetRow } from './benchmarks-excel';
import { importBenchmarks, type ImportProblem } from './import-benchmarks';

const byLabel = <K extends string>(keys: readonly K[], labels: Record<K, string>) =>
  new Map<string, K>(keys.map((k) => [labels[k], k]));
const TIERS = byLabel(BENCHMARK_TIERS, BENCHMARK_TIER_LABELS);
const LISTS = byLabel(EXEMPTION_LISTS, EXEMPTION_LIST_LABELS);
const HARMS = byLabel(BENCHMARK_HARMS, BENCHMARK_HARM_LABELS);
const MEASURES = byLabel(BENCHMARK_MEASURES, BENCHMARK_MEASURE_LABELS);
const BASES = byLabel(BENCHMARK_BASES, BENCHMARK_BASE_LABELS);
const PARTIES = new Map<string, 'organisation' | 'person'>([
  ['单位', 'organisation'],
  ['个人', 'person'],
]);
const OUTCOMES = new Map(Object.entries(BENCHMARK_OUTCOME_LABELS).map(([k, v]) => [v, k as BenchmarkOutcome['kind']]));

class RowReader {
  readonly problems: ImportProblem[] = [];
  constructor(private readonly line: SheetRow) {}
  private fail(c: Column, message: string) {
    this.problems.push({ where: `第 ${this.line.row} 行`, row: this.line.row, column: COLUMNS[c], message });
    return undefined;
  }
  text(c: Column, required = false): string | undefined {
    const v = this.line.values[c];
    if (v === undefined) return required ? this.fail(c, `${COLUMNS[c]}不能为空`) : undefined;
    return String(v);
  }
  num(c: Column, required = false, integer = false): number | undefined {
    const v = this.line.values[c];
    if (v === undefined) return required ? this.fail(c, `${COLUMNS[c]}不能为空`) : undefined;
    const n = typeof v === 'number' ? v : Number(String(v).replace(/[,，元]/g, ''));
    if (!Number.isFinite(n) || n < 0 || (integer && !Number.isInteger(n)))
      return this.fail(c, `${COLUMNS[c]}应为${integer ? '非负整数' : '不小于 0 的数'}，不能填“${v}”`);
    return n;
  }
  date(c: Column, required = false): string | undefined {
    const t = this.text(c, required);
    if (t === undefined) return undefined;
    return /^\d{4}-\d{2}-\d{2}$/.test(t) ? t : this.fail(c, `${COLUMNS[c]}应为 YYYY-MM-DD，不能填“${t}”`);
  }
  yes(c: Column): boolean | undefined {
    const t = this.text(c);
    if (t === undefined) return undefined;
    if (t === '是') return true;
    if (t === '否') return false;
    return this.fail(c, `${COLUMNS[c]}应填“是”或“否”，不能填“${t}”`);
  }
  oneOf<K extends string>(c: Column, map: Map<string, K>, required = false): K | undefined {
    const t = this.text(c, required);
    if (t === undefined) return undefined;
    return map.get(t) ?? this.fail(c, `${COLUMNS[c]}应为 ${[...map.keys()].join('、')} 之一，不能填“${t}”`);
  }
}

function conditionsOf(r: RowReader): BenchmarkConditionSet {
  const w: BenchmarkConditionSet = {};
  const party = r.oneOf('partyType', PARTIES);
  if (party) w.partyType = party;
  const first = r.yes('firstOffence');
  if (first !== undefined) w.firstOffence = first;
  const pMin = r.num('priorMin', false, true);
  const pMax = r.num('priorMax', false, true);
  if (pMin !== undefined || pMax !== undefined)
    w.priorOffences = { ...(pMin !== undefined ? { min: pMin } : {}), ...(pMax !== undefined ? { max: pMax } : {}) };
  const corrected = r.yes('correctedInTime');
  if (corrected !== undefined) w.correctedInTime = corrected;
  const least = r.oneOf('harmAtLeast', HARMS);
  if (least) w.harmAtLeast = least;
  const most = r.oneOf('harmAtMost', HARMS);
  if (most) w.harmAtMost = most;
  const measure = r.oneOf('measure', MEASURES);
  const min = r.num('bandMin');
  const max = r.num('bandMax');
  const minOpen = r.yes('bandMinOpen');
  const maxOpen = r.yes('bandMaxOpen');
  if (measure) {
    if (min === undefined && max === undefined) r.num('bandMax', true);
    else
      w[measure] = {
        ...(min !== undefined ? { min } : {}),
        ...(max !== undefined ? { max } : {}),
        ...(minOpen ? { minOpen } : {}),
        ...(maxOpen ? { maxOpen } : {}),
      };
  }
  return w;
}

function outcomeOf(r: RowReader, kind: BenchmarkOutcome['kind'] | undefined): BenchmarkOutcome | undefined {
  switch (kind) {
    case undefined:
      return undefined;
    case 'noPenalty':
      return { kind };
    case 'fixed': {
      const amount = r.num('from', true);
      return amount === undefined ? undefined : { kind, amount };
    }
    case 'range': {
      const [min, max] = [r.num('from', true), r.num('to', true)];
      return min === undefined || max === undefined ? undefined : { kind, min, max };
    }
    case 'perUnit': {
      const [rateMin, rateMax] = [r.num('from', true), r.num('to', true)];
      const measure = r.oneOf('per', MEASURES, true);
      const unit = r.text('unit', true);
      return rateMin === undefined || rateMax === undefined || !measure || !unit
        ? undefined
        : { kind, rateMin, rateMax, measure, unit };
    }
    case 'ofBase': {
      const [factorMin, factorMax] = [r.num('from', true), r.num('to', true)];
      const base = r.oneOf('per', BASES, true);
      const style = r.text('unit') === '比例' ? 'percent' : 'multiple';
      return factorMin === undefined || factorMax === undefined || !base
        ? undefined
        : { kind, factorMin, factorMax, base, style };
    }
    case 'additive': {
      const [start, cap, perFurther] = [r.num('from', true), r.num('to', true), r.num('cap', true)];
      return start === undefined || cap === undefined || perFurther === undefined
        ? undefined
        : { kind, start, cap, perFurther };
    }
  }
}

function personOutcome(r: RowReader): BenchmarkOutcome | undefined {
  const from = r.num('personFrom');
  const to = r.num('personTo');
  if (from === undefined) return undefined;
  return to === undefined || to === from ? { kind: 'fixed', amount: from } : { kind: 'range', min: from, max: to };
}

interface VersionDraft {
  firstRow: number;
  head: Record<string, unknown>;
  tiers: Map<number, BenchmarkTierRow>;
  exemptions: Map<number, BenchmarkExemption>;
}

/** The rows as benchmarks, or every problem found. */
export function benchmarksOfRows(rows: readonly SheetRow[]): {
  benchmarks: BenchmarkContent[];
  firstRows: number[][];
  problems: ImportProblem[];
} {
  const problems: ImportProblem[] = [];
  const groups = new Map<string, { itemCode: string; violation: string; versions: Map<string, VersionDraft> }>();
  for (const line of rows) {
    const r = new RowReader(line);
    const itemCode = r.text('itemCode', true);
    const violation = r.text('violation', true);
    const documentNumber = r.text('documentNumber', true);
    const effectiveFrom = r.date('effectiveFrom', true);
    const head = {
      title: r.text('title', true),
      issuer: r.text('issuer', true),
      documentNumber,
      effectiveFrom,
      ...(r.date('effectiveTo') ? { effectiveTo: r.date('effectiveTo') } : {}),
      itemNo: r.num('itemNo', true, true),
      legalRange: {
        min: r.num('legalMin') ?? 0,
        max: r.num('legalMax', true),
        ...(r.oneOf('legalBase', BASES) ? { base: r.oneOf('legalBase', BASES) } : {}),
        ...(r.num('personLegalMin') !== undefined && r.num('personLegalMax') !== undefined
          ? { person: { min: r.num('personLegalMin'), max: r.num('personLegalMax') } }
          : {}),
      },
      lookBackMonths: r.num('lookBackMonths', false, true) ?? 12,
    };
    const tierNo = r.num('tierNo', true, true);
    const tierText = r.text('tier', true);
    const list = tierText ? LISTS.get(tierText) : undefined;
    const tier = tierText && !list ? r.oneOf('tier', new Map([...TIERS, ...LISTS])) : undefined;
    const when = conditionsOf(r);
    const kind = r.oneOf('outcome', OUTCOMES, true);
    const outcome = list ? undefined : outcomeOf(r, kind);
    const person = list ? undefined : personOutcome(r);
    problems.push(...r.problems);
    if (r.problems.length || !itemCode || !violation || tierNo === undefined) continue;

    const key = `${itemCode}\u0000${violation}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { itemCode, violation, versions: new Map() }));
    const vKey = `${documentNumber}\u0000${effectiveFrom}`;
    let v = g.versions.get(vKey);
    if (!v) g.versions.set(vKey, (v = { firstRow: line.row, head, tiers: new Map(), exemptions: new Map() }));
    const hasConditions = Object.keys(when).length > 0;
    if (list) {
      const e = v.exemptions.get(tierNo);
      if (e) e.when.push(when);
      else
        v.exemptions.set(tierNo, {
          list,
          when: [when],
          ...(line.values.lookBackMonths !== undefined ? { lookBackMonths: head.lookBackMonths } : {}),
          // The list's own name stands in the label column when the entry has no note.
          ...(r.text('sourceLabel') && r.text('sourceLabel') !== tierText ? { note: r.text('sourceLabel') } : {}),
        });
      continue;
    }
    const existing = v.tiers.get(tierNo);
    if (existing) {
      if (hasConditions) existing.when.push(when);
      continue;
    }
    v.tiers.set(tierNo, {
      no: tierNo,
      sourceLabel: r.text('sourceLabel') ?? BENCHMARK_TIER_LABELS[tier as BenchmarkTierRow['tier']],
      tier: tier as BenchmarkTierRow['tier'],
      when: hasConditions ? [when] : [],
      outcome: outcome!,
      ...(person ? { byParty: { person } } : {}),
    });
  }
  const benchmarks: BenchmarkContent[] = [];
  const firstRows: number[][] = [];
  for (const g of groups.values()) {
    const versions = [];
    const rowsOf: number[] = [];
    for (const v of g.versions.values()) {
      const parsed = versionSchema.safeParse({
        ...v.head,
        tiers: [...v.tiers.values()],
        ...(v.exemptions.size ? { exemptions: [...v.exemptions.values()] } : {}),
      });
      if (!parsed.success) {
        for (const issue of parsed.error.issues)
          problems.push({
            where: `第 ${v.firstRow} 行起的版本`,
            row: v.firstRow,
            message: `${issue.path.join('.')}：${issue.message}`,
          });
        continue;
      }
      versions.push(parsed.data);
      rowsOf.push(v.firstRow);
    }
    if (versions.length) {
      benchmarks.push({ itemCode: g.itemCode, violation: g.violation, versions });
      firstRows.push(rowsOf);
    }
  }
  return { benchmarks, firstRows, problems };
}

export async function importBenchmarksExcel(
  ctx: WriteContext<unknown, unknown, { fileName: string; content: string }>,
) {
  const rows = await readBenchmarkWorkbook(Buffer.from(ctx.body.content, 'base64'));
  const { benchmarks, firstRows, problems } = benchmarksOfRows(rows);
  if (problems.length) {
    problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
    const first = problems
      .slice(0, 3)
      .map((p) => `${p.where}${p.column ? `“${p.column}”` : ''}：${p.message}`)
      .join('；');
    throw badRequest(
      'IMPORT_INVALID',
      `${first}${problems.length > 3 ? `等 ${problems.length} 处错误` : ''}。未导入任何裁量基准，请改正后重新上传`,
      { problems },
    );
  }
  const out = await importBenchmarks(ctx.tx, ctx.actor, benchmarks, (b, v) => {
    const row = firstRows[b]?.[v] ?? 0;
    return { where: `第 ${row} 行起的版本`, row };
  });
  ctx.audited({
    objectType: 'discretion_benchmark',
    details: { fileName: ctx.body.fileName, benchmarks: out.benchmarks, versions: out.versions },
  });
  return out;
}
