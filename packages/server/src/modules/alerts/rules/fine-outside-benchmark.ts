// 罚款超出裁量基准: the fine decided lies outside the range of the benchmark tier the decision
// applied (the range is stored with the decision as the calculator gave it).
import { fineOutsideRange } from '@zhifa/domain';
import { sql } from 'kysely';
import type { AlertRule, Finding } from './rule';
import { inCaseSlices } from './case-slices';
import { unpaced } from '../run-pace';

interface Applied {
  allowedMin?: number;
  allowedMax?: number;
  title?: string;
}

export const fineOutsideBenchmark: AlertRule = {
  id: 'fineOutsideBenchmark',
  async find({ db, pace = unpaced }) {
    return inCaseSlices(db, pace, async (lo, hi) => {
      const out: Finding[] = [];
      const rows = await db
        .selectFrom('cases')
        .select([
          'cases.id',
          'cases.agency_id',
          'cases.number',
          sql<Applied | null>`cases.state->'decision'->'document'->'discretion'->'applied'`.as('applied'),
          sql<string | null>`cases.state->'decision'->'document'->'discretion'->>'deviationReason'`.as('reason'),
          sql<{ lines: { kind: string; amount?: number }[] } | null>`cases.state->'decision'->'penalty'`.as('penalty'),
        ])
        .where('cases.decided_on', 'is not', null)
        .where(sql<boolean>`cases.state->'decision'->'document'->'discretion'->'applied' is not null`)
        .where('cases.id', '>', lo)
        .where('cases.id', '<=', hi)
        .execute();
      for (const r of rows) {
        const a = r.applied;
        if (!a || !r.penalty) continue;
        const amount = r.penalty.lines.filter((l) => l.kind === 'fine').reduce((s, l) => s + (l.amount ?? 0), 0);
        const min = a.allowedMin ?? null;
        const max = a.allowedMax ?? null;
        if (!fineOutsideRange(amount, min, max)) continue;
        out.push({
          subjectKey: r.id,
          agencyId: r.agency_id,
          caseId: r.id,
          title: `${r.number}：罚款 ${amount} 元超出裁量基准允许范围（${min ?? '—'}～${max ?? '—'} 元）`,
          details: { amount, allowedMin: min, allowedMax: max, benchmark: a.title ?? null, deviationReason: r.reason },
        });
      }
      return out;
    });
  },
};
