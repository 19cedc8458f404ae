// 案卷评查标准 as data: sections of items with points, veto items and grade thresholds. Modelled on
// the points-based rubrics of DB32/T 4181—2021 (附录B 处罚普通程序) and 鲁司〔2023〕33号 (主体资格、
// 事实证据、适用法律、履行程序、文书规范); the veto list is legal statement 84.

/** Facts the platform checks itself from the case record; an item bound to one is pre-scored. */
export const AUTO_CHECKS = {
  documentsPresent: '文书齐全（立案、调查、告知、决定、送达文书均已制作）',
  deadlinesKept: '办案期限均未逾期',
  officersCertified: '执法人员均持有效执法证件且不少于两人',
  reviewDone: '应当法制审核的已经审核',
} as const;
export type AutoCheck = keyof typeof AUTO_CHECKS;
export const AUTO_CHECK_LIST = Object.keys(AUTO_CHECKS) as AutoCheck[];

/** Legal statement 84: any one of these makes the file 不合格 with score 0. */
export const VETO_ITEMS = {
  unlawfulBody: '执法主体不合法',
  unqualifiedOfficer: '执法人员不具备执法资格',
  fewerThanTwoOfficers: '执法人员少于两人',
  insufficientEvidence: '主要证据不足',
  unclearFacts: '事实不清',
  wrongCharacterisation: '定性错误',
  wrongLaw: '适用法律错误',
  unlawfulProcedure: '违反法定程序',
  shouldHaveTransferred: '应当移送而未移送',
} as const;
export type VetoKey = keyof typeof VETO_ITEMS;

export interface StandardItem {
  key: string;
  title: string;
  points: number;
  /** Scored by the platform from the record (full points when the check holds, else 0). */
  auto?: AutoCheck;
}

export interface StandardSection {
  key: string;
  title: string;
  items: StandardItem[];
}

export interface ReviewStandard {
  sections: StandardSection[];
  vetoes: { key: string; title: string }[];
  /** Lowest total for 优秀 and for 合格 (default 90 and 60). */
  grades: { excellent: number; pass: number };
}

export const DEFAULT_GRADES = { excellent: 90, pass: 60 } as const;

export function standardItems(s: ReviewStandard): StandardItem[] {
  return s.sections.flatMap((sec) => sec.items);
}

export function maxScore(s: ReviewStandard): number {
  return standardItems(s).reduce((sum, i) => sum + i.points, 0);
}

/** The save-time check of an edited standard: messages in Chinese, empty when it may be saved. */
export function checkStandard(s: ReviewStandard): string[] {
  const errors: string[] = [];
  const keys = new Set<string>();
  if (s.sections.length === 0) errors.push('评查标准至少需要一个部分');
  for (const sec of s.sections) {
    if (sec.items.length === 0) errors.push(`“${sec.title}”没有评查项目`);
    for (const item of sec.items) {
      if (keys.has(item.key)) errors.push(`评查项目编号“${item.key}”重复`);
      keys.add(item.key);
      if (!(item.points > 0) || !Number.isInteger(item.points * 2))
        errors.push(`“${item.title}”的分值应为正数（可到 0.5 分）`);
    }
  }
  const vetoKeys = new Set<string>();
  for (const v of s.vetoes) {
    if (vetoKeys.has(v.key)) errors.push(`否决项“${v.title}”重复`);
    vetoKeys.add(v.key);
  }
  for (const k of Object.keys(VETO_ITEMS)) {
    if (!vetoKeys.has(k)) errors.push(`缺少法定否决项“${VETO_ITEMS[k as VetoKey]}”`);
  }
  const total = maxScore(s);
  if (total !== 100) errors.push(`各项分值合计应为 100 分，现为 ${total} 分`);
  const { excellent, pass } = s.grades;
  if (!(pass > 0 && pass < excellent && excellent <= 100)) errors.push('等次分数线应满足 0 < 合格线 < 优秀线 ≤ 100');
  return errors;
}
