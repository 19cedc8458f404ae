// 行政强制措施 (行政强制法 第18–32条).
import { ART } from '../articles';
import { type CaseCalendar, addDays, addWorkingDays, compareDates, hoursBetween } from '../calendar-port';
import type { CaseConfig } from '../config';
import type { ApplyCoerciveMeasurePayload } from '../payloads/coercion';
import { type CaseRefusal, refusal } from '../refusal';
import type { CoerciveMeasureState } from '../state';
import { periodDays } from './decision';

/** 第24条: the decision with its five elements and a two-copy inventory, handed over on the spot. */
export function checkSeizureDecision(p: ApplyCoerciveMeasurePayload, config: CaseConfig): CaseRefusal[] {
  const d = p.decision;
  const missing: string[] = [];
  if (!d.partyName.trim() || !d.partyAddress.trim()) missing.push('当事人的姓名或者名称、地址');
  if (!d.reason.trim() || d.basis.length === 0 || !d.periodDays) missing.push('理由、依据和期限');
  if (p.items.length === 0) missing.push('场所、设施或者财物的名称、数量等');
  if (!d.remediesStated) missing.push('申请行政复议或者提起行政诉讼的途径和期限');
  if (!d.agencyName.trim() || !d.sealed) missing.push('行政机关的名称、印章和日期');
  const out: CaseRefusal[] = [];
  const article = p.kind === 'freeze' ? ART.freeze : ART.seizureDecision;
  if (missing.length)
    out.push(refusal('coerciveDecisionIncomplete', `强制措施决定书缺少：${missing.join('、')}`, article));
  if (d.periodDays > config.coercion.days) {
    out.push(
      refusal(
        'coercivePeriodTooLong',
        `强制措施期限不得超过 ${config.coercion.days} 日（延长须另行批准）`,
        ART.seizureDuration,
      ),
    );
  }
  if (p.kind !== 'freeze') {
    if (!p.handedOverOnSpot)
      out.push(refusal('coerciveNotHandedOver', '查封、扣押决定书和清单应当当场交付当事人', ART.seizureDecision));
    if (p.inventoryCopies !== 2)
      out.push(refusal('inventoryCopies', '查封、扣押清单一式二份，由当事人和行政机关分别保存', ART.seizureDecision));
  }
  return out;
}

/** 第25条: start + period (+ extensions) + testing/appraisal periods notified in writing. Not rolled. */
export function coerciveEndDate(
  m: Pick<CoerciveMeasureState, 'startOn' | 'periodDays' | 'extensions' | 'excluded'>,
): string {
  const extension = m.extensions.reduce((n, e) => n + e.days, 0);
  return addDays(m.startOn, m.periodDays + extension + periodDays(m.excluded));
}

/** 第25条: one extension of ≤ 30 days, head-approved (by role), notified in writing with reasons. */
export function checkCoerciveExtension(m: CoerciveMeasureState, days: number, config: CaseConfig): CaseRefusal[] {
  const out: CaseRefusal[] = [];
  const used = m.extensions.reduce((n, e) => n + e.days, 0);
  if (used + days > config.coercion.extensionDays) {
    out.push(
      refusal('coerciveExtensionTooLong', `延长期限不得超过 ${config.coercion.extensionDays} 日`, ART.seizureDuration),
    );
  }
  if (m.released) out.push(refusal('coerciveAlreadyReleased', '强制措施已经解除，不能延长', ART.seizureDuration));
  return out;
}

/** 第25条第3款: testing/appraisal periods are excluded only if the party was told in writing. */
export function checkExcludedPeriodNotified(notifiedInWritingOn: string | undefined): CaseRefusal[] {
  return notifiedInWritingOn
    ? []
    : [
        refusal(
          'exclusionNotNotified',
          '检测、检验、检疫或者技术鉴定的期间应当明确并书面告知当事人，方可不计入期限',
          ART.seizureDuration,
        ),
      ];
}

/** 第27–28条: measures whose period has run out with no release: each needs a release decision. */
export function expiredMeasures(measures: readonly CoerciveMeasureState[], today: string): CoerciveMeasureState[] {
  return measures.filter((m) => !m.released && compareDates(today, m.endsOn) > 0);
}

/** 第19条: an urgent measure is reported and approved within 24 hours. */
export function checkUrgentApproval(takenAt: string, approvedAt: string, config: CaseConfig): CaseRefusal[] {
  const hours = hoursBetween(takenAt, approvedAt);
  if (hours < 0) return [refusal('approvalBeforeMeasure', '补办批准时间不能早于实施时间', ART.urgentMeasure)];
  if (hours > config.coercion.urgentApprovalHours) {
    return [
      refusal(
        'urgentApprovalLate',
        `当场实施强制措施后应当在 ${config.coercion.urgentApprovalHours} 小时内向负责人报告并补办批准手续`,
        ART.urgentMeasure,
      ),
    ];
  }
  return [];
}

/** 第31条, 第69条: the 冻结决定书 reaches the party within 3 working days. */
export function freezeNoticeDue(startOn: string, calendar: CaseCalendar, config: CaseConfig): string {
  return addWorkingDays(startOn, config.coercion.freezeDeliveryWorkingDays, calendar);
}
