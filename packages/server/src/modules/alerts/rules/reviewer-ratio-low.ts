// 法制审核人员不足: an agency whose legal reviewers fall below its floor (default 5% of its
// officers; people module's report).
import { reviewerRatioReport } from '../../people/reports';
import type { AlertRule } from './rule';

export const reviewerRatioLow: AlertRule = {
  id: 'reviewerRatioLow',
  async find({ app, db }) {
    const rows = await reviewerRatioReport({ ...app, db }, { kind: 'all' });
    return rows
      .filter((r) => !r.ok)
      .map((r) => ({
        subjectKey: r.agencyId,
        agencyId: r.agencyId,
        title: `${r.agencyName}：法制审核人员 ${r.reviewers.length} 人，执法人员 ${r.officers} 人，至少应有 ${r.required} 人`,
        details: { officers: r.officers, reviewers: r.reviewers.length, required: r.required, minRatio: r.minRatio },
      }));
  },
};
