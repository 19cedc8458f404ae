// 共同违法 (glossary `parties`): several parties in one case, each with its own decision.
import { ART } from '../articles';
import type { CaseParty } from '../party';
import { PRIMARY_PARTY_ID } from '../payloads/parties';
import { type CaseRefusal, refusal } from '../refusal';
import type { CaseState, CasePartyState } from '../state';

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

const sameParty = (a: CaseParty, b: CaseParty) => (a.idNumber && b.idNumber ? a.idNumber === b.idNumber : a.name.trim() === b.name.trim());

/** 追加当事人: a new id, a party not already named, and no decision yet (each party is told and heard first, 第44–45条). */
export function checkAddParty(s: CaseState, partyId: string, party: CaseParty): CaseRefusal[] {
  const parties = caseParties(s);
  const out: CaseRefusal[] = [];
  if (parties.some((p) => p.id === partyId)) out.push(refusal('duplicateId', `当事人编号 ${partyId} 已存在`, ART.filing));
  const twin = parties.find((p) => sameParty(p, party));
  if (twin) out.push(refusal('partyAlreadyNamed', `${twin.name}已是本案当事人`, ART.filing));
  if (s.notice) out.push(refusal('partyAfterNotice', '已制作事先告知书的案件不能追加当事人：追加的当事人须同样经告知、陈述申辩', ART.notice));
  return out;
}

/**
 * One decision per party (行政处罚法 第29条 does not bar fining each joint violator; 第57条, 第59条: each
 * decision names its party). In a joint case the decision names which party; no party is decided twice.
 */
export function checkDecisionParty(s: CaseState, partyId: string | undefined): CaseRefusal[] {
  const parties = caseParties(s);
  if (parties.length > 1 && !partyId) {
    return [refusal('decisionPartyMissing', '本案有多名当事人，处理决定应当写明针对哪一名当事人，分别作出', ART.decisionContents)];
  }
  const id = partyId ?? PRIMARY_PARTY_ID;
  if (partyId && !parties.some((p) => p.id === partyId)) return [refusal('partyUnknown', `当事人 ${partyId} 不是本案当事人`, ART.decisionContents)];
  const done = (s.decisions ?? []).some((d) => (d.partyId ?? PRIMARY_PARTY_ID) === id);
  return done ? [refusal('partyAlreadyDecided', `已对当事人 ${decisionParty(s, id)?.name ?? id} 作出处理决定`, ART.oneFine)] : [];
}

/** Parties still without a decision. */
export function undecidedParties(s: CaseState): CasePartyState[] {
  const decided = new Set((s.decisions ?? []).map((d) => d.partyId ?? PRIMARY_PARTY_ID));
  return caseParties(s).filter((p) => !decided.has(p.id));
}
