import { ITEM_KIND_LABELS } from '@zhifa/domain';
import type { Tx } from '../db/schema';
import type { AppContext } from '../platform/context';
import { DEMO_DOMAINS, DEMO_ITEMS, DEMO_REVOKED } from '../modules/catalogue/demo-items';
import { CitationResolver, loadDepartments, prepareItem } from '../modules/catalogue/prepare-item';
import { insertItem } from '../modules/catalogue/save-item';
import { delegationSnapshot } from '../modules/delegation/exercisable';
import { insertDecision } from '../modules/delegation/insert-decision';
import { seedBenchmarkDemo } from './benchmarks';
import type { DemoLibraryContext } from './library-context';

const STREETS = ['huanshi', 'baisha', 'chaolian'];
const TOWNS = ['tangxia', 'hetang', 'duruan'];

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The demo catalogue (items citing the imported laws), two township groups, the 2024 delegation,
 * the later 补充赋权 to the towns, a 2025 revocation from 潮连街道, and some demo inspection use
 * of delegated items so the idle-items report has both used and idle items.
 */
export async function seedCatalogueDemo(tx: Tx, _app: AppContext, ctx: DemoLibraryContext): Promise<void> {
  const id = (key: string) => {
    const v = ctx.agencyIds.get(key);
    if (!v) throw new Error(`demo agency ${key} missing`);
    return v;
  };
  const departments = await loadDepartments(tx);
  const resolver = new CitationResolver(tx);
  const itemIds = new Map<string, string>();
  for (const d of DEMO_ITEMS) {
    const department = departments.find(id(d.department))!;
    const result = await prepareItem(
      {
        code: d.code,
        name: d.name,
        kind: ITEM_KIND_LABELS[d.kind],
        domain: DEMO_DOMAINS[d.department],
        department: department.name,
        level: d.level,
        basis: d.basis,
        penaltyBasis: d.penaltyBasis ?? [],
        penalties: d.penalties ?? [],
        reserved: d.reserved ?? false,
      },
      { departments, resolver },
    );
    if (!result.ok) throw new Error(`demo item ${d.code}: ${result.errors.map((e) => e.message).join('; ')}`);
    itemIds.set(d.code, await insertItem(tx, result.value, d.note ?? null));
  }
  await seedBenchmarkDemo(tx, itemIds);

  const group = async (name: string, description: string, keys: string[]) => {
    const g = await tx
      .insertInto('township_groups')
      .values({ name, description })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx
      .insertInto('township_group_members')
      .values(keys.map((k) => ({ group_id: g.id, agency_id: id(k) })))
      .execute();
    return { id: g.id, name, keys };
  };
  const streets = await group('街道', '城区街道：以城市管理、生态环境类事项为主', STREETS);
  const towns = await group('镇', '镇：另承接农村规划建设、森林防火、动物防疫等事项', TOWNS);
  const targetsOf = (...groups: (typeof streets)[]) =>
    groups.flatMap((g) => g.keys.map((k) => ({ agencyId: id(k), viaGroup: g.name })));
  const items = (delegation: 'd1' | 'd2') =>
    DEMO_ITEMS.filter((i) => i.delegation === delegation).map((i) => itemIds.get(i.code)!);
  const base = {
    amendsId: null,
    note: null,
    createdBy: null,
  };

  const first = await insertDecision(tx, {
    ...base,
    kind: 'delegate',
    documentNo: '蓬府〔2024〕12号',
    title: '江门市蓬江区人民政府关于赋予镇（街道）部分县级行政执法权的决定',
    announcementDate: '2024-04-15',
    effectiveDate: '2024-05-01',
    itemIds: items('d1'),
    groups: [streets, towns],
    targets: targetsOf(streets, towns),
  });
  await insertDecision(tx, {
    ...base,
    kind: 'addItems',
    documentNo: '蓬府〔2024〕35号',
    title: '江门市蓬江区人民政府关于补充赋予镇部分县级行政执法权的决定',
    announcementDate: '2024-10-18',
    effectiveDate: '2024-11-01',
    amendsId: first,
    itemIds: items('d2'),
    groups: [towns],
    targets: targetsOf(towns),
  });
  await insertDecision(tx, {
    ...base,
    kind: 'revoke',
    documentNo: '蓬府〔2025〕8号',
    title: '江门市蓬江区人民政府关于收回潮连街道部分行政执法事项的决定',
    announcementDate: '2025-03-10',
    effectiveDate: '2025-04-01',
    note: '经评估，潮连街道暂不具备建筑工地扬尘监管的承接条件，相关事项由区城市管理和综合执法局行使',
    itemIds: DEMO_REVOKED.map((c) => itemIds.get(c)!),
    groups: [],
    targets: [{ agencyId: id('chaolian'), viaGroup: null }],
  });

  // Demo inspections: a pattern of recent and old uses, so each township has used and idle items.
  const { index } = await delegationSnapshot(tx);
  const usage: { agency_id: string; item_id: string; used_on: string; source: 'inspection'; source_id: string }[] = [];
  [...STREETS, ...TOWNS].forEach((key, t) => {
    const agencyId = id(key);
    const history = index.history(agencyId);
    DEMO_ITEMS.forEach((item, i) => {
      const open = history.get(item.code)?.find((x) => x.to === null);
      if (!open) return;
      let usedOn: string | null = null;
      if ((i + t) % 3 === 0) usedOn = addDays(ctx.today, -(((i * 37 + t * 11) % 280) + 5));
      else if ((i + t) % 7 === 1) usedOn = addDays(ctx.today, -(400 + ((i * 13) % 60)));
      if (usedOn && usedOn >= open.from && usedOn <= ctx.today) {
        usage.push({
          agency_id: agencyId,
          item_id: itemIds.get(item.code)!,
          used_on: usedOn,
          source: 'inspection',
          source_id: `demo-${key}-${item.code}`,
        });
      }
    });
  });
  if (usage.length) await tx.insertInto('item_usage').values(usage).execute();
}
