// 零执法事项: a delegated item a township has not used for 12 months (the delegation module's
// idle report, the same figures the county reviews).
import { idleReport } from '../../delegation/idle-items';
import type { AlertRule } from './rule';

export const IDLE_MONTHS = 12;

export const idleItem: AlertRule = {
  id: 'idleItem',
  async find({ db, today }) {
    const report = await idleReport(db, today, IDLE_MONTHS);
    return report.townships.flatMap((t) =>
      t.idle.map((i) => ({
        subjectKey: `${t.agencyId}:${i.code}`,
        agencyId: t.agencyId,
        itemCode: i.code,
        title: `赋权事项「${i.name}」${IDLE_MONTHS}个月未行使`,
        details: { code: i.code, name: i.name, delegatedFrom: i.delegatedFrom, lastUsedOn: i.lastUsedOn },
      })),
    );
  },
};
