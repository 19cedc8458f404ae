// 办案与审核为同一人: the case's latest legal review was recorded by a person who is (or was) an
// enforcing officer of the same case. A later review by someone else settles it.
import { sql } from 'kysely';
import type { AlertRule } from './rule';
import { inCaseSlices } from './case-slices';
import { unpaced } from '../run-pace';

export const sameHandlerReviewer: AlertRule = {
  id: 'sameHandlerReviewer',
  async find({ db, pace = unpaced }) {
    const rows = await inCaseSlices(db, pace, (lo, hi) =>
      db
        .selectFrom('case_actions as a')
        .innerJoin('cases', 'cases.id', 'a.case_id')
        .select(['a.case_id', 'a.actor_name', 'a.actor_domain_id', 'a.action_date', 'cases.agency_id', 'cases.number'])
        .where('a.type', '=', 'recordReview')
        .where('a.case_id', '>', lo)
        .where('a.case_id', '<=', hi)
        .where(
          'a.seq',
          '=',
          sql<number>`(select max(b.seq) from case_actions b where b.case_id = a.case_id and b.type = 'recordReview')`,
        )
        .where((eb) =>
          eb.exists(
            eb
              .selectFrom('case_officers as o')
              .select('o.person_id')
              .whereRef('o.case_id', '=', 'a.case_id')
              .where(sql<boolean>`o.person_id::text = a.actor_domain_id`),
          ),
        )
        .execute(),
    );
    return rows.map((r) => ({
      subjectKey: r.case_id,
      agencyId: r.agency_id,
      caseId: r.case_id,
      personId: r.actor_domain_id,
      title: `${r.number}：${r.actor_name} 既是承办人员又作出法制审核意见`,
      details: { reviewer: r.actor_name, reviewedOn: r.action_date },
    }));
  },
};
