import { ART } from '../articles';
import { compareDates } from '../calendar-port';
import { checkFollowUpFinding, correctionDue } from '../rules/correction';
import { decisionLimitDue } from '../rules/decision';
import { checkCertificatesShown, checkRecordSignature } from '../rules/officers';
import { checkAvRecord } from '../rules/records';
import { refusal } from '../refusal';
import { notAfter, notBefore, unique } from './common';
import { recordOfficers } from './investigation';
import type { Guards } from './types';
import type { CorrectionAction } from '../actions/phases';

export const correctionGuards: Pick<Guards, CorrectionAction> = {
  orderCorrection({ s, p, at, ctx }) {
    const refusals = [
      ...unique(
        s.correctionOrders.some((c) => c.id === p.orderId),
        `责令改正 ${p.orderId}`,
        ART.correction,
      ),
      ...notAfter(p.servedOn, at, '送达日期', ART.correction),
      ...notBefore(p.servedOn, s.facts.discoveredOn ?? undefined, '送达日期', '发现违法行为的日期', ART.correction),
      ...(p.period?.unit === 'months' && p.period.value > 120
        ? [refusal('correctionPeriodTooLong', '改正期限不宜超过十年', ART.correction)]
        : []),
    ];
    if (refusals.length) return { refusals };
    const dueOn = correctionDue(p.servedOn, p.period, ctx.calendar);
    // A period that outlasts the 90 days of 第60条 leaves a fine for non-correction no time: say so now.
    const limit = p.penaltyOnlyIfUncorrected ? decisionLimitDue(s, ctx.config) : null;
    const warnings =
      limit && compareDates(dueOn, limit) >= 0
        ? [
            refusal(
              'correctionOutlastsLimit',
              `改正期限（至 ${dueOn}）届满时已超过办案期限（${limit}），逾期不改正需处罚的，应当依法延长办案期限或者在改正期限届满后另行立案`,
              ART.decisionLimit,
            ),
          ]
        : [];
    return { refusals, warnings, derived: { dueOn } };
  },
  recordFollowUpInspection({ s, p, actor, at, ctx }) {
    const order = s.correctionOrders.find((c) => c.id === p.orderId);
    if (!order) return { refusals: [refusal('correctionUnknown', `责令改正 ${p.orderId} 不存在`, ART.correction)] };
    if (order.followUp)
      return {
        refusals: [
          refusal(
            'correctionFollowedUp',
            `责令改正 ${order.number} 已于 ${order.followUp.inspectedOn} 复查`,
            ART.correction,
          ),
        ],
      };
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
