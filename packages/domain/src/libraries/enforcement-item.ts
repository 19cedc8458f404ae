// The enforcement-item catalogue (执法事项): kinds of power, domains, penalty kinds and the
// structured form of a penalty's range.

export const ITEM_KINDS = [
  'penalty',
  'inspection',
  'coercion',
  'licensing',
  'levy',
  'confirmation',
  'benefit',
] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export const ITEM_KIND_LABELS: Readonly<Record<ItemKind, string>> = {
  penalty: '行政处罚',
  inspection: '行政检查',
  coercion: '行政强制',
  licensing: '行政许可',
  levy: '行政征收征用',
  confirmation: '行政确认',
  benefit: '行政给付',
};

export const ITEM_DOMAINS = [
  '城市管理',
  '市场监管',
  '自然资源',
  '生态环境',
  '农业农村',
  '卫生健康',
  '应急管理',
  '文化旅游',
  '交通运输',
  '水利',
  '住房城乡建设',
  '消防',
  '其他',
] as const;
export type ItemDomain = (typeof ITEM_DOMAINS)[number];

/** Level of government that exercises an item. */
export const ITEM_LEVELS = ['省', '市', '县', '乡镇'] as const;
export type ItemLevel = (typeof ITEM_LEVELS)[number];

/**
 * 行政处罚法 第9条: the kinds of administrative penalty. The one list of them: a case's penalty
 * proposal (procedure/penalty.ts) uses exactly these.
 */
export const STATUTORY_PENALTY_KINDS = [
  'warning',
  'criticism',
  'fine',
  'confiscateGains',
  'confiscateProperty',
  'suspendLicence',
  'lowerQualification',
  'revokeLicence',
  'restrictBusiness',
  'stopProduction',
  'closure',
  'restrictPractice',
  'detention',
] as const;
export type StatutoryPenaltyKind = (typeof STATUTORY_PENALTY_KINDS)[number];

/** A catalogue item's penalty kinds: 第9条's, plus 责令改正, which catalogues list beside them (第28条; not a penalty). */
export const PENALTY_KINDS = [...STATUTORY_PENALTY_KINDS, 'orderToCorrect'] as const;
export type PenaltyKind = (typeof PENALTY_KINDS)[number];

export const PENALTY_KIND_LABELS: Readonly<Record<PenaltyKind, string>> = {
  warning: '警告',
  criticism: '通报批评',
  fine: '罚款',
  confiscateGains: '没收违法所得',
  confiscateProperty: '没收非法财物',
  suspendLicence: '暂扣许可证件',
  lowerQualification: '降低资质等级',
  revokeLicence: '吊销许可证件',
  restrictBusiness: '限制开展生产经营活动',
  stopProduction: '责令停产停业',
  closure: '责令关闭',
  restrictPractice: '限制从业',
  detention: '行政拘留',
  orderToCorrect: '责令改正',
};

/** 行政处罚法 第28条: ordering correction accompanies a penalty but is not one. */
export function isActualPenalty(kind: PenaltyKind): boolean {
  return kind !== 'orderToCorrect';
}

export const PENALTY_UNITS = [
  '元/平方米',
  '元/立方米',
  '元/米',
  '元/日',
  '元/吨',
  '元/千克',
  '元/辆',
  '元/件',
  '元/株',
  '元/头',
  '元/只',
  '元/人',
  '元/次',
] as const;
export type PenaltyUnit = (typeof PENALTY_UNITS)[number];

/** What a fine "N 倍以上 M 倍以下" multiplies. */
export const PENALTY_MULTIPLE_BASES = [
  '违法所得',
  '货值金额',
  '违法经营额',
  '工程造价',
  '合同价款',
  '应缴纳费用',
  // 森林法 第73、74、76、78条; 固体废物污染环境防治法 第102条; 动物防疫法 第100、101条.
  '林木价值',
  '林木价款',
  '恢复费用',
  '处置费用',
  '运输费用',
  // 土地管理法实施条例 第51、52、55、56条.
  '耕地开垦费',
  '土地复垦费',
] as const;
export type PenaltyMultipleBase = (typeof PENALTY_MULTIPLE_BASES)[number];

export const PENALTY_PARTIES = ['organisation', 'person'] as const;
export type PenaltyParty = (typeof PENALTY_PARTIES)[number];
export const PENALTY_PARTY_LABELS: Readonly<Record<PenaltyParty, string>> = { organisation: '单位', person: '个人' };

/** Reads 单位 / 个人 (or the codes); 法人/其他组织 count as 单位, 公民 as 个人. */
export function parsePenaltyParty(text: string): PenaltyParty | null {
  const t = text.trim();
  if (t === 'organisation' || t === '单位' || t === '对单位' || t === '法人或者其他组织' || t === '法人')
    return 'organisation';
  if (t === 'person' || t === '个人' || t === '对个人' || t === '公民' || t === '自然人') return 'person';
  return null;
}

