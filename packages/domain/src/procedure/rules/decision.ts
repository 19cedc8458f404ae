// Decision document contents (第59条; 行政强制法 第45条) and the decision time limit (第60条).
import { ART } from '../articles';
import { addDays, calendarDaysBetween, compareDates } from '../calendar-port';
import type { CaseConfig } from '../config';
import type { DocumentOnPaper } from '../context';
import type { DecidePayload } from '../payloads/decision';
import { fineTotal } from '../penalty';
import { type CaseRefusal, refusal } from '../refusal';
import type { CaseState, DatePeriod, DecisionState } from '../state';

/** 第59条: the six elements (the seal is stated when it is served); 行政强制法 第45条: the surcharge standard where there is a fine. */
export function checkDecisionContents(p: DecidePayload, partyName: string | null): CaseRefusal[] {
  if (p.outcome !== 'penalty') return [];
  const missing: string[] = [];
  if (!partyName?.trim() || !p.partyAddress.trim()) missing.push('当事人的姓名或者名称、地址');
  if (!p.facts.trim() || p.evidenceIds.length === 0) missing.push('违法事实和证据');
  if (!p.penalty || p.penalty.lines.length === 0 || p.basis.length === 0) missing.push('行政处罚的种类和依据');
  if (!p.performance) missing.push('行政处罚的履行方式和期限');
  if (!p.remedies) missing.push('申请行政复议、提起行政诉讼的途径和期限');
  if (!p.agencyName.trim()) missing.push('作出决定的行政机关名称');
  const out: CaseRefusal[] = [];
  if (missing.length)
    out.push(refusal('decisionContentsMissing', `行政处罚决定书缺少：${missing.join('、')}`, ART.decisionContents));
  if (p.penalty && fineTotal(p.penalty) > 0 && !p.surchargeStandardStated) {
    out.push(
      refusal(
        'surchargeStandardMissing',
        '处以罚款的，决定书应当告知到期不缴纳每日按罚款数额的百分之三加处罚款',
        ART.surchargeStandard,
      ),
    );
  }
  return out;
}

const DECISION_DOCUMENTS = {
  penalty: { kind: 'penaltyDecision', title: '行政处罚决定书' },
  noPenalty: { kind: 'noPenaltyDecision', title: '不予行政处罚决定书' },
} as const;

/** Whether the document of this kind (this party's, in a joint case) exists on paper. */
export function isOnPaper(onPaper: readonly DocumentOnPaper[] | undefined, kind: string, partyId?: string): boolean {
  return (onPaper ?? []).some((d) => d.kind === kind && (d.partyId ?? partyId) === partyId);
}

/**
 * 第59条, 第61条: what is served is the printed decision bearing the agency's seal. The officer
 * states the seal when serving it, and the decision must have been printed (or its sealed copy
 * uploaded) before: a seal cannot be on a document that does not exist yet.
 */
export function checkDecisionOnPaper(
  sealed: boolean,
  d: Pick<DecisionState, 'outcome' | 'partyId'>,
  onPaper: readonly DocumentOnPaper[] | undefined,
): CaseRefusal[] {
  const { kind, title } = DECISION_DOCUMENTS[d.outcome];
  const out: CaseRefusal[] = [];
  if (!isOnPaper(onPaper, kind, d.partyId))
    out.push(
      refusal('decisionNotPrinted', `${title}尚未打印：请先打印并加盖印章，或上传已盖章的决定书`, ART.decisionOnPaper),
    );
  if (!sealed)
    out.push(refusal('decisionNotSealed', `送达的${title}必须盖有作出决定的行政机关的印章`, ART.decisionOnPaper));
  return out;
}

/** Days in closed periods [from, to]; overlapping periods are the caller's to avoid. */
export function periodDays(periods: readonly DatePeriod[]): number {
  return periods.reduce((n, p) => n + Math.max(0, calendarDaysBetween(p.from, p.to) + 1), 0);
}

/**
 * 第60条: 90 calendar days from filing, plus approved extensions and excluded periods (hearing,
 * public notice, testing, appraisal, suspension). Agency-internal, so the date is not rolled.
 */
export function decisionLimitDue(s: Pick<CaseState, 'filing' | 'decisionLimit'>, config: CaseConfig): string | null {
  const filed = s.filing?.approvedOn;
  if (!filed) return null;
  const extension = s.decisionLimit.extensions.reduce((n, e) => n + e.days, 0);
  return addDays(filed, config.decisionLimit.days + extension + periodDays(s.decisionLimit.excluded));
}

/**
 * 第60条: an extension prolongs a running limit; once the limit has passed (the day after its last
 * day) there is nothing left to extend, and an extension recorded then would hide the overdue case.
 * Sector practice (市场监管): one head-approved extension of ≤ 30 days; anything more is collective.
 * `on` is the day the extension is recorded (approved).
 */
export function checkDecisionExtension(
  s: Pick<CaseState, 'decisionLimit'> & Partial<Pick<CaseState, 'filing'>>,
  request: { days: number; approval: 'head' | 'collective'; on?: string },
  config: CaseConfig,
): CaseRefusal[] {
  const out: CaseRefusal[] = [];
  const limit =
    s.filing !== undefined ? decisionLimitDue({ filing: s.filing, decisionLimit: s.decisionLimit }, config) : null;
  if (request.on && limit && compareDates(request.on, limit) > 0) {
    out.push(
      refusal(
        'decisionLimitPassed',
        `办案期限已于 ${limit} 届满，届满后不得再批准延长；应当说明逾期原因并尽快作出处理决定`,
        ART.decisionLimit,
      ),
    );
  }
  const previous = s.decisionLimit.extensions;
  const total = previous.reduce((n, e) => n + e.days, 0) + request.days;
  if (request.approval === 'head' && (previous.length > 0 || request.days > config.decisionLimit.headExtensionDays)) {
    out.push(
      refusal(
        'extensionNeedsCollective',
        `负责人只能批准一次不超过 ${config.decisionLimit.headExtensionDays} 日的延期，再次延期或更长延期须集体讨论决定`,
        ART.decisionLimit,
      ),
    );
  }
  if (total > config.decisionLimit.maxExtensionDays) {
    out.push(
      refusal('extensionTooLong', `累计延期不得超过 ${config.decisionLimit.maxExtensionDays} 日`, ART.decisionLimit),
    );
  }
  return out;
}
