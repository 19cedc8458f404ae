import { coerciveEndDate } from '../rules/coercion';
import type { Reducers } from './types';
import type { CoercionAction } from '../actions/phases';

export const coercionReducers: Pick<Reducers, CoercionAction> = {
  applyCoerciveMeasure(s, a) {
    const p = a.payload;
    s.coerciveMeasures.push({
      id: p.measureId,
      kind: p.kind,
      officerIds: [...p.officerIds],
      startOn: a.at,
      takenAt: p.takenAt,
      urgent: p.urgent,
      approvedBy: p.urgent ? null : a.actorId,
      periodDays: p.decision.periodDays,
      endsOn: a.derived.endsOn,
      extensions: [],
      excluded: [],
      ...(p.freezeNoticeDeliveredOn ? { freezeNoticeDeliveredOn: p.freezeNoticeDeliveredOn } : {}),
      ...(p.avEvidenceId ? { avEvidenceId: p.avEvidenceId } : {}),
    });
  },
  confirmUrgentMeasure(s, a) {
    const m = s.coerciveMeasures.find((x) => x.id === a.payload.measureId);
    if (!m) return;
    const p = a.payload;
    m.urgentApproval = { approved: p.approved, reportedAt: p.reportedAt, approvedAt: p.approvedAt, by: a.actorId };
    if (p.approved) m.approvedBy = a.actorId;
    // 行政强制法 第19条: a measure not approved afterwards is released at once.
    else if (!m.released) m.released = { on: a.at, reason: 'urgentNotApproved' };
  },
  extendCoerciveMeasure(s, a) {
    const m = s.coerciveMeasures.find((x) => x.id === a.payload.measureId);
    if (!m) return;
    m.extensions.push({
      days: a.payload.extensionDays,
      on: a.at,
      by: a.actorId,
      notifiedInWritingOn: a.payload.notifiedInWritingOn,
    });
    m.endsOn = a.derived.endsOn;
  },
  releaseCoerciveMeasure(s, a) {
    const m = s.coerciveMeasures.find((x) => x.id === a.payload.measureId);
    if (m && !m.released) m.released = { on: a.at, reason: a.payload.reason };
  },
  excludePeriod(s, a) {
    const p = a.payload;
    const period = { from: p.from, to: p.to, reason: p.reason };
    if (p.target === 'decisionLimit') {
      s.decisionLimit.excluded.push(period);
      return;
    }
    const m = s.coerciveMeasures.find((x) => x.id === p.measureId);
    if (m) {
      m.excluded.push(period);
      m.endsOn = coerciveEndDate(m);
    }
  },
};
