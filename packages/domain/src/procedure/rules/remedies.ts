// The remedies a decision must state (行政复议法 第20, 23, 24, 27条; 行政诉讼法 第45–46条;
// 行诉解释 第64条), legal-rules.md §3.
import { ART } from '../articles';
import { type CaseCalendar, addCalendarDays, addMonths, compareDates } from '../calendar-port';
import type { CaseConfig } from '../config';

export type AgencyKind =
  'countyDepartment' | 'townshipGovernment' | 'countyGovernment' | 'verticalAgency' | 'judicialAdministration';

export const AGENCY_KIND_LABELS: Record<AgencyKind, string> = {
  countyDepartment: '县级人民政府工作部门',
  townshipGovernment: '乡镇人民政府、街道办事处',
  countyGovernment: '县级人民政府',
  verticalAgency: '海关、金融、外汇管理等实行垂直领导的机关，税务和国家安全机关',
  judicialAdministration: '司法行政部门',
};

/** 行政复议法 第23条 took effect on this day; on-the-spot decisions from then go to reconsideration first. */
export const RECONSIDERATION_FIRST_FROM = '2024-01-01';

/**
 * Which body hears reconsideration: the same-level people's government for departments and for
 * the government one level down (第24条); the next higher department for vertically managed,
 * tax and state-security organs (第27条); either for the judicial administration (第28条).
 */
export function reconsiderationBodyFor(
  kind: AgencyKind,
  names: { sameLevelGovernment: string; higherDepartment?: string },
): { body: string; article: string } {
  if (kind === 'verticalAgency') {
    if (!names.higherDepartment) throw new Error('垂直管理机关的复议机关为上一级主管部门，须提供其名称');
    return { body: names.higherDepartment, article: ART.reconsiderationVertical };
  }
  return { body: names.sameLevelGovernment, article: ART.reconsiderationBody };
}

export interface RemediesTextInput {
  onTheSpot: boolean;
  decisionDate: string;
  agencyKind: AgencyKind;
  reconsiderationBody: string;
  court: string;
}

export interface RemediesText {
  text: string;
  reconsiderationFirst: boolean;
  articles: string[];
}

export function isReconsiderationFirst(onTheSpot: boolean, decisionDate: string): boolean {
  return onTheSpot && compareDates(decisionDate, RECONSIDERATION_FIRST_FROM) >= 0;
}

/** The remedies sentence of a decision (legal-rules.md §3.2 template wording). */
export function remediesText(input: RemediesTextInput): RemediesText {
  const first = isReconsiderationFirst(input.onTheSpot, input.decisionDate);
  const bodyArticle = input.agencyKind === 'verticalAgency' ? ART.reconsiderationVertical : ART.reconsiderationBody;
  if (first) {
    return {
      text:
        `如不服本决定，应当先在收到本决定书之日起六十日内向${input.reconsiderationBody}申请行政复议` +
        `（可以通过作出本决定的行政机关提交）；对行政复议决定不服的，可以自收到行政复议决定书之日起十五日内依法向${input.court}提起行政诉讼。`,
      reconsiderationFirst: true,
      articles: [ART.reconsiderationFirst, ART.reconsiderationPeriod, bodyArticle, ART.litigationAfterReconsideration],
    };
  }
  return {
    text:
      `如不服本决定，可以在收到本决定书之日起六十日内向${input.reconsiderationBody}申请行政复议，` +
      `也可以在六个月内依法向${input.court}提起行政诉讼。`,
    reconsiderationFirst: false,
    articles: [ART.reconsiderationPeriod, bodyArticle, ART.litigationPeriod],
  };
}

export interface RemediesStated {
  right: boolean;
  body: boolean;
  period: boolean;
}

export interface RemedyDeadlines {
  reconsiderationDue: string;
  /** Null when reconsideration must come first (litigation then runs from the reconsideration decision). */
  litigationDue: string | null;
  /** True when the decision failed to state the right, the body or the period. */
  extended: boolean;
  articles: string[];
}

/**
 * The party's own time limits from the day it received the decision. If the decision omitted the
 * right, the body or the period, the limit becomes 1 year from learning the content
 * (行政复议法 第20条第3款; 行诉解释 第64条); receipt is the day the content was learned.
 */
export function remedyDeadlines(
  input: { receivedOn: string; stated: RemediesStated; onTheSpot: boolean; decisionDate: string },
  calendar: CaseCalendar,
  config: CaseConfig,
): RemedyDeadlines {
  const roll = { rollToWorkingDay: true };
  const first = isReconsiderationFirst(input.onTheSpot, input.decisionDate);
  const complete = input.stated.right && input.stated.body && input.stated.period;
  if (!complete) {
    const outer = addMonths(input.receivedOn, config.remedies.unstatedLimitMonths, calendar, roll);
    return {
      reconsiderationDue: outer,
      litigationDue: first ? null : outer,
      extended: true,
      articles: [ART.reconsiderationUnstated, '行诉解释 第64条'],
    };
  }
  return {
    reconsiderationDue: addCalendarDays(input.receivedOn, config.remedies.reconsiderationDays, calendar, roll),
    litigationDue: first ? null : addMonths(input.receivedOn, config.remedies.litigationMonths, calendar, roll),
    extended: false,
    articles: [ART.reconsiderationPeriod, ART.litigationPeriod],
  };
}
