import { ART } from '../articles';
import { checkFollowUpFinding, correctionDue } from '../rules/correction';
import { checkCertificatesShown, checkRecordSignature } from '../rules/officers';
import { checkAvRecord } from '../rules/records';
import { refusal } from '../refusal';
import { notAfter, notBefore, unique } from './common';
import { recordOfficers } from './investigation';
import type { Guards } from './types';

export const correctionGuards: Pick<Guards, 'orderCorrection' | 'recordFollowUpInspection'> = {
  orderCorrection({ s, p, at, ctx }) {
    const refusals = [
      ...unique(s.corrections.some((c) => c.id === p.orderId), `责令改正 ${p.orderId}`, ART.correction),
      ...notAfter(p.servedOn, at, '送达日期', ART.correction),
      ...notBefore(p.servedOn, s.facts.discoveredOn ?? undefined, '送达日期', '发现违法行为的日期', ART.correction),
      ...(p.period?.unit === 'months' && p.period.value > 120 ? [refusal('correctionPeriodTooLong', '改正期限不宜超过十年', ART.correction)] : []),
    ];
    if (refusals.length) return { refusals };
    return { refusals, derived: { dueOn: correctionDue(p.servedOn, p.period, ctx.calendar) } };
  },
  recordFollowUpInspection({ s, p, actor, at, ctx }) {
    const order = s.corrections.find((c) => c.id === p.orderId);
    if (!order) return { refusals: [refusal('correctionUnknown', `责令改正 ${p.orderId} 不存在`, ART.correction)] };
    if (order.followUp) return { refusals: [refusal('correctionFollowedUp', `责令改正 ${order.number} 已于 ${order.followUp.inspectedOn} 复查`, ART.correction)] };
    const inspectedOn = p.startedAt.slice(0, 10);
    const av = checkAvRecord('onSiteEnforcement', p.avEvidenceId);
    return {
      refusals: [
        ...recordOfficers(s, p.officerIds, actor.userId, ctx),
        ...checkCertificatesShown(p.certificatesShown),
        ...checkRecordSignature(p.signature, p.partyPresent),
        ...notAfter(inspectedOn, at, '复查日期', ART.correction),
        ...checkFollowUpFinding(order, inspectedOn, p.outcome),
      ],
      warnings: av.warnings,
    };
  },
};
