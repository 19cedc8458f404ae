import { ART } from '../articles';
import { compareDates } from '../calendar-port';
import type { CaseContext } from '../context';
import { PENALTY_PROPOSAL_KIND_LABELS, type PenaltyProposalKind } from '../penalty';
import { type CaseRefusal, refusal } from '../refusal';

export const none = { refusals: [] as CaseRefusal[] };

/** 第24条, 第38条: the agency must hold the power for this item on this date. */
export function checkExercisable(ctx: CaseContext): CaseRefusal[] {
  return ctx.exercisable === false
    ? [refusal('itemNotExercisable', '本机关在该日期无权行使该执法事项（未赋权、已收回或超出权责清单）', ART.township)]
    : [];
}

/** A recorded date may not lie after the day the action is recorded. */
export function notAfter(date: string | undefined, at: string, label: string, article: string): CaseRefusal[] {
  return date && compareDates(date, at) > 0 ? [refusal('dateInFuture', `${label}不能晚于登记日期 ${at}`, article)] : [];
}

export function notBefore(
  date: string | undefined,
  floor: string | undefined,
  label: string,
  floorLabel: string,
  article: string,
): CaseRefusal[] {
  return date && floor && compareDates(date, floor) < 0
    ? [refusal('dateTooEarly', `${label}不能早于${floorLabel}（${floor}）`, article)]
    : [];
}

export function unique(exists: boolean, what: string, article: string): CaseRefusal[] {
  return exists ? [refusal('duplicateId', `${what}已存在`, article)] : [];
}

/** 第24条: a penalty the county keeps is not the township's to impose; the case goes to the county department. */
export function checkCountyReserved(kinds: readonly PenaltyProposalKind[], ctx: CaseContext): CaseRefusal[] {
  const reserved = [...new Set(kinds.filter((k) => ctx.countyReservedKinds?.includes(k)))];
  if (reserved.length === 0) return [];
  const names = reserved.map((k) => PENALTY_PROPOSAL_KIND_LABELS[k]).join('、');
  return [
    refusal(
      'countyReservedPenalty',
      `${names}由县级主管部门保留行使，本机关不得作出，应当将案件移送县级主管部门办理`,
      ART.township,
    ),
  ];
}
