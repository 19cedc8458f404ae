// 超越职权: a township (street) case whose item the agency did not hold on the day it was filed
// (the delegation library's point-in-time index; 第24条).
import { delegationSnapshot } from '../../delegation/exercisable';
import type { AlertRule, Finding } from './rule';
import { inCaseSlices } from './case-slices';
import { unpaced } from '../run-pace';

export const itemNotHeld: AlertRule = {
  id: 'itemNotHeld',
  async find({ db, pace = unpaced }) {
    const { index } = await delegationSnapshot(db);
    return inCaseSlices(db, pace, async (lo, hi) => {
      const out: Finding[] = [];
      const rows = await db
        .selectFrom('cases')
        .innerJoin('agencies', 'agencies.id', 'cases.agency_id')
        .select(['cases.id', 'cases.agency_id', 'cases.number', 'cases.item_code', 'cases.item_name', 'cases.filed_on'])
        .where('agencies.kind', 'in', ['township', 'street'])
        .where('cases.item_code', 'is not', null)
        .where('cases.filed_on', 'is not', null)
        .where('cases.id', '>', lo)
        .where('cases.id', '<=', hi)
        .execute();
      for (const r of rows) {
        if (index.isExercisable(r.agency_id, r.item_code!, r.filed_on!)) continue;
        out.push({
          subjectKey: r.id,
          agencyId: r.agency_id,
          caseId: r.id,
          itemCode: r.item_code,
          title: `${r.number}：立案之日（${r.filed_on}）本主体不享有事项「${r.item_name ?? r.item_code}」的处罚权`,
          details: { itemCode: r.item_code, itemName: r.item_name, filedOn: r.filed_on },
        });
      }
      return out;
    });
  },
};
