import { amountDue, amountPaid } from '../rules/execution';
import type { CaseState } from '../state';
import type { Reducers } from './types';
import type { ExecutionAction } from '../actions/phases';

const inSummary = (s: CaseState): boolean =>
  s.status === 'summaryDecided' || s.status === 'summaryServed' || s.status === 'summaryFiled';

export const executionReducers: Pick<Reducers, ExecutionAction> = {
  recordPayment(s, a) {
    const p = a.payload;
    s.payments.push({
      amount: p.amount,
      surchargeAmount: p.surchargeAmount ?? 0,
      paidOn: p.paidOn,
      channel: p.channel,
      ...(p.receiptNo ? { receiptNo: p.receiptNo } : {}),
    });
    if (inSummary(s)) return s.status;
    return s.decision && amountPaid(s) >= amountDue(s.decision) ? 'executed' : 'executing';
  },
  approveDeferral(s, a) {
    s.deferral = { until: a.payload.until, on: a.at, by: a.actorId };
    if (inSummary(s)) return s.status;
  },
  approveInstalments(s, a) {
    s.instalments = a.payload.instalments.map((i) => ({ ...i }));
    if (inSummary(s)) return s.status;
  },
  issueDemand(s, a) {
    const p = a.payload;
    s.demands.push({ issuedOn: a.at, servedOn: p.servedOn, performBy: p.performBy, amount: p.amount });
  },
  applyCourtEnforcement(s, a) {
    s.courtApplication = { on: a.at, court: a.payload.court, by: a.actorId };
  },
  enforceDecision(s, a) {
    const p = a.payload;
    s.enforcements.push({
      on: a.at,
      scheduledDate: p.scheduledDate,
      startTime: p.startTime,
      urgent: p.urgent,
      method: p.method,
    });
  },
  recordRemedyProceeding(s, a) {
    const p = a.payload;
    const open = s.remedyProceedings.find((r) => r.kind === p.kind && r.from === p.from);
    if (open) {
      if (p.to) open.to = p.to;
      return;
    }
    s.remedyProceedings.push({ kind: p.kind, from: p.from, ...(p.to ? { to: p.to } : {}) });
  },
  recordDecisionChange(s, a) {
    const p = a.payload;
    (s.decisionChanges ??= []).push({ ground: p.ground, by: p.by, on: p.on, reference: p.reference, seq: a.seq });
  },
  collectOnTheSpot(s, a) {
    const p = a.payload;
    s.cash.collections.push({
      amount: p.amount,
      ground: p.ground,
      collectedOn: p.collectedAt.slice(0, 10),
      onWater: p.onWater,
      ...(p.landedOn ? { landedOn: p.landedOn } : {}),
      receiptNo: p.receiptNo ?? '',
    });
    s.payments.push({
      amount: p.amount,
      surchargeAmount: 0,
      paidOn: p.collectedAt.slice(0, 10),
      channel: 'cash',
      receiptNo: p.receiptNo ?? '',
    });
    if (!inSummary(s) && s.decision && amountPaid(s) >= amountDue(s.decision)) return 'executed';
  },
  recordCashHandling(s, a) {
    if (a.payload.step === 'handIn') s.cash.handIns.push(a.payload.on);
    else s.cash.deposits.push(a.payload.on);
  },
};
