// 零执法事项: delegated items no case and no inspection has used for N months (default 12) —
// what the county reviews before deciding to take powers back (行政处罚法 第24条: 定期组织评估).

import { idleItems } from '@zhifa/domain';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { delegationSnapshot } from './exercisable';
import { listTownships } from './queries';

export async function idleReport(db: Kysely<DB>, asOf: string, months: number) {
  const [townships, { index }, usage, items] = await Promise.all([
    listTownships(db),
    delegationSnapshot(db),
    // The latest use of each item some decision delegated to a township: one probe of the
    // (agency, item, date) index per pair, not a pass over every use (a million cases make a
    // million uses; the pairs stay a few thousand).
    db
      .selectFrom('delegation_decision_targets as t')
      .innerJoin('delegation_decision_items as di', 'di.decision_id', 't.decision_id')
      .innerJoin('enforcement_items as e', 'e.id', 'di.item_id')
      .select([
        't.agency_id',
        'e.code',
        (eb) =>
          eb
            .selectFrom('item_usage as u')
            .select((u) => u.fn.max('u.used_on').as('m'))
            .whereRef('u.agency_id', '=', 't.agency_id')
            .whereRef('u.item_id', '=', 'di.item_id')
            .where('u.used_on', '<=', asOf)
            .as('last'),
      ])
      .groupBy(['t.agency_id', 'di.item_id', 'e.code'])
      .execute(),
    db.selectFrom('enforcement_items').select(['code', 'name', 'domain']).execute(),
  ]);
  const itemByCode = new Map(items.map((i) => [i.code, i]));
  return {
    asOf,
    months,
    townships: townships.map((t) => {
      const delegatedFrom = new Map<string, string>();
      for (const [code, intervals] of index.history(t.id)) {
        const open = intervals.find((i) => i.from <= asOf && (i.to === null || asOf < i.to));
        if (open) delegatedFrom.set(code, open.from);
      }
      const lastUse = new Map(
        usage.filter((u) => u.agency_id === t.id && u.last !== null).map((u) => [u.code, String(u.last)]),
      );
      const idle = idleItems({ delegated: [...delegatedFrom.keys()], lastUse, asOf, months, delegatedFrom }).sort();
      return {
        agencyId: t.id,
        agencyName: t.name,
        delegatedCount: delegatedFrom.size,
        idle: idle.map((code) => ({
          code,
          name: itemByCode.get(code)?.name ?? code,
          domain: itemByCode.get(code)?.domain ?? '',
          delegatedFrom: delegatedFrom.get(code)!,
          lastUsedOn: lastUse.get(code) ?? null,
        })),
      };
    }),
  };
}
