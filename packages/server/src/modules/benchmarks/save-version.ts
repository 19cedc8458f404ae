// Saving a benchmark version: the domain's table check first (errors refuse the save, warnings and
// notes are kept with the version), then the benchmark row for the item's violation and the new
// version numbered after the last. Versions are never changed: a decision names the one it applied.
import {
  checkBenchmarkVersion,
  hasErrors,
  mayManageItemOf,
  type BenchmarkFinding,
  type BenchmarkVersionContent,
} from '@zhifa/domain';
import type { Tx } from '../../db/schema';
import { badRequest, forbidden, notFound } from '../../platform/errors';
import type { RouteContext, SessionActor } from '../../platform/route';

export interface ItemOwner {
  id: string;
  code: string;
  departmentId: string;
  regionCode: string;
  departmentName: string;
}

export async function itemByCode(tx: Tx, code: string): Promise<ItemOwner | null> {
  const r = await tx
    .selectFrom('enforcement_items as i')
    .innerJoin('agencies as a', 'a.id', 'i.department_id')
    .select(['i.id', 'i.code', 'i.department_id', 'a.region_code', 'a.name'])
    .where('i.code', '=', code)
    .executeTakeFirst();
  return r
    ? { id: r.id, code: r.code, departmentId: r.department_id, regionCode: r.region_code, departmentName: r.name }
    : null;
}

/** 谁主管、谁维护: the item's department (or the county's rule-of-law office) keeps its benchmarks. */
export function mayManageBenchmarkOf(actor: SessionActor | null, item: ItemOwner): boolean {
  return actor !== null && mayManageItemOf(actor, item.departmentId);
}

export function assertMayManageBenchmark(
  ctx: Pick<RouteContext<unknown, unknown, unknown>, 'authorize'>,
  actor: SessionActor | null,
  item: ItemOwner,
): void {
  ctx.authorize({ agencyId: item.departmentId, regionCode: item.regionCode });
  if (!mayManageBenchmarkOf(actor, item))
    throw forbidden(
      `只能维护本部门执法事项的裁量基准（事项 ${item.code} 属${item.departmentName}）`,
      'ITEM_NOT_OWN_DEPARTMENT',
    );
}

/** The check's errors refuse the save with every finding in the details. */
export function checkedOrThrow(content: BenchmarkVersionContent): BenchmarkFinding[] {
  const findings = checkBenchmarkVersion(content);
  if (hasErrors(findings)) {
    const errors = findings.filter((f) => f.severity === 'error');
    throw badRequest(
      'BENCHMARK_INVALID',
      `裁量基准有 ${errors.length} 处错误：${errors.map((e) => e.message).join('；')}`,
      { findings },
    );
  }
  return findings;
}

export async function benchmarkIdFor(tx: Tx, itemId: string, violation: string): Promise<string> {
  const found = await tx
    .selectFrom('discretion_benchmarks')
    .select('id')
    .where('item_id', '=', itemId)
    .where('violation', '=', violation)
    .executeTakeFirst();
  if (found) return found.id;
  const r = await tx
    .insertInto('discretion_benchmarks')
    .values({ item_id: itemId, violation })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

export async function insertVersion(
  tx: Tx,
  benchmarkId: string,
  content: BenchmarkVersionContent,
  findings: readonly BenchmarkFinding[],
): Promise<string> {
  const last = await tx
    .selectFrom('discretion_benchmark_versions')
    .select((eb) => eb.fn.max('version_no').as('n'))
    .where('benchmark_id', '=', benchmarkId)
    .executeTakeFirst();
  const r = await tx
    .insertInto('discretion_benchmark_versions')
    .values({
      benchmark_id: benchmarkId,
      version_no: Number(last?.n ?? 0) + 1,
      title: content.title,
      document_number: content.documentNumber,
      effective_from: content.effectiveFrom,
      effective_to: content.effectiveTo ?? null,
      content: JSON.stringify(content),
      findings: JSON.stringify(findings),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await tx.updateTable('discretion_benchmarks').set({ updated_at: new Date() }).where('id', '=', benchmarkId).execute();
  return r.id;
}

/** The same table saved twice (an export imported back) is not a new version. */
export async function sameVersionExists(
  tx: Tx,
  benchmarkId: string,
  content: BenchmarkVersionContent,
): Promise<boolean> {
  const rows = await tx
    .selectFrom('discretion_benchmark_versions')
    .select('content')
    .where('benchmark_id', '=', benchmarkId)
    .where('document_number', '=', content.documentNumber)
    .where('effective_from', '=', content.effectiveFrom)
    .execute();
  const json = canonical(content);
  return rows.some((r) => canonical(typeof r.content === 'string' ? JSON.parse(r.content) : r.content) === json);
}

/** JSON with sorted keys: jsonb does not keep the key order it was given. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v !== null && typeof v === 'object')
    return `{${Object.keys(v)
      .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(v);
}

export async function benchmarkItem(tx: Tx, benchmarkId: string): Promise<ItemOwner & { violation: string }> {
  const r = await tx
    .selectFrom('discretion_benchmarks as b')
    .innerJoin('enforcement_items as i', 'i.id', 'b.item_id')
    .innerJoin('agencies as a', 'a.id', 'i.department_id')
    .select(['i.id', 'i.code', 'i.department_id', 'a.region_code', 'a.name', 'b.violation'])
    .where('b.id', '=', benchmarkId)
    .executeTakeFirst();
  if (!r) throw notFound('裁量基准不存在');
  return {
    id: r.id,
    code: r.code,
    departmentId: r.department_id,
    regionCode: r.region_code,
    departmentName: r.name,
    violation: r.violation,
  };
}
