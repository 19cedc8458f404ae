import { ART } from '../articles';
import { type CaseRefusal, refusal } from '../refusal';
import type { CaseState } from '../state';
import { caseFileYear, checkArchiveNumber } from '../rules/archive';
import { checkEducationRecord } from '../rules/circumstances';
import { amountDue, amountPaid } from '../rules/execution';
import { checkCorrectedClosure } from '../rules/correction';
import { isJointCase, jointPaidInFull } from '../rules/parties';
import { checkClosureRecords } from '../rules/records';
import type { CloseCasePayload } from '../payloads/closure';
import type { Guards } from './types';
import type { ClosureAction } from '../actions/phases';

function checkReasonMatches(s: CaseState, reason: CloseCasePayload['reason']): CaseRefusal[] {
  const paid = s.decision ? amountPaid(s) >= amountDue(s.decision) : false;
  const ok: Record<CloseCasePayload['reason'], boolean> = {
    executed:
      isJointCase(s) && s.decisions.length > 1
        ? s.decisions.some((d) => d.outcome === 'penalty') && jointPaidInFull(s)
        : s.decision?.outcome === 'penalty' && paid,
    noPenalty: s.decision?.outcome === 'noPenalty' && s.service !== null,
    corrected: true,
    transferred: s.status === 'transferred',
    referredCriminal: s.status === 'referredCriminal',
    courtEnforcement: s.courtApplication !== null,
    terminated: s.status === 'courtEnforcement',
  };
  return ok[reason] ? [] : [refusal('closureReasonMismatch', '结案理由与案件办理情况不符', ART.processRecord)];
}

export const closureGuards: Pick<Guards, ClosureAction> = {
  closeCase({ s, p }) {
    const out: CaseRefusal[] = [...checkReasonMatches(s, p.reason)];
    // Closed as corrected, the case has no decision, service or execution to record (第28条).
    if (p.reason === 'corrected') out.push(...checkCorrectedClosure(s));
    else if (p.reason !== 'transferred' && p.reason !== 'referredCriminal') out.push(...checkClosureRecords(s));
    if (s.decision) out.push(...checkEducationRecord(s.decision, s.decision.education ?? p.education));
    const open = s.coerciveMeasures.filter((m) => !m.released);
    if (open.length && p.reason !== 'transferred' && p.reason !== 'referredCriminal') {
      out.push(
        refusal(
          'coerciveMeasureOpen',
          `强制措施 ${open.map((m) => m.id).join('、')} 尚未解除或处理`,
          ART.seizureHandling,
        ),
      );
    }
    const unhandled = s.preservations.filter((x) => !x.handling);
    if (unhandled.length)
      out.push(
        refusal(
          'preservationOpen',
          `先行登记保存 ${unhandled.map((x) => x.id).join('、')} 尚未作出处理决定`,
          ART.preservation,
        ),
      );
    const collected = s.cash.collections.length;
    if (collected > 0 && (s.cash.handIns.length === 0 || s.cash.deposits.length === 0)) {
      out.push(refusal('cashNotBanked', '当场收缴的罚款尚未交至行政机关并缴付银行', ART.cashHandIn));
    }
    return { refusals: out };
  },
  archiveCase({ s, p }) {
    return { refusals: checkArchiveNumber(p.archiveNumber, caseFileYear(s)) };
  },
};