/**
 * One penalty of an item with its legal range. Amounts are in yuan; with perUnit they are per unit
 * (200–500 元/平方米). A fine may be a range of multiples of a base (1–3 倍 违法所得) instead of, or
 * besides, an amount.
 */
export interface PenaltySpec {
  kind: PenaltyKind;
  /** Whom the penalty is for: 单位 (organisation) or 个人 (person); absent for both. */
  appliesTo?: PenaltyParty;
  /**
   * A version of the provision (行政处罚法 第37条): the first and last day it is in force, and the
   * provision that set it. Absent dates: in force since before any recorded change / still in force.
   */
  effectiveFrom?: string;
  effectiveTo?: string;
  basis?: string;
  fineMin?: number;
  fineMax?: number;
  perUnit?: PenaltyUnit;
  multipleMin?: number;
  multipleMax?: number;
  multipleOf?: PenaltyMultipleBase;
  /** For confiscation: the largest value the item may confiscate, when the catalogue states it. */
  valueMax?: number;
  note?: string;
}

/**
 * Penalties a township does not take over from county departments, as published county lists
 * keep them (e.g. 桐庐 2025): 吊销许可证件, 责令停产停业, 责令关闭, 限制从业, and confiscation of a
 * large amount. 行政处罚法 第24条 allows devolving only what a township "能够有效承接".
 */
export const COUNTY_RESERVED_KINDS: readonly PenaltyKind[] = [
  'revokeLicence',
  'stopProduction',
  'closure',
  'restrictPractice',
];

export interface CountyReservationOptions {
  /** Yuan at or above which a confiscation counts as 较大数额; without it confiscation is never reserved. */
  largeConfiscationThreshold?: number;
}

export function isCountyReservedPenalty(spec: PenaltySpec, options: CountyReservationOptions = {}): boolean {
  if (COUNTY_RESERVED_KINDS.includes(spec.kind)) return true;
  const confiscation = spec.kind === 'confiscateGains' || spec.kind === 'confiscateProperty';
  const threshold = options.largeConfiscationThreshold;
  return confiscation && threshold !== undefined && spec.valueMax !== undefined && spec.valueMax >= threshold;
}

/**
 * An item is kept by the county when one of its penalties is, or when the catalogue editor marks
 * it so (重大处罚 the structured amounts cannot show, such as confiscating a building).
 */
export function isCountyReservedItem(
  item: { penalties: readonly PenaltySpec[]; reservedFlag?: boolean },
  options: CountyReservationOptions = {},
): boolean {
  return item.reservedFlag === true || item.penalties.some((p) => isCountyReservedPenalty(p, options));
}

/**
 * Who keeps an item's entry up to date (谁主管、谁维护): a department officer edits the items of
 * their own department; the county coordination office edits every item of the county.
 */
export function mayManageItemOf(
  actor: { roles: readonly string[]; agencyId: string | null },
  departmentId: string,
): boolean {
  if (actor.roles.includes('countyCoordinator')) return true;
  return actor.roles.includes('departmentOfficer') && actor.agencyId === departmentId;
}

function fromCodeOrLabel<K extends string>(
  text: string,
  codes: readonly K[],
  labels: Readonly<Record<K, string>>,
): K | null {
  const t = text.trim();
  if ((codes as readonly string[]).includes(t)) return t as K;
  return codes.find((k) => labels[k] === t) ?? null;
}

/** Reads an item kind written as its code (penalty) or its Chinese name (行政处罚). */
export function parseItemKind(text: string): ItemKind | null {
  return fromCodeOrLabel(text, ITEM_KINDS, ITEM_KIND_LABELS);
}

/** Reads a penalty kind written as its code (fine) or its Chinese name (罚款). */
export function parsePenaltyKind(text: string): PenaltyKind | null {
  return fromCodeOrLabel(text, PENALTY_KINDS, PENALTY_KIND_LABELS);
}

const LEVEL_ALIASES: Readonly<Record<string, ItemLevel>> = {
  省: '省',
  省级: '省',
  市: '市',
  市级: '市',
  县: '县',
  县级: '县',
  区: '县',
  县区: '县',
  乡镇: '乡镇',
  乡镇级: '乡镇',
  镇街: '乡镇',
  街道: '乡镇',
  '乡镇（街道）': '乡镇',
  '乡镇(街道)': '乡镇',
};

/** Reads a level as spreadsheets write it (县级, 乡镇（街道）…). */
export function parseItemLevel(text: string): ItemLevel | null {
  return LEVEL_ALIASES[text.trim()] ?? null;
}
