// Lead vetting (第54条第2款; 第76条第2款): file promptly once the standard is met; escalate leads
// left unvetted past the configured window (市场监管 practice: 15 + 15 working days).
import { ART } from '../articles';
import { type CaseCalendar, addWorkingDays, compareDates, countWorkingDaysAfter } from '../calendar-port';
import type { CaseConfig } from '../config';

export interface LeadVettingInput {
  receivedOn: string;
  /** Approval of the extension (a further 15 working days). */
  extensionApprovedOn?: string;
  vettedOn?: string;
  filingStandardMet?: boolean;
}

export type LeadVettingStatus = 'vetted' | 'open' | 'dueSoon' | 'escalate' | 'overdue';

export interface LeadVettingResult {
  status: LeadVettingStatus;
  due: string;
  extendedDue: string | null;
  /** The filing standard is met and no case is filed yet: prompt 立案. */
  promptFiling: boolean;
  article: string;
}

export function leadVettingStatus(
  lead: LeadVettingInput,
  today: string,
  calendar: CaseCalendar,
  config: CaseConfig,
): LeadVettingResult {
  const due = addWorkingDays(lead.receivedOn, config.leadVetting.workingDays, calendar);
  const extendedDue = lead.extensionApprovedOn
    ? addWorkingDays(due, config.leadVetting.extensionWorkingDays, calendar)
    : null;
  const promptFiling = lead.filingStandardMet === true && !lead.vettedOn;
  const base = { due, extendedDue, promptFiling, article: ART.leadVetting };
  if (lead.vettedOn) return { ...base, status: 'vetted' };
  const limit = extendedDue ?? due;
  if (compareDates(today, limit) > 0) return { ...base, status: extendedDue ? 'overdue' : 'escalate' };
  const left = countWorkingDaysAfter(today, limit, calendar);
  return { ...base, status: left <= config.dueSoonWorkingDays ? 'dueSoon' : 'open' };
}
