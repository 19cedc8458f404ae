import { ART } from '../articles';
import { compareDates } from '../calendar-port';
import { refusal } from '../refusal';
import { amountDue, paymentDeadline } from '../rules/execution';
import { checkAddParty, checkJointPayment, checkJointService, isJointCase, partyDecision } from '../rules/parties';
import { checkService, serviceDate } from '../rules/service';
import type { Guard, Guards } from './types';
import { notAfter } from './common';
import type { PartyAction } from '../actions/phases';

export const partyGuards: Pick<Guards, PartyAction> = {
  addParty({ s, p }) {
    return { refusals: checkAddParty(s, p.partyId, p.party) };
  },
};

/** 第61条: in a case that decided several parties, each decision is served on its party, starting its own period. */
export function jointAwareServeDecision(single: Guard<'serveDecision'>): Guard<'serveDecision'> {
  return (g) => {
    const { s, p, at, ctx } = g;
    if (!isJointCase(s)) return single(g);
    const party = checkJointService(s, p.partyId);
    if (party.length) return { refusals: party };
    const refusals = checkService(p, ctx.config);
    const date = serviceDate(p, ctx.config);
    if (!date || refusals.length) return { refusals };
    const d = partyDecision(s, p.partyId)!;
    const out = [
      ...notAfter(p.method === 'publicNotice' ? p.publishedOn : date, at, '送达日期', ART.service),
      ...(compareDates(date, d.decidedOn) < 0
        ? [refusal('serviceBeforeDecision', '送达日期不能早于决定日期', ART.service)]
        : []),
    ];
    const due = amountDue(d) > 0 ? paymentDeadline(date, ctx.calendar, ctx.config) : null;
    return { refusals: out, derived: { serviceDate: date, paymentDue: due } };
  };
}

/** 第67条: a joint case's fines are paid party by party, each up to what that party owes. */
export function jointAwareRecordPayment(single: Guard<'recordPayment'>): Guard<'recordPayment'> {
  return (g) => {
    const { s, p, at } = g;
    if (!isJointCase(s) || s.decisions.length < 2) return single(g);
    const out = [...notAfter(p.paidOn, at, '缴纳日期', ART.payment), ...checkJointPayment(s, p.partyId, p.amount)];
    if (p.amount <= 0) out.push(refusal('paymentZero', '缴纳金额应当大于零', ART.payment));
    if (p.channel === 'cash')
      out.push(refusal('cashViaCollection', '当场收缴应当通过“当场收缴罚款”登记并出具专用票据', ART.cashReceipt));
    return { refusals: out };
  };
}
