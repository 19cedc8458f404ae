import { undecidedParties } from '../rules/parties';
import type { DecisionState } from '../state';
import { amountDue } from '../rules/execution';
import type { Reducers } from './types';
import type { DecisionAction, ReviewAction } from '../actions/phases';

export const decisionReducers: Pick<Reducers, ReviewAction | DecisionAction> = {
  submitForReview(s, a) {
    s.reviews.push({ submittedOn: a.at, submittedBy: a.actorId, triggers: [...a.payload.triggers] });
  },
  recordReview(s, a) {
    const open = s.reviews.find((r) => !r.result);
    if (!open) return;
    const p = a.payload;
    open.result = {
      outcome: p.outcome,
      on: a.at,
      by: a.actorId,
      opinion: p.opinion,
      checklist: { ...p.checklist },
      seq: a.seq,
    };
    return p.outcome === 'pass' ? 'reviewPassed' : 'investigating';
  },
  recordDeliberation(s, a) {
    const p = a.payload;
    s.deliberations.push({
      heldOn: p.heldOn,
      by: a.actorId,
      participantIds: [...p.participantIds],
      conclusion: p.conclusion,
      ...(p.proposedPenalty ? { proposedPenalty: p.proposedPenalty } : {}),
      seq: a.seq,
    });
  },
  extendDeadline(s, a) {
    s.decisionLimit.extensions.push({ days: a.payload.days, approval: a.payload.approval, on: a.at, by: a.actorId });
  },
  decide(s, a) {
    const p = a.payload;
    const decision: DecisionState = {
      ...(p.partyId ? { partyId: p.partyId } : {}),
      outcome: p.outcome,
      number: p.decisionNumber,
      penalty: p.outcome === 'penalty' ? (p.penalty ?? null) : null,
      noPenaltyGround: p.outcome === 'noPenalty' ? (p.noPenaltyGround ?? null) : null,
      education: p.education ?? null,
      basis: p.basis.map((b) => ({ ...b })),
      evidenceIds: [...p.evidenceIds],
      decidedOn: a.at,
      decidedBy: a.actorId,
      onTheSpot: false,
      handedOverOnSpot: p.handedOverOnSpot,
      requiresReview: a.derived.requiresReview,
      hearingRight: a.derived.hearingRight,
      seq: a.seq,
      document: p,
    };
    s.decisions.push(decision);
    s.decision ??= decision;
    const uncorrected = (p.uncorrectedOrderIds ?? []).flatMap((id) => {
      const c = s.correctionOrders.find((x) => x.id === id);
      return c?.followUp
        ? [{ orderId: c.id, number: c.number, dueOn: c.dueOn, inspectedOn: c.followUp.inspectedOn }]
        : [];
    });
    if (uncorrected.length) decision.uncorrectedOrders = uncorrected;
    // 共同违法: the case moves on once every party has its decision; a penalty for any makes it 'decided'.
    if (undecidedParties(s).length > 0) return s.status;
    return s.decisions.some((d) => d.outcome === 'penalty') ? 'decided' : 'noPenaltyDecided';
  },
  serveDecision(s, a) {
    s.service = {
      method: a.payload.method,
      recipient: a.payload.recipient,
      serviceDate: a.derived.serviceDate,
      recordedOn: a.at,
    };
    s.paymentDue = a.derived.paymentDue;
    if (s.decision?.outcome === 'penalty' && amountDue(s.decision) === 0) return 'executed';
    return 'served';
  },
};
