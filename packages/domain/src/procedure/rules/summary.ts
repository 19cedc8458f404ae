// 简易程序 (第51–52条).
import { ART } from '../articles';
import { type CaseCalendar, addCalendarDays, addWorkingDays } from '../calendar-port';
import type { CaseConfig } from '../config';
import type { DocumentOnPaper } from '../context';
import type { CasePartyKind } from '../party';
import type { DecideOnTheSpotPayload } from '../payloads/summary';
import { PENALTY_PROPOSAL_KIND_LABELS, type PenaltyProposal, fineTotal } from '../penalty';
import { type CaseRefusal, refusal } from '../refusal';
import { CASE_DISCRETION_TIER_LABELS, type PenaltyTier, assessCircumstances, NO_CIRCUMSTANCES } from './circumstances';
import { isOnPaper } from './decision';
import { checkPenaltyBasis } from './discretion';

/** 第51条: only a warning or a fine up to 200 yuan (person) / 3,000 yuan (organisation). */
export function checkSummaryEligibility(
  partyKind: CasePartyKind,
  penalty: PenaltyProposal,
  config: CaseConfig,
): CaseRefusal[] {
  const out: CaseRefusal[] = [];
  const other = penalty.lines.filter((l) => l.kind !== 'warning' && l.kind !== 'fine');
  if (other.length > 0) {
    const names = [...new Set(other.map((l) => PENALTY_PROPOSAL_KIND_LABELS[l.kind]))].join('、');
    out.push(refusal('summaryKindNotAllowed', `简易程序只能给予警告或罚款，${names}须适用普通程序`, ART.summary));
  }
  const max = partyKind === 'person' ? config.summary.personMaxFine : config.summary.organisationMaxFine;
  const fine = fineTotal(penalty);
  if (fine > max) {
    const who = partyKind === 'person' ? '公民' : '法人或者其他组织';
    out.push(
      refusal('summaryFineTooHigh', `对${who}罚款 ${fine} 元超过简易程序上限 ${max} 元，须适用普通程序`, ART.summary),
    );
  }
  if (penalty.lines.some((l) => l.kind === 'fine' && (l.amount === undefined || l.amount <= 0))) {
    out.push(refusal('fineAmountMissing', '罚款必须载明数额', ART.summaryForm));
  }
  return out;
}

/** 第52条第1–2款: the pre-numbered form carries every listed element (the signatures are stated at hand-over). */
export function checkOnTheSpotDecision(
  p: DecideOnTheSpotPayload,
  form?: { allocated: boolean; alreadyUsed: boolean },
): CaseRefusal[] {
  const out: CaseRefusal[] = [];
  if (form && !form.allocated) {
    out.push(
      refusal('formNotAllocated', `决定书编号 ${p.formNumber} 不是本机关预先编号发放的格式文书`, ART.summaryForm),
    );
  }
  if (form?.alreadyUsed) {
    out.push(
      refusal('formNumberUsed', `决定书编号 ${p.formNumber} 已被使用（作废的格式文书也不得重复使用）`, ART.summaryForm),
    );
  }
  const missing: string[] = [];
  if (!p.violation.trim()) missing.push('违法行为');
  if (p.basis.length === 0) missing.push('处罚依据');
  if (!p.place.trim()) missing.push('地点');
  if (!p.remediesText.trim()) missing.push('申请行政复议、提起行政诉讼的途径和期限');
  if (!p.agencyName.trim()) missing.push('行政机关名称');
  if (missing.length > 0) {
    out.push(refusal('onTheSpotContentsMissing', `当场处罚决定书缺少：${missing.join('、')}`, ART.summaryForm));
  }
  if (!p.certificatesShown)
    out.push(refusal('certificatesNotShown', '当场作出处罚决定应当向当事人出示执法证件', ART.summaryForm));
  if (!p.partyHeard) out.push(refusal('partyNotHeard', '作出处罚决定前应当告知当事人并听取陈述、申辩', ART.notice));
  out.push(...checkPenaltyBasis(p.basis));
  return out;
}

/**
 * 第52条第1款: the form handed over is the printed one, signed or stamped by the officers. They
 * state it at hand-over, and the form must have been printed (or its signed copy uploaded) before.
 */
export function checkOnTheSpotOnPaper(
  officersSigned: boolean,
  onPaper: readonly DocumentOnPaper[] | undefined,
): CaseRefusal[] {
  const out: CaseRefusal[] = [];
  if (!isOnPaper(onPaper, 'onTheSpotDecision'))
    out.push(
      refusal(
        'onTheSpotDecisionNotPrinted',
        '当场行政处罚决定书尚未打印：请先打印并由执法人员签名，或上传已签名的决定书',
        ART.summaryForm,
      ),
    );
  if (!officersSigned)
    out.push(refusal('officersNotSigned', '交付的当场处罚决定书须由执法人员签名或者盖章', ART.summaryForm));
  return out;
}

/** 第52条第1款: a refusal to sign for the decision is noted on it. */
export function checkSummaryService(partySigned: boolean, refusalNote: string | undefined): CaseRefusal[] {
  if (partySigned || refusalNote?.trim()) return [];
  return [refusal('summaryRefusalNotNoted', '当事人拒绝签收的，应当在行政处罚决定书上注明', ART.summaryRefusal)];
}

/** 第52条第3款: the 备案 task's due date (sector period, e.g. 住建 3 days). */
export function summaryFilingDue(decidedOn: string, calendar: CaseCalendar, config: CaseConfig): string {
  const { amount, unit } = config.summaryFiling;
  return unit === 'workingDays'
    ? addWorkingDays(decidedOn, amount, calendar)
    : addCalendarDays(decidedOn, amount, calendar);
}

/**
 * 第30条 on the spot too: under 14 no penalty (the guardian is ordered to discipline the child);
 * from 14 to 18 the penalty must be 从轻 or 减轻, so the form states the tier. `age` is in full
 * years at the act (`ageOn`: reached the day after the birthday), null when unknown. A tier given
 * for an adult is accepted as stated.
 */
export function checkMinorOnTheSpot(age: number | null, tier: PenaltyTier | undefined): CaseRefusal[] {
  if (age === null || age >= 18) return [];
  if (age < 14)
    return [
      refusal('noPenaltyRequired', '不满十四周岁的未成年人有违法行为的，不予行政处罚，责令监护人加以管教', ART.minors),
    ];
  const allowed = assessCircumstances(NO_CIRCUMSTANCES, age).allowedTiers;
  if (tier && allowed.includes(tier)) return [];
  return [
    refusal(
      'tierNotAllowed',
      `当事人违法时已满十四周岁不满十八周岁（${age} 周岁），应当从轻或者减轻行政处罚${tier ? `，不得适用“${CASE_DISCRETION_TIER_LABELS[tier]}”` : '，请载明裁量阶次（从轻或减轻）'}`,
      ART.minors,
    ),
  ];
}
