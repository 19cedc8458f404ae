// Reading the benchmark library: the list, one benchmark with its versions, the versions of a
// case's items for the calculator, and the whole library in the JSON exchange format.
import {
  BENCHMARK_FORMAT,
  versionInForce,
  type BenchmarkFile,
  type BenchmarkVersion,
  type BenchmarkVersionContent,
} from '@zhifa/domain';
import type { BenchmarkDetail, BenchmarkSummary } from '@zhifa/contract';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';

type Db = Kysely<DB>;

interface VersionRow {
  id: string;
  benchmark_id: string;
  version_no: number;
  content: BenchmarkVersionContent;
  findings: unknown;
  created_at: Date;
}

function parse<T>(v: unknown): T {
  return (typeof v === 'string' ? JSON.parse(v) : v) as T;
}

async function versionsOf(db: Db, ids: readonly string[]): Promise<Map<string, VersionRow[]>> {
  const out = new Map<string, VersionRow[]>();
  if (ids.length === 0) return out;
  const rows = await db
    .selectFrom('discretion_benchmark_versions')
    .select(['id', 'benchmark_id', 'version_no', 'content', 'findings', 'created_at'])
    .where('benchmark_id', 'in', ids)
    .orderBy('benchmark_id')
    .orderBy('version_no')
    .execute();
  for (const r of rows) {
    const list = out.get(r.benchmark_id) ?? [];
    list.push({ ...r, content: parse(r.content), findings: parse(r.findings) });
    out.set(r.benchmark_id, list);
  }
  return out;
}

function baseQuery(db: Db) {
  return db
    .selectFrom('discretion_benchmarks as b')
    .innerJoin('enforcement_items as i', 'i.id', 'b.item_id')
    .select(['b.id', 'b.violation', 'i.code as item_code', 'i.name as item_name']);
}

export async function listBenchmarks(
  db: Db,
  today: string,
  query: { itemCode?: string | undefined; q?: string | undefined },
): Promise<BenchmarkSummary[]> {
  let q = baseQuery(db).orderBy('i.code').orderBy('b.violation');
  if (query.itemCode) q = q.where('i.code', '=', query.itemCode);
  if (query.q) {
    const like = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) =>
      eb.or([eb('b.violation', 'like', like), eb('i.name', 'like', like), eb('i.code', 'like', like)]),
    );
  }
  const rows = await q.limit(1000).execute();
  const versions = await versionsOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => {
    const list = versions.get(r.id) ?? [];
    const stored = list.map((v) => toVersion(v, r.item_code, r.violation));
    const current = versionInForce(stored, today);
    return {
      id: r.id,
      itemCode: r.item_code,
      itemName: r.item_name,
      violation: r.violation,
      versions: list.length,
      current: current
        ? {
            id: current.versionId,
            title: current.title,
            documentNumber: current.documentNumber,
            issuer: current.issuer,
            effectiveFrom: current.effectiveFrom,
            effectiveTo: current.effectiveTo ?? null,
            tiers: current.tiers.length,
            outcomeKinds: [
              ...new Set(
                current.tiers.flatMap((t) => [t.outcome.kind, ...Object.values(t.byParty ?? {}).map((o) => o.kind)]),
              ),
            ],
          }
        : null,
    };
  });
}

function toVersion(v: VersionRow, itemCode: string, violation: string): BenchmarkVersion {
  return { ...v.content, versionId: v.id, benchmarkId: v.benchmark_id, itemCode, violation };
}

export async function benchmarkDetail(db: Db, id: string): Promise<BenchmarkDetail | null> {
  const r = await baseQuery(db).where('b.id', '=', id).executeTakeFirst();
  if (!r) return null;
  const list = (await versionsOf(db, [r.id])).get(r.id) ?? [];
  return {
    id: r.id,
    itemCode: r.item_code,
    itemName: r.item_name,
    violation: r.violation,
    versions: list.map((v) => ({
      id: v.id,
      versionNo: v.version_no,
      content: v.content,
      findings: v.findings as BenchmarkDetail['versions'][number]['findings'],
      createdAt: v.created_at.toISOString(),
    })),
  };
}

/** Every version of the benchmarks of these items, as the calculator reads them. */
export async function benchmarksOfItems(
  db: Db,
  codes: readonly string[],
): Promise<{ benchmarkId: string; itemCode: string; violation: string; versions: BenchmarkVersion[] }[]> {
  if (codes.length === 0) return [];
  const rows = await baseQuery(db).where('i.code', 'in', codes).orderBy('i.code').orderBy('b.created_at').execute();
  const versions = await versionsOf(
    db,
    rows.map((r) => r.id),
  );
  return rows
    .map((r) => ({
      benchmarkId: r.id,
      itemCode: r.item_code,
      violation: r.violation,
      versions: (versions.get(r.id) ?? []).map((v) => toVersion(v, r.item_code, r.violation)),
    }))
    .filter((b) => b.versions.length > 0);
}

/** The library in the JSON exchange format (docs/BENCHMARK-FORMATS.md); it imports back unchanged. */
export async function exportBenchmarkFile(db: Db): Promise<BenchmarkFile> {
  const rows = await baseQuery(db).orderBy('i.code').orderBy('b.violation').execute();
  const versions = await versionsOf(
    db,
    rows.map((r) => r.id),
  );
  return {
    format: BENCHMARK_FORMAT,
    benchmarks: rows
      .filter((r) => (versions.get(r.id) ?? []).length > 0)
      .map((r) => ({
        itemCode: r.item_code,
        violation: r.violation,
        versions: versions.get(r.id)!.map((v) => v.content),
      })),
  };
}
