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
    db
      .selectFrom('item_usage')
      .innerJoin('enforcement_items', 'enforcement_items.id', 'item_usage.item_id')
      .select(['item_usage.agency_id', 'enforcement_items.code', (eb) => eb.fn.max('item_usage.used_on').as('last')])
      .where('item_usage.used_on', '<=', asOf)
      .groupBy(['item_usage.agency_id', 'enforcement_items.code'])
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
      const lastUse = new Map(usage.filter((u) => u.agency_id === t.id).map((u) => [u.code, String(u.last)]));
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
