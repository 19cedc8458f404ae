// 执法人员无有效执法证 / 辅助人员充当执法人员: an active enforcing officer of a running case who
// holds no certificate valid today, or is an auxiliary (第42条: at least two officers holding
// enforcement certificates).
import type { AlertRule } from './rule';
import { FINISHED_CASE_STATUSES } from './rule';
import { inCaseSlices } from './case-slices';
import { unpaced } from '../run-pace';

export const officerUncertified: AlertRule = {
  id: 'officerUncertified',
  async find({ db, today, pace = unpaced }) {
    const rows = await inCaseSlices(db, pace, (lo, hi) =>
      db
        .selectFrom('case_officers as o')
        .innerJoin('cases', 'cases.id', 'o.case_id')
        .innerJoin('persons', 'persons.id', 'o.person_id')
        .select(['o.case_id', 'o.person_id', 'persons.name', 'persons.post', 'cases.agency_id', 'cases.number'])
        .where('o.active', '=', true)
        .where('o.case_id', '>', lo)
        .where('o.case_id', '<=', hi)
        .where('cases.status', 'not in', FINISHED_CASE_STATUSES)
        .where((eb) =>
          eb.or([
            eb('persons.post', '=', 'auxiliary'),
            eb.not(
              eb.exists(
                eb
                  .selectFrom('certificates as c')
                  .select('c.id')
                  .whereRef('c.person_id', '=', 'o.person_id')
                  .where('c.status', '=', 'valid')
                  .where('c.valid_from', '<=', today)
                  .where('c.valid_to', '>=', today),
              ),
            ),
          ]),
        )
        .execute(),
    );
    return rows.map((r) => ({
      subjectKey: `${r.case_id}:${r.person_id}`,
      agencyId: r.agency_id,
      caseId: r.case_id,
      personId: r.person_id,
      title:
        r.post === 'auxiliary'
          ? `${r.number}：执法辅助人员 ${r.name} 被列为承办执法人员`
          : `${r.number}：承办人员 ${r.name} 没有有效的行政执法证件`,
      details: { name: r.name, post: r.post },
    }));
  },
};
