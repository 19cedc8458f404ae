// 共同违法 (glossary `parties`): several parties in one case, each with its own decision.
import { ART } from '../articles';
import { amountDue } from './execution';
import type { CaseParty } from '../party';
import { PRIMARY_PARTY_ID } from '../payloads/parties';
import { type CaseRefusal, refusal } from '../refusal';
import type { CaseState, CasePartyState, DecisionState } from '../state';
import type { CaseStatus } from '../status';

/** The case's parties; a case folded before parties were listed names its filed party as P1. */
export function caseParties(s: CaseState): CasePartyState[] {
  if (s.parties?.length) return s.parties;
  return s.party ? [{ ...s.party, id: PRIMARY_PARTY_ID, addedOn: s.createdAt, seq: 0 }] : [];
}

export const isJointCase = (s: CaseState): boolean => caseParties(s).length > 1;

/** The party a decision concerns: the one named, or the only one. */
export function decisionParty(s: CaseState, partyId: string | undefined): CaseParty | null {
  const parties = caseParties(s);
  return (partyId ? parties.find((p) => p.id === partyId) : parties[0]) ?? null;
}

const sameParty = (a: CaseParty, b: CaseParty) =>
  a.idNumber && b.idNumber ? a.idNumber === b.idNumber : a.name.trim() === b.name.trim();

/** 追加当事人: a new id, a party not already named, and no decision yet (each party is told and heard first, 第44–45条). */
export function checkAddParty(s: CaseState, partyId: string, party: CaseParty): CaseRefusal[] {
  const parties = caseParties(s);
  const out: CaseRefusal[] = [];
  if (parties.some((p) => p.id === partyId))
    out.push(refusal('duplicateId', `当事人编号 ${partyId} 已存在`, ART.filing));
  const twin = parties.find((p) => sameParty(p, party));
  if (twin) out.push(refusal('partyAlreadyNamed', `${twin.name}已是本案当事人`, ART.filing));
  if (s.notice)
    out.push(
      refusal(
        'partyAfterNotice',
        '已制作事先告知书的案件不能追加当事人：追加的当事人须同样经告知、陈述申辩',
        ART.notice,
      ),
    );
  return out;
}

/**
 * One decision per party (行政处罚法 第29条 does not bar fining each joint violator; 第57条, 第59条: each
 * decision names its party). In a joint case the decision names which party; no party is decided twice.
 */
export function checkDecisionParty(s: CaseState, partyId: string | undefined): CaseRefusal[] {
  const parties = caseParties(s);
  if (parties.length > 1 && !partyId) {
    return [
      refusal(
        'decisionPartyMissing',
        '本案有多名当事人，处理决定应当写明针对哪一名当事人，分别作出',
        ART.decisionContents,
      ),
    ];
  }
  const id = partyId ?? PRIMARY_PARTY_ID;
  if (partyId && !parties.some((p) => p.id === partyId))
    return [refusal('partyUnknown', `当事人 ${partyId} 不是本案当事人`, ART.decisionContents)];
  const done = (s.decisions ?? []).some((d) => (d.partyId ?? PRIMARY_PARTY_ID) === id);
  return done
    ? [refusal('partyAlreadyDecided', `已对当事人 ${decisionParty(s, id)?.name ?? id} 作出处理决定`, ART.oneFine)]
    : [];
}

/** Parties still without a decision. */
export function undecidedParties(s: CaseState): CasePartyState[] {
  const decided = new Set((s.decisions ?? []).map((d) => d.partyId ?? PRIMARY_PARTY_ID));
  return caseParties(s).filter((p) => !decided.has(p.id));
}

// Service and payment party by party (行政处罚法 第61条, 第67条): in a case that decided several
// parties, each decision is served on its own party, starts its own 15 days, and is paid on its own.
// Deferral, instalments, demands and court enforcement are still kept once per case and are not
// offered for such a case (the preconditions say so) until they too are kept per party.

const PAID = (d: DecisionState) => (d.execution?.payments ?? []).reduce((n, p) => n + p.amount, 0);
export const jointOutstanding = (d: DecisionState): number => amountDue(d) - PAID(d);

export function partyDecision(s: CaseState, partyId: string | undefined): DecisionState | null {
  return (partyId ? s.decisions.find((d) => (d.partyId ?? PRIMARY_PARTY_ID) === partyId) : null) ?? null;
}

export function checkJointService(s: CaseState, partyId: string | undefined): CaseRefusal[] {
  if (!partyId)
    return [
      refusal(
        'servicePartyMissing',
        '本案对多名当事人分别作出了决定，应当写明送达的是哪一名当事人的决定书',
        ART.service,
      ),
    ];
  const d = partyDecision(s, partyId);
  if (!d) return [refusal('partyUnknown', `当事人 ${partyId} 没有处理决定`, ART.service)];
  if (d.execution?.service)
    return [
      refusal('alreadyServed', `当事人 ${partyId} 的决定书已于 ${d.execution.service.serviceDate} 送达`, ART.service),
    ];
  return [];
}

export function checkJointPayment(s: CaseState, partyId: string | undefined, amount: number): CaseRefusal[] {
  if (!partyId)
    return [refusal('paymentPartyMissing', '本案有多名当事人，应当写明缴纳的是哪一名当事人的罚款', ART.payment)];
  const d = partyDecision(s, partyId);
  if (!d?.execution?.service) return [refusal('notServed', `当事人 ${partyId} 的决定书尚未送达`, ART.payment)];
  const owed = jointOutstanding(d);
  return amount > owed ? [refusal('overpayment', `缴纳金额超过该当事人尚欠的 ${owed} 元`, ART.payment)] : [];
}

/** The case's status from its parties': served once every decision is, executed once every fine is paid. */
export function jointExecutionStatus(s: CaseState): CaseStatus {
  if (s.decisions.some((d) => !d.execution?.service)) return s.status;
  if (s.decisions.every((d) => jointOutstanding(d) <= 0)) return 'executed';
  return s.decisions.some((d) => (d.execution?.payments.length ?? 0) > 0) ? 'executing' : 'served';
}

export const jointPaidInFull = (s: CaseState): boolean =>
  s.decisions.length > 0 && s.decisions.every((d) => jointOutstanding(d) <= 0);

/** Each party's 15 days to pay (party-facing), and the service of every decision but the first (the case's own entry covers that one). */
export function jointDeadlines(
  s: CaseState,
): { key: string; label: string; due: string | null; article: string; met: boolean; partyFacing: boolean }[] {
  if (!isJointCase(s)) return [];
  const out: { key: string; label: string; due: string | null; article: string; met: boolean; partyFacing: boolean }[] =
    [];
  for (const d of s.decisions) {
    const id = d.partyId ?? PRIMARY_PARTY_ID;
    const name = decisionParty(s, id)?.name ?? id;
    const due = d.execution?.paymentDue ?? null;
    if (due)
      out.push({
        key: `payment:${id}`,
        label: `${name}缴纳罚款期限（收到决定书之日起十五日）`,
        due,
        article: ART.payment,
        met: jointOutstanding(d) <= 0,
        partyFacing: true,
      });
  }
  return out;
}
