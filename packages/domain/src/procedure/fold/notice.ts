import type { Reducers } from './types';
import type { NoticeAction } from '../actions/phases';

export const noticeReducers: Pick<Reducers, NoticeAction> = {
  issueNotice(s, a) {
    const p = a.payload;
    s.notice = {
      number: p.noticeNumber,
      issuedOn: a.at,
      issuedBy: a.actorId,
      intendedPenalty: p.intendedPenalty,
      facts: p.facts,
      reasons: p.reasons,
      basis: p.basis.map((b) => ({ ...b })),
      rights: { ...p.rights },
      service: null,
      representationDue: null,
      hearingRequestDue: null,
    };
    s.intendedPenalty = p.intendedPenalty;
    // A new notice restarts the representation stage.
    s.statements = [];
    s.answers = [];
    s.waiver = null;
    s.hearing = null;
  },
  recordNoticeService(s, a) {
    if (!s.notice) return;
    s.notice.service = {
      method: a.payload.method,
      recipient: a.payload.recipient,
      serviceDate: a.derived.serviceDate,
      recordedOn: a.at,
    };
    s.notice.representationDue = a.derived.representationDue;
    s.notice.hearingRequestDue = a.derived.hearingRequestDue;
  },
  recordStatement(s, a) {
    s.statements.push({ receivedOn: a.payload.receivedOn, form: a.payload.form, seq: a.seq });
  },
  answerStatement(s, a) {
    const p = a.payload;
    s.answers.push({
      on: a.at,
      by: a.actorId,
      adopted: p.adopted,
      ...(p.revisedPenalty ? { revisedPenalty: p.revisedPenalty } : {}),
      seq: a.seq,
    });
    if (p.revisedPenalty) s.intendedPenalty = p.revisedPenalty;
  },
  waiveRights(s, a) {
    const rights = [...new Set([...(s.waiver?.rights ?? []), ...a.payload.rights])];
    s.waiver = { rights, signedOn: a.payload.signedOn };
    if (
      a.payload.rights.includes('hearing') &&
      s.hearing &&
      (s.hearing.status === 'requested' || s.hearing.status === 'scheduled')
    ) {
      s.hearing.status = 'rightWaived';
      return 'noticeServed';
    }
  },
  requestHearing(s, a) {
    const late = a.derived.late;
    s.hearing = { status: late ? 'lateRequest' : 'requested', requestedOn: a.payload.requestedOn, late };
    return late ? s.status : 'hearingRequested';
  },
  scheduleHearing(s, a) {
    if (!s.hearing) return;
    const p = a.payload;
    s.hearing.status = 'scheduled';
    s.hearing.schedule = {
      hearingDate: p.hearingDate,
      noticeDate: p.noticeDate,
      place: p.place,
      presiderId: p.presiderId,
      public: p.public,
      agents: p.agents.map((x) => ({ ...x })),
    };
  },
  recordHearing(s, a) {
    if (!s.hearing) return;
    const p = a.payload;
    const waived = p.attendance !== 'attended';
    s.hearing.status = waived ? 'rightWaived' : 'held';
    s.hearing.held = {
      heldOn: p.heldOn,
      attendance: p.attendance,
      transcriptSigned: p.transcript?.signedByParty ?? false,
      ...(p.transcript?.presiderRefusalNote ? { presiderRefusalNote: p.transcript.presiderRefusalNote } : {}),
      ...(p.report ? { report: p.report } : {}),
      seq: a.seq,
    };
    if (waived) return 'noticeServed';
    // 第58条(二): a case that went through a hearing goes to legal review.
    s.flags.requiresReview = true;
    return 'hearingHeld';
  },
};
