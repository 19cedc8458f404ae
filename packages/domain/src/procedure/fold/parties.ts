import { isJointCase, jointExecutionStatus, partyDecision } from '../rules/parties';
import type { Reducer, Reducers } from './types';
import type { PartyAction } from '../actions/phases';

export const partyReducers: Pick<Reducers, PartyAction> = {
  addParty(s, a) {
    const p = a.payload;
    s.parties.push({ ...p.party, id: p.partyId, addedOn: a.at, seq: a.seq, jointFacts: p.jointFacts });
  },
};

/** A joint case keeps each decision's service on that decision; the case counts as served once all are. */
export function jointAwareServe(single: Reducer<'serveDecision'>): Reducer<'serveDecision'> {
  return (s, a) => {
    if (!isJointCase(s)) return single(s, a);
    const d = partyDecision(s, a.payload.partyId);
    if (!d) return s.status;
    const service = {
      method: a.payload.method,
      recipient: a.payload.recipient,
      serviceDate: a.derived.serviceDate,
      recordedOn: a.at,
    };
    d.execution = { service, paymentDue: a.derived.paymentDue, payments: d.execution?.payments ?? [] };
    const next = jointExecutionStatus(s);
    // The case-level service (第47条 records, the case file) is the last party's, once every party is served.
    if (next !== s.status) s.service = service;
    return next;
  };
}

export function jointAwarePayment(single: Reducer<'recordPayment'>): Reducer<'recordPayment'> {
  return (s, a) => {
    if (!isJointCase(s) || s.decisions.length < 2) return single(s, a);
    const d = partyDecision(s, a.payload.partyId);
    if (!d?.execution) return s.status;
    const p = a.payload;
    d.execution.payments.push({
      amount: p.amount,
      paidOn: p.paidOn,
      channel: p.channel,
      ...(p.receiptNo ? { receiptNo: p.receiptNo } : {}),
    });
    return jointExecutionStatus(s);
  };
}
