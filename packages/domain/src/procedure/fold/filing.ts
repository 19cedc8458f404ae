import { PRIMARY_PARTY_ID } from '../payloads/parties';
import type { Reducers } from './types';
import type { FilingAction } from '../actions/phases';

export const filingReducers: Pick<Reducers, FilingAction> = {
  fileCase(s, a) {
    const p = a.payload;
    s.party = { ...p.party };
    s.parties = [{ ...p.party, id: PRIMARY_PARTY_ID, addedOn: a.at, seq: a.seq }];
    s.items = p.items.map((i) => ({ ...i }));
    s.facts = {
      source: p.source,
      summary: p.facts,
      violationDate: p.violationDate,
      actEndedOn: p.actEndedOn ?? null,
      discoveredOn: p.discoveredOn,
      lifeOrFinancialSafetyHarm: p.lifeOrFinancialSafetyHarm ?? false,
    };
    s.officerIds = [...p.officerIds];
    s.filing = { requestedOn: a.at, requestedBy: a.actorId };
    s.limitation = { expiresOn: a.derived.limitationExpiresOn, expired: a.derived.limitationExpired };
    s.flags.limitationExpired = a.derived.limitationExpired;
  },
  approveFiling(s, a) {
    if (s.filing) s.filing = { ...s.filing, approvedOn: a.at, approvedBy: a.actorId };
  },
  refuseFiling(s, a) {
    if (s.filing) s.filing = { ...s.filing, refusedOn: a.at, refusalReason: a.payload.reason };
  },
  assignOfficers(s, a) {
    const leaving = s.officerIds.filter((id) => !a.payload.officerIds.includes(id));
    s.formerOfficerIds = [...new Set([...s.formerOfficerIds, ...leaving])];
    s.officerIds = [...a.payload.officerIds];
  },
  requestRecusal(s, a) {
    const p = a.payload;
    s.recusals.push({ officerId: p.officerId, applicant: p.applicant, reason: p.reason, receivedOn: p.receivedOn });
  },
  decideRecusal(s, a) {
    const p = a.payload;
    const pending = s.recusals.find((r) => r.officerId === p.officerId && !r.decision);
    if (pending) pending.decision = { granted: p.granted, by: a.actorId, on: a.at, reason: p.reason };
    if (p.granted) {
      s.recusedOfficerIds = [...new Set([...s.recusedOfficerIds, p.officerId])];
      if (s.officerIds.includes(p.officerId)) {
        s.officerIds = s.officerIds.filter((id) => id !== p.officerId);
        s.formerOfficerIds = [...new Set([...s.formerOfficerIds, p.officerId])];
      }
    }
  },
  transferCase(s, a) {
    s.transfer = { toAgency: a.payload.toAgency, on: a.at, by: a.actorId };
  },
  requestJurisdictionRuling(s, a) {
    const p = a.payload;
    s.jurisdiction.dispute = {
      otherAgency: p.otherAgency,
      superior: p.superior,
      negotiationFailedOn: p.negotiationFailedOn,
      ...(p.otherFiledOn ? { otherFiledOn: p.otherFiledOn } : {}),
    };
  },
  recordJurisdictionRuling(s, a) {
    const p = a.payload;
    s.jurisdiction.ruling = { designated: p.designated, rulingBody: p.rulingBody, ruledOn: p.ruledOn };
    if (p.designated === 'other') {
      s.transfer = { toAgency: p.otherAgency ?? s.jurisdiction.dispute?.otherAgency ?? '', on: a.at, by: a.actorId };
      return 'transferred';
    }
    return 'investigating';
  },
};
