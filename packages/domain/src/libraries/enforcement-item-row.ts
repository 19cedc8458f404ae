// Validation of one row of an enforcement-item spreadsheet before it enters the catalogue.
// Every problem of the row is reported at once, so the user can fix the sheet in one pass.

import { parseCitation, type LawCitation } from '../laws/citation';
import {
  ITEM_DOMAINS,
  PENALTY_KIND_LABELS,
  PENALTY_MULTIPLE_BASES,
  PENALTY_PARTY_LABELS,
  PENALTY_UNITS,
  isActualPenalty,
  parseItemKind,
  parseItemLevel,
  parsePenaltyKind,
  parsePenaltyParty,
  type ItemDomain,
  type ItemKind,
  type ItemLevel,
  type PenaltyMultipleBase,
  type PenaltySpec,
  type PenaltyUnit,
} from './enforcement-item';
import { normalizeDateCell } from './iso-date';
import { cellNumber, cellText, type ImportRowError, type ImportRowResult } from './row-errors';

export const ENFORCEMENT_ITEM_COLUMNS = {
  code: '事项编码',
  name: '事项名称',
  kind: '事项类型',
  domain: '所属领域',
  department: '实施部门',
  level: '行使层级',
  basis: '实施依据',
  penaltyBasis: '处罚依据',
  penalties: '处罚种类及幅度',
  reserved: '县级保留',
} as const;
export type EnforcementItemField = keyof typeof ENFORCEMENT_ITEM_COLUMNS;

/**
 * Headers of the penalty sheet: one line per penalty of an item, joined to the item by its code.
 * The fields are those of PenaltySpec, so a line is passed to the row check as it stands.
 */
export const PENALTY_SPEC_COLUMNS = {
  itemCode: '事项编码',
  kind: '处罚种类',
  fineMin: '罚款下限（元）',
  fineMax: '罚款上限（元）',
  perUnit: '计罚单位',
  multipleMin: '倍数下限',
  multipleMax: '倍数上限',
  multipleOf: '倍数基数',
  valueMax: '没收价值上限（元）',
  note: '说明',
  // Added later, so older sheets still line up column by column.
  appliesTo: '适用对象',
  effectiveFrom: '施行日期',
  effectiveTo: '失效日期',
  basis: '该版本处罚依据',
} as const;
export type PenaltySpecField = keyof typeof PENALTY_SPEC_COLUMNS;

/**
 * Item codes: upper-case letters, digits and hyphens, 4–40 characters. The provincial catalogue's
 * exact code format was not available; callers with a stricter one pass it in the options.
 */
export const ITEM_CODE_PATTERN = /^[0-9A-Z][0-9A-Z-]{2,38}[0-9A-Z]$/;

/** A row as read from the sheet; penalties are given as one object per penalty kind. */
export type EnforcementItemRow = Partial<Record<EnforcementItemField, unknown>>;

export interface EnforcementItem {
  code: string;
  name: string;
  kind: ItemKind;
  domain: ItemDomain;
  department: string;
  level: ItemLevel;
  /** The provisions the item enforces (违法依据). */
  basis: LawCitation[];
  /** The provisions that set the penalty (处罚依据); penalty items only. */
  penaltyBasis: LawCitation[];
  penalties: PenaltySpec[];
  /** Marked by the editor as a 重大处罚 the county keeps, whatever the penalty kinds say. */
  reservedFlag: boolean;
}

export interface EnforcementItemRowOptions {
  codePattern?: RegExp;
}

const CONFISCATION = new Set(['confiscateGains', 'confiscateProperty']);
const MAX_NAME_LENGTH = 200;

class Collector {
  readonly errors: ImportRowError[] = [];
  add(field: EnforcementItemField, message: string): void {
    this.errors.push({ field, column: ENFORCEMENT_ITEM_COLUMNS[field], message });
  }
}

function required(row: EnforcementItemRow, field: EnforcementItemField, out: Collector): string | null {
  const text = cellText(row[field]);
  if (text === null) out.add(field, `${ENFORCEMENT_ITEM_COLUMNS[field]}不能为空`);
  return text;
}

