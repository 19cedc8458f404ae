import type { Reducers } from './types';
import type { InvestigationAction } from '../actions/phases';

export const investigationReducers: Pick<Reducers, InvestigationAction> = {
  // Kept for the case file: the letter goes into the main volume (rules/archive.ts).
  requestAssistance(s, a) {
    const p = a.payload;
    (s.assistanceRequests ??= []).push({ letterNumber: p.letterNumber, toAgency: p.toAgency, on: a.at, seq: a.seq });
  },
  recordInterview(s, a) {
    const p = a.payload;
    s.records.push({
      recordId: p.recordId,
      kind: 'interview',
      officerIds: [...p.officerIds],
      startedAt: p.startedAt,
      place: p.place,
      content: `被询问人：${p.interviewee}。${p.summary}`,
      signature: { ...p.signature },
      certificatesShown: p.certificatesShown,
      ...(p.avEvidenceId ? { avEvidenceId: p.avEvidenceId } : {}),
      recordedBy: a.actorId,
      on: a.at,
      seq: a.seq,
    });
  },
  recordSiteInspection(s, a) {
    const p = a.payload;
    s.records.push({
      recordId: p.recordId,
      kind: 'siteInspection',
      officerIds: [...p.officerIds],
      startedAt: p.startedAt,
      place: p.place,
      content: p.findings,
      signature: { ...p.signature },
      certificatesShown: p.certificatesShown,
      ...(p.avEvidenceId ? { avEvidenceId: p.avEvidenceId } : {}),
      recordedBy: a.actorId,
      on: a.at,
      seq: a.seq,
    });
  },
  addEvidence(s, a) {
    const p = a.payload;
    s.evidence.push({
      id: p.evidenceId,
      kind: p.kind,
      title: p.title,
      source: p.source,
      capturedBy: [...p.capturedBy],
      capturedAt: p.capturedAt,
      ...(p.device ? { device: { ...p.device } } : {}),
    });
  },
  markEvidenceIllegal(s, a) {
    const item = s.evidence.find((e) => e.id === a.payload.evidenceId);
    if (item) item.illegal = { markedOn: a.at, reason: a.payload.reason };
  },
  preserveEvidence(s, a) {
    const p = a.payload;
    s.preservations.push({
      id: p.preservationId,
      items: [...p.items],
      officerIds: [...p.officerIds],
      approvedBy: a.actorId,
      preservedOn: a.at,
    });
  },
  handlePreservedEvidence(s, a) {
    const item = s.preservations.find((x) => x.id === a.payload.preservationId);
    if (item) {
      item.handling = a.payload.handling;
      item.handledOn = a.at;
    }
  },
  markSuspectedCrime(s, a) {
    s.flags.suspectedCrime = true;
    s.criminal = { ...s.criminal, reportOn: a.payload.reportOn, officerIds: [...a.payload.officerIds] };
    delete s.criminal.decision;
  },
  referCriminal(s, a) {
    const p = a.payload;
    s.criminal.decision = {
      approved: p.approved,
      on: a.at,
      by: a.actorId,
      ...(p.reason ? { reason: p.reason } : {}),
      ...(p.approved && p.approvedAt ? { approvedAt: p.approvedAt } : {}),
      ...(p.transferredAt ? { transferredAt: p.transferredAt } : {}),
    };
    if (!p.approved) {
      // 移送规定 第5条: a refusal is recorded with reasons and the case continues administratively.
      s.flags.suspectedCrime = false;
      return s.status;
    }
    return 'referredCriminal';
  },
  recordReferralResponse(s, a) {
    s.criminal.responses.push({ response: a.payload.response, on: a.payload.on });
    if (a.payload.response === 'returnedForAdministrative') {
      s.flags.suspectedCrime = false;
      return 'investigating';
    }
  },
  finishInvestigation(s, a) {
    const p = a.payload;
    s.investigation = { finishedOn: a.at, by: a.actorId, proposedOutcome: p.proposedOutcome, report: p.report };
    s.flags = { ...s.flags, ...p.flags };
    if (p.flags.complex || p.flags.majorPublicInterest || p.flags.multipleLegalRelations || p.flags.lawRequiresReview) {
      s.flags.requiresReview = true;
    }
  },
};
