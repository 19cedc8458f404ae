import type { Reducers } from './types';
import type { CorrectionAction } from '../actions/phases';

export const correctionReducers: Pick<Reducers, CorrectionAction> = {
  orderCorrection(s, a) {
    const p = a.payload;
    s.correctionOrders.push({
      id: p.orderId,
      number: p.orderNumber,
      basis: p.basis.map((b) => ({ ...b })),
      requirement: p.requirement,
      period: p.period ? { ...p.period } : null,
      penaltyOnlyIfUncorrected: p.penaltyOnlyIfUncorrected,
      issuedOn: a.at,
      issuedBy: a.actorId,
      servedOn: p.servedOn,
      dueOn: a.derived.dueOn,
      seq: a.seq,
    });
  },
  recordFollowUpInspection(s, a) {
    const p = a.payload;
    const order = s.correctionOrders.find((c) => c.id === p.orderId);
    if (!order) return;
    order.followUp = {
      recordId: p.recordId,
      inspectedOn: p.startedAt.slice(0, 10),
      officerIds: [...p.officerIds],
      findings: p.findings,
      outcome: p.outcome,
      recordedOn: a.at,
      seq: a.seq,
    };
  },
};
