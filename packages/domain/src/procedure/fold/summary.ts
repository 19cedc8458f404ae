import { PRIMARY_PARTY_ID } from '../payloads/parties';
import type { Reducers } from './types';
import type { ClosureAction, SummaryAction } from '../actions/phases';

export const summaryAndClosureReducers: Pick<Reducers, SummaryAction | ClosureAction> = {
  decideOnTheSpot(s, a) {
    const p = a.payload;
    const date = p.occurredAt.slice(0, 10);
    s.party = { ...p.party };
    s.parties = [{ ...p.party, id: PRIMARY_PARTY_ID, addedOn: a.at, seq: a.seq }];
    s.items = p.items.map((i) => ({ ...i }));
    s.facts = {
      source: '现场发现',
      summary: p.violation,
      violationDate: date,
      actEndedOn: null,
      discoveredOn: p.discoveredOn,
      lifeOrFinancialSafetyHarm: false,
    };
    s.officerIds = [...p.officerIds];
    s.summary = {
      formNumber: p.formNumber,
      decidedOn: a.at,
      officerIds: [...p.officerIds],
      remediesText: p.remediesText,
      reconsiderationFirst: a.derived.reconsiderationFirst,
    };
    s.decision = {
      outcome: 'penalty',
      number: p.formNumber,
      penalty: p.penalty,
      noPenaltyGround: null,
      education: null,
      basis: p.basis.map((b) => ({ ...b })),
      evidenceIds: [...(p.evidenceIds ?? [])],
      decidedOn: a.at,
      decidedBy: a.actorId,
      onTheSpot: true,
      handedOverOnSpot: true,
      requiresReview: false,
      hearingRight: false,
      seq: a.seq,
      document: null,
    };
    s.decisions.push(s.decision);
  },
  recordSummaryService(s, a) {
    const p = a.payload;
    if (s.summary) {
      s.summary.service = {
        handedOverOn: p.handedOverOn,
        partySigned: p.partySigned,
        ...(p.refusalNote ? { refusalNote: p.refusalNote } : {}),
      };
    }
    s.service = { method: 'direct', recipient: s.party?.name ?? '', serviceDate: p.handedOverOn, recordedOn: a.at };
    s.paymentDue = a.derived.paymentDue;
  },
  fileSummaryRecord(s, a) {
    if (s.summary) {
      s.summary.filedOn = a.at;
      s.summary.filedWith = a.payload.filedWith;
    }
  },
  closeCase(s, a) {
    const p = a.payload;
    s.closure = {
      on: a.at,
      by: a.actorId,
      reason: p.reason,
      report: p.report,
      ...(p.education ? { education: p.education } : {}),
    };
  },
  archiveCase(s, a) {
    s.archive = { on: a.at, by: a.actorId, archiveNumber: a.payload.archiveNumber, retention: a.payload.retention };
  },
};
