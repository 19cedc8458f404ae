// Checks on a township's list of exercisable items: against the catalogue, and for items
// nobody uses (零执法事项), which the county should review (行政处罚法 第24条: 定期组织评估).

import { addMonths, assertIsoDate } from './iso-date';

export interface CatalogueEntry {
  exists: boolean;
  /** The item carries a penalty kept at county level (see COUNTY_RESERVED_KINDS). */
  countyReserved: boolean;
}

export type TownshipViolationCode = 'notInCatalogue' | 'countyReserved';

export interface TownshipViolation {
  itemCode: string;
  code: TownshipViolationCode;
  message: string;
}

/**
 * A township may exercise only catalogue items a township can take over ("一单两用": the power list
 * must agree with the catalogue); items with county-reserved penalties must not be on its list.
 */
export function checkTownshipConsistency(input: {
  exercisable: readonly string[];
  catalogue: ReadonlyMap<string, CatalogueEntry>;
}): TownshipViolation[] {
  const violations: TownshipViolation[] = [];
  for (const itemCode of new Set(input.exercisable)) {
    const entry = input.catalogue.get(itemCode);
    if (!entry || !entry.exists) {
      violations.push({ itemCode, code: 'notInCatalogue', message: `事项${itemCode}不在指导目录中，乡镇不得行使` });
    } else if (entry.countyReserved) {
      violations.push({
        itemCode,
        code: 'countyReserved',
        message: `事项${itemCode}含有应由县级部门保留的处罚种类，不宜由乡镇行使（行政处罚法 第24条：交由能够有效承接的乡镇）`,
      });
    }
  }
  return violations;
}

export interface IdleItemsInput {
  delegated: readonly string[];
  /** Date of the latest case under each item; missing or undefined when never used. */
  lastUse: ReadonlyMap<string, string | undefined>;
  asOf: string;
  months?: number;
  /** When each item was delegated; an item delegated within the window is too new to be idle. */
  delegatedFrom?: ReadonlyMap<string, string>;
}

/**
 * Delegated items with no case in the last N months (default 12). The window starts on the same
 * day N months before asOf; a use on that day still counts.
 */
export function idleItems(input: IdleItemsInput): string[] {
  const months = input.months ?? 12;
  if (!Number.isInteger(months) || months < 1) throw new RangeError(`月数必须为正整数：${months}`);
  assertIsoDate(input.asOf, '统计日期');
  const windowStart = addMonths(input.asOf, -months);
  const idle: string[] = [];
  for (const itemCode of new Set(input.delegated)) {
    const since = input.delegatedFrom?.get(itemCode);
    if (since !== undefined && since > windowStart) continue;
    const last = input.lastUse.get(itemCode);
    if (last === undefined || last < windowStart) idle.push(itemCode);
  }
  return idle;
}
