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

/** Minutes a stated time may run ahead of the recording moment (clocks of phones and servers differ). */
export const RECORD_TIME_TOLERANCE_MINUTES = 10;

/**
 * 行政处罚法 第55条 and 《行政执法全过程记录》: a record states when it was made, so it cannot be
 * made later than it is entered: a time after the recording moment (beyond a small tolerance for
 * clocks) is refused. Without the moment, the date alone is compared.
 */
export function notAfterRecording(
  stated: string | undefined,
  ctx: { today: string; now?: string },
  label: string,
  article: string,
): CaseRefusal[] {
  if (!stated) return [];
  if (!ctx.now || !/T\d{2}:\d{2}/.test(stated)) return notAfter(stated.slice(0, 10), ctx.today, label, article);
  const minutes = (t: string) => Date.parse(`${t.slice(0, 16)}:00Z`) / 60_000;
  const ahead = minutes(stated) - minutes(ctx.now);
  return Number.isFinite(ahead) && ahead > RECORD_TIME_TOLERANCE_MINUTES
    ? [
        refusal(
          'timeAfterRecording',
          `${label}（${stated.replace('T', ' ')}）晚于登记时间 ${ctx.now.replace('T', ' ')}，笔录不能记载尚未发生的时间`,
          article,
        ),
      ]
    : [];
}