function splitBasis(value: unknown): string[] {
  const parts = Array.isArray(value) ? value.map((v) => cellText(v) ?? '') : (cellText(value) ?? '').split(/[\n；;]+/u);
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

function readCitations(row: EnforcementItemRow, field: 'basis' | 'penaltyBasis', out: Collector): LawCitation[] {
  const citations: LawCitation[] = [];
  for (const text of splitBasis(row[field])) {
    const parsed = parseCitation(text);
    if (parsed.ok) citations.push(parsed.citation);
    else out.add(field, `${ENFORCEMENT_ITEM_COLUMNS[field]}“${text}”无法识别：${parsed.error.message}`);
  }
  return citations;
}

function readBasis(row: EnforcementItemRow, out: Collector): LawCitation[] {
  if (splitBasis(row.basis).length === 0) {
    out.add('basis', '实施依据不能为空，须引用法律、法规或规章的具体条款');
    return [];
  }
  return readCitations(row, 'basis', out);
}

/** 行政处罚法 第4条: a penalty needs a provision that sets it; other kinds of power have none. */
function readPenaltyBasis(row: EnforcementItemRow, kind: ItemKind | null, out: Collector): LawCitation[] {
  const given = splitBasis(row.penaltyBasis).length > 0;
  if (kind !== null && kind !== 'penalty') {
    if (given) out.add('penaltyBasis', '只有行政处罚事项可以填写处罚依据');
    return [];
  }
  if (!given) {
    if (kind === 'penalty')
      out.add('penaltyBasis', '行政处罚事项须填写处罚依据：设定该处罚的具体条款（行政处罚法 第4条）');
    return [];
  }
  return readCitations(row, 'penaltyBasis', out);
}

const YES = new Set(['是', 'y', 'Y', 'yes', 'true', '1', '√']);
const NO = new Set(['否', 'n', 'N', 'no', 'false', '0']);

function readReserved(row: EnforcementItemRow, out: Collector): boolean {
  if (typeof row.reserved === 'boolean') return row.reserved;
  const text = cellText(row.reserved);
  if (text === null || NO.has(text)) return false;
  if (YES.has(text)) return true;
  out.add('reserved', `县级保留应填“是”或“否”，不能填“${text}”`);
  return false;
}

type NumberField = 'fineMin' | 'fineMax' | 'multipleMin' | 'multipleMax' | 'valueMax';
const NUMBER_LABELS: Record<NumberField, string> = {
  fineMin: '罚款下限',
  fineMax: '罚款上限',
  multipleMin: '倍数下限',
  multipleMax: '倍数上限',
  valueMax: '没收价值上限',
};

function readPenalty(raw: unknown, label: string, out: Collector): PenaltySpec | null {
  if (typeof raw !== 'object' || raw === null) {
    out.add('penalties', `${label}格式不对`);
    return null;
  }
  const r = raw as Record<string, unknown>;
  const kindText = cellText(r.kind);
  const kind = kindText === null ? null : parsePenaltyKind(kindText);
  if (kind === null) {
    out.add(
      'penalties',
      kindText === null ? `${label}缺少处罚种类` : `${label}的处罚种类“${kindText}”不在行政处罚法第9条所列种类之中`,
    );
    return null;
  }
  const spec: PenaltySpec = { kind };
  let sound = true;
  for (const field of Object.keys(NUMBER_LABELS) as NumberField[]) {
    const n = cellNumber(r[field]);
    if (n === null) continue;
    if (n === 'invalid' || n < 0) {
      out.add('penalties', `${label}的${NUMBER_LABELS[field]}必须是不小于零的数字`);
      sound = false;
      continue;
    }
    spec[field] = n;
  }
  const perUnit = cellText(r.perUnit);
  if (perUnit !== null) {
    if ((PENALTY_UNITS as readonly string[]).includes(perUnit)) spec.perUnit = perUnit as PenaltyUnit;
    else {
      out.add('penalties', `${label}的计罚单位“${perUnit}”无法识别`);
      sound = false;
    }
  }
  const multipleOf = cellText(r.multipleOf);
  if (multipleOf !== null) {
    if ((PENALTY_MULTIPLE_BASES as readonly string[]).includes(multipleOf))
      spec.multipleOf = multipleOf as PenaltyMultipleBase;
    else {
      out.add('penalties', `${label}的倍数基数“${multipleOf}”无法识别`);
      sound = false;
    }
  }
  const appliesTo = cellText(r.appliesTo);
  if (appliesTo !== null) {
    const party = parsePenaltyParty(appliesTo);
    if (party) spec.appliesTo = party;
    else {
      out.add('penalties', `${label}的适用对象“${appliesTo}”无法识别，应为“单位”或“个人”（不填为两者）`);
      sound = false;
    }
  }
  for (const field of ['effectiveFrom', 'effectiveTo'] as const) {
    const raw = r[field];
    if (raw === undefined || raw === null || raw === '') continue;
    const d = normalizeDateCell(raw);
    if (d) spec[field] = d;
    else {
      out.add(
        'penalties',
        `${label}的${field === 'effectiveFrom' ? '施行日期' : '失效日期'}不是有效日期（应为 YYYY-MM-DD）`,
      );
      sound = false;
    }
  }
  const basis = cellText(r.basis);
  if (basis !== null) {
    const parsed = parseCitation(basis);
    if (parsed.ok) spec.basis = basis;
    else {
      out.add('penalties', `${label}的处罚依据“${basis}”无法识别：${parsed.error.message}`);
      sound = false;
    }
  }
  const note = cellText(r.note);
  if (note !== null) spec.note = note;
  // Cross-field checks on a spec with unreadable cells would only repeat the same problem.
  if (!sound) return null;
  return checkPenaltyConsistency(spec, label, out) ? spec : null;
}

function checkPenaltyConsistency(spec: PenaltySpec, label: string, out: Collector): boolean {
  const before = out.errors.length;
  const hasAmount = spec.fineMin !== undefined || spec.fineMax !== undefined;
  const hasMultiple = spec.multipleMin !== undefined || spec.multipleMax !== undefined;
  if (spec.kind === 'fine') {
    // Some laws leave the amount to local regulations (城市绿化条例 第26条 “可以并处罚款”);
    // the catalogue then says where the amount comes from instead of inventing one.
    if (!hasAmount && !hasMultiple && spec.note === undefined) {
      out.add('penalties', `${label}为罚款，须填写罚款数额或倍数；法律法规未规定数额的，须在说明中写明数额的依据`);
    }
  } else if (hasAmount || hasMultiple || spec.perUnit !== undefined || spec.multipleOf !== undefined) {
    out.add('penalties', `${label}不是罚款，不能填写罚款数额、倍数或计罚单位`);
  }
  if (spec.fineMin !== undefined && spec.fineMax !== undefined && spec.fineMin > spec.fineMax) {
    out.add('penalties', `${label}的罚款下限大于上限`);
  }
  if (spec.multipleMin !== undefined && spec.multipleMax !== undefined && spec.multipleMin > spec.multipleMax) {
    out.add('penalties', `${label}的倍数下限大于上限`);
  }
  if (spec.perUnit !== undefined && !hasAmount) out.add('penalties', `${label}填写了计罚单位但没有罚款数额`);
  if (hasMultiple && spec.multipleOf === undefined)
    out.add('penalties', `${label}填写了倍数但没有倍数基数（如违法所得、货值金额）`);
  if (spec.multipleOf !== undefined && !hasMultiple) out.add('penalties', `${label}填写了倍数基数但没有倍数`);
  if (spec.effectiveFrom !== undefined && spec.effectiveTo !== undefined && spec.effectiveFrom > spec.effectiveTo) {
    out.add('penalties', `${label}的施行日期晚于失效日期`);
  }
  if (spec.valueMax !== undefined && !CONFISCATION.has(spec.kind))
    out.add('penalties', `${label}不是没收，不能填写没收价值上限`);
  return out.errors.length === before;
}

/**
 * 行政处罚法 第37条 needs to know which version was in force on a day: two versions of the same
 * fine (same party, same way of counting) must not both be in force on one day. Lines that
 * differ by their note (拒不改正的, 情节严重的) are separate provisions, not versions.
 */
function checkVersionOverlap(specs: readonly PenaltySpec[], out: Collector): void {
  const dated = specs.filter((s) => s.effectiveFrom !== undefined || s.effectiveTo !== undefined);
  if (dated.length === 0) return;
  const key = (s: PenaltySpec) =>
    [s.kind, s.appliesTo ?? '', s.perUnit ?? '', s.multipleOf ?? '', s.note ?? ''].join('|');
  const groups = new Map<string, PenaltySpec[]>();
  for (const s of specs) groups.set(key(s), [...(groups.get(key(s)) ?? []), s]);
  for (const group of groups.values()) {
    const sorted = [...group].sort((a, b) => (a.effectiveFrom ?? '').localeCompare(b.effectiveFrom ?? ''));
    for (let i = 1; i < sorted.length; i++) {
      const prev = sorted[i - 1];
      const next = sorted[i];
      if (
        prev.effectiveTo === undefined ||
        (next.effectiveFrom !== undefined && next.effectiveFrom <= prev.effectiveTo)
      ) {
        out.add(
          'penalties',
          `“${formatPenaltySpecShort(next)}”有两个版本的施行期间重叠：前一版本须填写失效日期，且早于后一版本的施行日期`,
        );
        return;
      }
    }
  }
}

function formatPenaltySpecShort(s: PenaltySpec): string {
  return `${PENALTY_KIND_LABELS[s.kind]}${s.appliesTo ? `（对${PENALTY_PARTY_LABELS[s.appliesTo]}）` : ''}`;
}

function readPenalties(
  row: EnforcementItemRow,
  kind: ItemKind | null,
  department: string | null,
  out: Collector,
): PenaltySpec[] {
  const raw = row.penalties;
  const list: unknown[] = raw === undefined || raw === null || raw === '' ? [] : Array.isArray(raw) ? raw : [raw];
  if (kind !== null && kind !== 'penalty') {
    if (list.length > 0) out.add('penalties', '只有行政处罚事项可以填写处罚种类及幅度');
    return [];
  }
  const specs: PenaltySpec[] = [];
  list.forEach((p, i) => {
    const spec = readPenalty(p, `第${i + 1}项处罚`, out);
    if (spec) specs.push(spec);
  });
  checkVersionOverlap(specs, out);
  if (
    kind === 'penalty' &&
    list.length > 0 &&
    specs.length === list.length &&
    !specs.some((s) => isActualPenalty(s.kind))
  ) {
    out.add('penalties', '行政处罚事项须至少有一种行政处罚；责令改正不是行政处罚（行政处罚法 第9条、第28条）');
  }
  if (kind === 'penalty' && list.length === 0)
    out.add('penalties', '行政处罚事项须填写处罚种类及幅度（行政处罚法 第9条）');
  if (department !== null && specs.some((s) => s.kind === 'detention') && !department.includes('公安')) {
    out.add('penalties', '行政拘留只能由公安机关和法律规定的其他机关行使（行政处罚法 第18条第3款）');
  }
  return specs;
}

/** Checks every column of the row and returns the item, or every error found. */
export function validateEnforcementItemRow(
  row: EnforcementItemRow,
  options: EnforcementItemRowOptions = {},
): ImportRowResult<EnforcementItem> {
  const out = new Collector();
  const code = required(row, 'code', out);
  if (code !== null && !(options.codePattern ?? ITEM_CODE_PATTERN).test(code)) {
    out.add('code', `事项编码“${code}”格式不对：只能由大写字母、数字和连字符组成，4至40位`);
  }
  const name = required(row, 'name', out);
  if (name !== null && name.length > MAX_NAME_LENGTH) out.add('name', `事项名称不能超过${MAX_NAME_LENGTH}个字`);

  const kindText = required(row, 'kind', out);
  const kind = kindText === null ? null : parseItemKind(kindText);
  if (kindText !== null && kind === null) {
    out.add(
      'kind',
      `事项类型“${kindText}”无法识别，应为行政处罚、行政检查、行政强制、行政许可、行政征收征用、行政确认或行政给付`,
    );
  }
  const domain = required(row, 'domain', out);
  if (domain !== null && !(ITEM_DOMAINS as readonly string[]).includes(domain)) {
    out.add('domain', `所属领域“${domain}”不在领域列表中`);
  }
  const department = required(row, 'department', out);
  const levelText = required(row, 'level', out);
  const level = levelText === null ? null : parseItemLevel(levelText);
  if (levelText !== null && level === null) out.add('level', `行使层级“${levelText}”无法识别，应为省、市、县或乡镇`);

  const basis = readBasis(row, out);
  const penaltyBasis = readPenaltyBasis(row, kind, out);
  const penalties = readPenalties(row, kind, department, out);
  const reservedFlag = readReserved(row, out);
  if (out.errors.length > 0) return { ok: false, errors: out.errors };
  return {
    ok: true,
    value: {
      code: code!,
      name: name!,
      kind: kind!,
      domain: domain as ItemDomain,
      department: department!,
      level: level!,
      basis,
      penaltyBasis,
      penalties,
      reservedFlag,
    },
  };
}
