import { ART } from '../articles';
import { compareDates } from '../calendar-port';
import { type CaseRefusal, refusal } from '../refusal';
import { caseRoles, investigatorIds } from '../duties';
import { SEPARATION_OF_DUTIES } from '../articles';
import {
  checkCoerciveExtension,
  checkExcludedPeriodNotified,
  checkSeizureDecision,
  checkUrgentApproval,
  coerciveEndDate,
  freezeNoticeDue,
} from '../rules/coercion';
import { checkNotRecused, checkRecordSignature, checkTwoQualifiedOfficers } from '../rules/officers';
import { checkAvRecord } from '../rules/records';
import { checkExercisable, unique } from './common';
import type { Guards } from './types';
import type { CoercionAction } from '../actions/phases';

export const coercionGuards: Pick<Guards, CoercionAction> = {
  applyCoerciveMeasure({ s, p, actor, at, ctx }) {
    const out: CaseRefusal[] = [
      ...checkExercisable(ctx),
      ...checkTwoQualifiedOfficers(p.officerIds, ctx.officers, ART.coerciveProcedure),
      ...checkNotRecused(p.officerIds, s.recusedOfficerIds),
      ...checkSeizureDecision(p, ctx.config),
      ...checkRecordSignature(p.onSiteRecord),
      ...unique(
        s.coerciveMeasures.some((m) => m.id === p.measureId),
        `强制措施 ${p.measureId}`,
        ART.coerciveProcedure,
      ),
    ];
    // 行政强制法 第18条(一): approval beforehand by the head; 第19条: officers on site only when urgent.
    if (p.urgent) {
      if (!caseRoles(actor.roles).includes('officer') || !p.officerIds.includes(actor.userId)) {
        out.push(refusal('urgentNotByOfficer', '情况紧急当场实施的，应由在场实施的执法人员登记', ART.urgentMeasure));
      }
    } else if (!actor.roles.includes('agencyHead')) {
      out.push(
        refusal('measureNotApproved', '实施行政强制措施前须向行政机关负责人报告并经批准', ART.coerciveProcedure),
      );
    } else if (investigatorIds(s).includes(actor.userId) || p.officerIds.includes(actor.userId)) {
      out.push(refusal('investigatorApproving', '本案调查人员不得以负责人身份批准强制措施', SEPARATION_OF_DUTIES));
    }
    const av = checkAvRecord(p.kind === 'freeze' ? 'onSiteEnforcement' : 'seizure', p.avEvidenceId);
    out.push(...av.refusals);
    const warnings = [...(av.warnings ?? [])];
    if (p.kind === 'freeze' && p.freezeNoticeDeliveredOn) {
      const due = freezeNoticeDue(at, ctx.calendar, ctx.config);
      if (compareDates(p.freezeNoticeDeliveredOn, due) > 0) {
        warnings.push(refusal('freezeNoticeLate', `冻结决定书应当在 ${due} 前交付当事人`, ART.freeze));
      }
    }
    const endsOn = coerciveEndDate({ startOn: at, periodDays: p.decision.periodDays, extensions: [], excluded: [] });
    return { refusals: out, warnings, derived: { endsOn } };
  },
  confirmUrgentMeasure({ s, p, ctx }) {
    const m = s.coerciveMeasures.find((x) => x.id === p.measureId);
    if (!m) return { refusals: [refusal('measureUnknown', `强制措施 ${p.measureId} 不存在`, ART.urgentMeasure)] };
    const out: CaseRefusal[] = [];
    if (!m.urgent) out.push(refusal('measureNotUrgent', '该强制措施已事先批准，无需补办', ART.urgentMeasure));
    if (m.urgentApproval) out.push(refusal('urgentAlreadyConfirmed', '该强制措施已补办审批', ART.urgentMeasure));
    if (p.approved) out.push(...checkUrgentApproval(m.takenAt, p.approvedAt, ctx.config));
    return { refusals: out };
  },
  extendCoerciveMeasure({ s, p, ctx }) {
    const m = s.coerciveMeasures.find((x) => x.id === p.measureId);
    if (!m) return { refusals: [refusal('measureUnknown', `强制措施 ${p.measureId} 不存在`, ART.seizureDuration)] };
    const refusals = checkCoerciveExtension(m, p.extensionDays, ctx.config);
    const endsOn = coerciveEndDate({
      ...m,
      extensions: [
        ...m.extensions,
        { days: p.extensionDays, on: '', by: '', notifiedInWritingOn: p.notifiedInWritingOn },
      ],
    });
    return { refusals, derived: { endsOn } };
  },
  releaseCoerciveMeasure({ s, p }) {
    const m = s.coerciveMeasures.find((x) => x.id === p.measureId);
    if (!m) return { refusals: [refusal('measureUnknown', `强制措施 ${p.measureId} 不存在`, ART.seizureHandling)] };
    return { refusals: m.released ? [refusal('measureReleased', '该强制措施已经解除', ART.seizureHandling)] : [] };
  },
  excludePeriod({ s, p }) {
    const out: CaseRefusal[] = [];
    if (compareDates(p.from, p.to) > 0)
      out.push(refusal('periodReversed', '起始日期不能晚于终止日期', ART.decisionLimit));
    if (p.target === 'coerciveMeasure') {
      const m = s.coerciveMeasures.find((x) => x.id === p.measureId);
      if (!m) out.push(refusal('measureUnknown', `强制措施 ${p.measureId ?? ''} 不存在`, ART.seizureDuration));
      if (!['testing', 'inspection', 'quarantine', 'appraisal'].includes(p.reason)) {
        out.push(
          refusal(
            'exclusionReasonInvalid',
            '强制措施期限只扣除检测、检验、检疫或者技术鉴定的期间',
            ART.seizureDuration,
          ),
        );
      }
      out.push(...checkExcludedPeriodNotified(p.notifiedInWritingOn));
    }
    return { refusals: out };
  },
};
