// 罚款超出裁量基准: the fine decided lies outside the range of the benchmark tier the decision
// applied (the range is stored with the decision as the calculator gave it).
import { fineOutsideRange } from '@zhifa/domain';
import { sql } from 'kysely';
import type { AlertRule, Finding } from './rule';
import { PAGE } from './rule';

interface Applied {
  allowedMin?: number;
  allowedMax?: number;
  title?: string;
}

export const fineOutsideBenchmark: AlertRule = {
  id: 'fineOutsideBenchmark',
  async find({ db }) {
    const out: Finding[] = [];
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
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
        .where('cases.id', '>', after)
        .orderBy('cases.id')
        .limit(PAGE)
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
      if (rows.length < PAGE) break;
      after = rows[rows.length - 1].id;
    }
    return out;
  },
};
