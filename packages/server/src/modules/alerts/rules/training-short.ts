// 培训学时不足: certified officers whose training hours in the last complete year fell short of
// their agency's requirement (people module's report). The current year is not judged before it ends.
import { trainingShortfallReport } from '../../people/reports';
import type { AlertRule } from './rule';

export const trainingShort: AlertRule = {
  id: 'trainingShort',
  async find({ app, db, today }) {
    const year = Number(today.slice(0, 4)) - 1;
    const report = await trainingShortfallReport({ ...app, db }, { kind: 'all' }, year);
    return report.agencies.flatMap((a) =>
      a.people
        .filter((p) => !p.met)
        .map((p) => ({
          subjectKey: `${p.personId}:${year}`,
          agencyId: a.agencyId,
          personId: p.personId,
          title: `${a.agencyName} ${p.name}：${year} 年培训 ${p.hours} 学时，未达到 ${a.requirement} 学时`,
          details: { year, hours: p.hours, requirement: a.requirement, shortfall: p.shortfall },
          notifyPersonIds: [p.personId],
        })),
    );
  },
};
