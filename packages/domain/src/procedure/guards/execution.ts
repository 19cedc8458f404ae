import { ART } from '../articles';
import { compareDates } from '../calendar-port';
import { fineTotal } from '../penalty';
import { type CaseRefusal, refusal } from '../refusal';
import { checkCashCollection } from '../rules/cash';
import { amountDue, amountPaid, checkCourtApplication, checkEnforcementTime, paymentStatus } from '../rules/execution';
import { COURT_MATERIALS, COURT_MATERIAL_LABELS } from '../payloads/execution';
import { handlingOfficerIds } from '../duties';
import { checkAvRecord } from '../rules/records';
import { notAfter } from './common';
import type { Guards } from './types';
import type { ExecutionAction } from '../actions/phases';

function outstanding(
  s: Parameters<typeof amountPaid>[0] & { decision: Parameters<typeof amountDue>[0] | null },
): number {
  return s.decision ? amountDue(s.decision) - amountPaid(s) : 0;
}

export const executionGuards: Pick<Guards, ExecutionAction> = {
  recordPayment({ s, p, at }) {
    const out: CaseRefusal[] = [...notAfter(p.paidOn, at, '缴纳日期', ART.payment)];
    if (p.amount <= 0) out.push(refusal('paymentZero', '缴纳金额应当大于零', ART.payment));
    if (p.amount > outstanding(s))
      out.push(refusal('overpayment', `缴纳金额超过尚欠的 ${outstanding(s)} 元`, ART.payment));
    if (p.channel === 'cash')
      out.push(refusal('cashViaCollection', '当场收缴应当通过“当场收缴罚款”登记并出具专用票据', ART.cashReceipt));
    return { refusals: out };
  },
  approveDeferral({ s, p, at }) {
    const out: CaseRefusal[] = [];
    if (outstanding(s) <= 0) out.push(refusal('nothingToDefer', '没有尚未缴纳的罚款', ART.deferral));
    if (compareDates(p.until, at) <= 0)
      out.push(refusal('deferralInPast', '暂缓缴纳期限应当晚于批准日期', ART.deferral));
    return { refusals: out };
  },
  approveInstalments({ s, p, at }) {
    const out: CaseRefusal[] = [];
    const total = p.instalments.reduce((n, i) => n + i.amount, 0);
    const owed = outstanding(s);
    if (owed <= 0) out.push(refusal('nothingToDefer', '没有尚未缴纳的罚款', ART.deferral));
    else if (Math.round(total * 100) !== Math.round(owed * 100)) {
      out.push(refusal('instalmentsDontAddUp', `分期金额合计 ${total} 元，应等于尚欠的 ${owed} 元`, ART.deferral));
    }
    if (p.instalments.some((i) => compareDates(i.due, at) <= 0))
      out.push(refusal('instalmentInPast', '各期期限应当晚于批准日期', ART.deferral));
    return { refusals: out };
  },
  issueDemand({ s, p, at }) {
    const out: CaseRefusal[] = [...notAfter(p.servedOn, at, '催告书送达日期', ART.demand)];
    const st = paymentStatus(s, at);
    if (st.paidInFull) out.push(refusal('nothingToDemand', '当事人已履行完毕，无需催告', ART.demand));
    else if (!st.overdue)
      out.push(refusal('notYetOverdue', `履行期限${st.due ? `（${st.due}）` : ''}尚未届满，不得催告`, ART.demand));
    if (compareDates(p.performBy, p.servedOn) <= 0)
      out.push(refusal('demandNoTime', '催告书应当给予履行期限', ART.demand));
    return { refusals: out };
  },
  applyCourtEnforcement({ s, p, at, ctx }) {
    const missing = COURT_MATERIALS.filter((m) => !p.materials.includes(m));
    return {
      refusals: [
        ...checkCourtApplication(s, at, ctx.calendar, ctx.config),
        ...(missing.length
          ? [
              refusal(
                'courtMaterialsMissing',
                `申请材料缺少：${missing.map((m) => COURT_MATERIAL_LABELS[m]).join('、')}`,
                '行政强制法 第55条',
              ),
            ]
          : []),
        ...(p.signedByHead
          ? []
          : [refusal('applicationUnsigned', '强制执行申请书应当由行政机关负责人签名并加盖印章', '行政强制法 第55条')]),
      ],
    };
  },
  enforceDecision({ s, p, ctx }) {
    const out: CaseRefusal[] = [];
    if (ctx.ownEnforcementPower !== true) {
      out.push(
        refusal('noEnforcementPower', '本机关没有行政强制执行权，应当申请人民法院强制执行', ART.courtApplication),
      );
    }
    if (s.demands.length === 0)
      out.push(refusal('demandMissing', '作出强制执行决定前，应当事先催告当事人履行义务', ART.demand));
    out.push(
      ...checkEnforcementTime(
        {
          date: p.scheduledDate,
          startTime: p.startTime,
          urgent: p.urgent,
          ...(p.urgentReason ? { urgentReason: p.urgentReason } : {}),
        },
        ctx.calendar,
      ),
    );
    const av = checkAvRecord(/拆除/.test(p.method) ? 'demolition' : 'onSiteEnforcement', p.avEvidenceId);
    return { refusals: [...out, ...av.refusals], warnings: av.warnings };
  },
  recordRemedyProceeding({ s, p }) {
    const served = s.service?.serviceDate;
    return {
      refusals: [
        ...(served && compareDates(p.from, served) < 0
          ? [refusal('remedyBeforeService', '复议、诉讼起始日期不能早于决定送达日期', ART.surchargeSuspended)]
          : []),
        ...(p.to && compareDates(p.to, p.from) < 0
          ? [refusal('periodReversed', '终结日期不能早于起始日期', ART.surchargeSuspended)]
          : []),
      ],
    };
  },
  recordDecisionChange({ s, p, at }) {
    const out: CaseRefusal[] = [...notAfter(p.on, at, '变动日期', ART.publication)];
    const decidedOn = s.decision?.decidedOn;
    if (!decidedOn) out.push(refusal('noDecision', '案件尚未作出处罚决定', ART.publication));
    else if (compareDates(p.on, decidedOn) < 0)
      out.push(refusal('changeBeforeDecision', '变动日期不能早于决定日期', ART.publication));
    // A revoked or void decision has nothing left to change.
    if ((s.decisionChanges ?? []).some((c) => c.ground === 'revoked' || c.ground === 'confirmedVoid'))
      out.push(refusal('decisionGone', '该决定已被撤销或确认无效', ART.publication));
    return { refusals: out };
  },
  collectOnTheSpot({ s, p, actor, ctx }) {
    const fine = s.decision?.penalty ? fineTotal(s.decision.penalty) : 0;
    return {
      refusals: [
        ...checkCashCollection(
          {
            amount: p.amount,
            ground: p.ground,
            ...(p.partyRequested !== undefined ? { partyRequested: p.partyRequested } : {}),
            ...(p.receiptNo !== undefined ? { receiptNo: p.receiptNo } : {}),
            onTheSpotDecision: s.decision?.onTheSpot ?? false,
            fine,
          },
          ctx.config,
        ),
        ...(p.amount > outstanding(s)
          ? [refusal('overpayment', `收缴金额超过尚欠的 ${outstanding(s)} 元`, ART.cashCollection)]
          : []),
        ...(handlingOfficerIds(s).includes(actor.userId)
          ? []
          : [refusal('notHandlingOfficer', '只有本案执法人员可以当场收缴', ART.cashCollection)]),
      ],
    };
  },
  recordCashHandling({ s, p }) {
    const out: CaseRefusal[] = [];
    if (s.cash.collections.length === 0) out.push(refusal('noCashCollected', '本案没有当场收缴的罚款', ART.cashHandIn));
    if (p.step === 'deposit' && s.cash.handIns.length === 0)
      out.push(refusal('depositBeforeHandIn', '罚款交至行政机关后方可登记缴付银行', ART.cashHandIn));
    return { refusals: out };
  },
};
