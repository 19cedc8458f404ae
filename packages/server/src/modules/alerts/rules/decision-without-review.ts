// 应审未审: a decision made on a case that needed 法制审核 (第58条) with no review that passed.
import { sql } from 'kysely';
import type { AlertRule } from './rule';
import { inCaseSlices } from './case-slices';
import { unpaced } from '../run-pace';

export const decisionWithoutReview: AlertRule = {
  id: 'decisionWithoutReview',
  async find({ db, pace = unpaced }) {
    const rows = await inCaseSlices(db, pace, (lo, hi) =>
      db
        .selectFrom('cases')
        .select(['cases.id', 'cases.agency_id', 'cases.number', 'cases.decided_on'])
        .where('cases.decided_on', 'is not', null)
        .where('cases.procedure', '=', 'ordinary')
        .where('cases.id', '>', lo)
        .where('cases.id', '<=', hi)
        .where(
          sql<boolean>`(cases.state->'decision'->>'requiresReview' = 'true' or cases.state->'flags'->>'requiresReview' = 'true')`,
        )
        .where((eb) =>
          eb.not(
            eb.exists(
              eb
                .selectFrom('case_actions as a')
                .select('a.seq')
                .whereRef('a.case_id', '=', 'cases.id')
                .where('a.type', '=', 'recordReview')
                .where(sql<boolean>`a.payload->>'outcome' = 'pass'`),
            ),
          ),
        )
        .execute(),
    );
    return rows.map((r) => ({
      subjectKey: r.id,
      agencyId: r.agency_id,
      caseId: r.id,
      title: `${r.number}：应当法制审核的案件未经审核通过即于 ${r.decided_on} 作出决定`,
      details: { decidedOn: r.decided_on },
    }));
  },
};
