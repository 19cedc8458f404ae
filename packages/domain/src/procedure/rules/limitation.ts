// 追责时效 (第36条).
import { ART } from '../articles';
import { addMonthsClamped, compareDates } from '../calendar-port';
import type { CaseConfig } from '../config';
import { type CaseRefusal, refusal } from '../refusal';

export interface LimitationInput {
  violationDate: string;
  /** A continuous or continuing act runs from the day it ended. */
  actEndedOn?: string | null;
  discoveredOn: string;
  /** Life/health or financial safety concerned, and harm caused. */
  lifeOrFinancialSafetyHarm?: boolean;
}

export interface LimitationResult {
  years: number;
  runsFrom: string;
  expiresOn: string;
  expired: boolean;
  article: string;
}

/**
 * Discovery must fall on or before the corresponding day `years` later (民法典 第202条 month
 * arithmetic; no roll-forward, this is not a party's act). The 5-year period does not reach back
 * to acts that ended before the 2021 revision took effect (从旧兼从轻).
 */
export function limitationCheck(input: LimitationInput, config: CaseConfig): LimitationResult {
  const runsFrom = input.actEndedOn ?? input.violationDate;
  const extended =
    input.lifeOrFinancialSafetyHarm === true && compareDates(runsFrom, config.limitation.extendedFrom) >= 0;
  const years = extended ? config.limitation.extendedYears : config.limitation.years;
  const expiresOn = addMonthsClamped(runsFrom, years * 12);
  return {
    years,
    runsFrom,
    expiresOn,
    expired: compareDates(input.discoveredOn, expiresOn) > 0,
    article: ART.limitation,
  };
}

export function checkLimitation(result: LimitationResult): CaseRefusal[] {
  if (!result.expired) return [];
  return [
    refusal(
      'limitationExpired',
      `违法行为自 ${result.runsFrom} 起 ${result.years} 年内未被发现（时效于 ${result.expiresOn} 届满），不再给予行政处罚，应当不予处罚并结案`,
      ART.limitation,
    ),
  ];
}
