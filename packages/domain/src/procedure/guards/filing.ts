import { checkItemSubject } from '../rules/title';
import { ART } from '../articles';
import { compareDates } from '../calendar-port';
import { refusal } from '../refusal';
import { limitationCheck } from '../rules/limitation';
import { checkNotRecused, checkTwoQualifiedOfficers } from '../rules/officers';
import { checkCountyReserved, checkExercisable, none, notAfter } from './common';
import type { Guards } from './types';
import type { FilingAction } from '../actions/phases';

export const filingGuards: Pick<Guards, FilingAction> = {
  fileCase({ p, s, at, ctx }) {
    const lim = limitationCheck(p, ctx.config);
    const refusals = [
      ...checkExercisable(ctx),
      ...checkCountyReserved(p.intendedPenaltyKinds ?? [], ctx),
      ...checkTwoQualifiedOfficers(p.officerIds, ctx.officers),
      ...checkNotRecused(p.officerIds, s.recusedOfficerIds),
      ...notAfter(p.discoveredOn, at, '发现日期', ART.filing),
      ...notAfter(p.violationDate, p.discoveredOn, '违法行为发生日期', ART.limitation),
      ...(p.actEndedOn && compareDates(p.actEndedOn, p.violationDate) < 0
        ? [refusal('actEndBeforeStart', '违法行为终了日期不能早于发生日期', ART.limitation)]
        : []),
    ];
    return {
      refusals,
      warnings: checkItemSubject(p.items, p.party?.kind),
      derived: { limitationExpiresOn: lim.expiresOn, limitationExpired: lim.expired },
    };
  },
  approveFiling({ s, ctx }) {
    const expired = s.limitation?.expired
      ? [
          refusal(
            'limitationExpired',
            `违法行为已超过追责时效（${s.limitation.expiresOn} 届满），不再给予行政处罚，应当不予立案`,
            ART.limitation,
          ),
        ]
      : [];
    return {
      refusals: [...checkExercisable(ctx), ...expired, ...checkTwoQualifiedOfficers(s.officerIds, ctx.officers)],
    };
  },
  refuseFiling: () => none,
  assignOfficers({ p, s, ctx }) {
    return {
      refusals: [
        ...checkTwoQualifiedOfficers(p.officerIds, ctx.officers),
        ...checkNotRecused(p.officerIds, s.recusedOfficerIds),
      ],
    };
  },
  requestRecusal({ p, at }) {
    return { refusals: notAfter(p.receivedOn, at, '收到申请日期', ART.recusalApplication) };
  },
  decideRecusal({ p, s, actor }) {
    const pending = s.recusals.some((r) => r.officerId === p.officerId && !r.decision);
    return {
      refusals: [
        ...(pending
          ? []
          : [refusal('noRecusalRequest', `没有针对 ${p.officerId} 的待决回避申请`, ART.recusalApplication)]),
        ...(actor.userId === p.officerId
          ? [refusal('selfRecusalDecision', '被申请回避的人员不得自行决定回避', ART.recusalApplication)]
          : []),
      ],
    };
  },
  transferCase: () => none,
  requestJurisdictionRuling({ p, at }) {
    return { refusals: notAfter(p.negotiationFailedOn, at, '协商不成日期', ART.jurisdictionRuling) };
  },
  recordJurisdictionRuling({ p }) {
    return {
      refusals:
        p.designated === 'other' && !p.otherAgency
          ? [refusal('designatedAgencyMissing', '指定由其他机关管辖的，应当登记被指定机关', ART.jurisdictionRuling)]
          : [],
    };
  },
};
