// Importing benchmark tables (JSON through the API, or rows read from Excel): every benchmark and
// version is checked first — the item exists, the importer maintains it, the table passes the
// domain's check. One problem and nothing is imported; every problem is named.
import type { BenchmarkContent } from '@zhifa/domain';
import { checkBenchmarkVersion, hasErrors } from '@zhifa/domain';
import type { Tx } from '../../db/schema';
import { badRequest } from '../../platform/errors';
import type { SessionActor } from '../../platform/route';
import { benchmarkIdFor, insertVersion, itemByCode, mayManageBenchmarkOf, sameVersionExists } from './save-version';
import { scopeContains, scopeFor } from '@zhifa/domain';

export interface ImportProblem {
  /** Where: 「第2个基准第1个版本」, or 「第5行」 with the column for Excel. */
  where: string;
  row?: number;
  column?: string;
  message: string;
}

export interface ImportedBenchmarks {
  benchmarks: number;
  versions: number;
  findings: { itemCode: string; violation: string; finding: ReturnType<typeof checkBenchmarkVersion>[number] }[];
}

/** `whereOf(b, v)` names a version in the source (JSON position or Excel rows). */
export async function importBenchmarks(
  tx: Tx,
  actor: SessionActor | null,
  list: readonly BenchmarkContent[],
  whereOf: (b: number, v: number) => { where: string; row?: number },
): Promise<ImportedBenchmarks> {
  const problems: ImportProblem[] = [];
  const scope = actor ? scopeFor(actor, 'item:manage') : ({ kind: 'none' } as const);
  const items = new Map<string, Awaited<ReturnType<typeof itemByCode>>>();
  const seen = new Set<string>();
  for (const [bi, b] of list.entries()) {
    const at = whereOf(bi, 0);
    if (!items.has(b.itemCode)) items.set(b.itemCode, await itemByCode(tx, b.itemCode));
    const item = items.get(b.itemCode);
    const key = `${b.itemCode}\u0000${b.violation.trim()}`;
    if (seen.has(key))
      problems.push({
        ...at,
        column: '违法行为',
        message: `事项 ${b.itemCode} 的“${b.violation}”重复出现，同一违法行为的各版本应写在一起`,
      });
    seen.add(key);
    if (!item) {
      problems.push({ ...at, column: '事项编码', message: `执法事项 ${b.itemCode} 不存在` });
      continue;
    }
    if (
      !mayManageBenchmarkOf(actor, item) ||
      !scopeContains(scope, { agencyId: item.departmentId, regionCode: item.regionCode })
    )
      problems.push({
        ...at,
        column: '事项编码',
        message: `无权维护${item.departmentName}执法事项 ${item.code} 的裁量基准`,
      });
    for (const [vi, v] of b.versions.entries()) {
      for (const f of checkBenchmarkVersion(v).filter((x) => x.severity === 'error'))
        problems.push({ ...whereOf(bi, vi), message: f.message });
    }
  }
  if (problems.length > 0) {
    const first = problems
      .slice(0, 3)
      .map((p) => `${p.where}${p.column ? `“${p.column}”` : ''}：${p.message}`)
      .join('；');
    throw badRequest(
      'IMPORT_INVALID',
      `${first}${problems.length > 3 ? `等 ${problems.length} 处错误` : ''}。未导入任何裁量基准，请改正后重新上传`,
      { problems },
    );
  }
  const out: ImportedBenchmarks = { benchmarks: 0, versions: 0, findings: [] };
  for (const b of list) {
    const item = items.get(b.itemCode)!;
    const id = await benchmarkIdFor(tx, item.id, b.violation.trim());
    out.benchmarks++;
    for (const v of b.versions) {
      if (await sameVersionExists(tx, id, v)) continue;
      const findings = checkBenchmarkVersion(v);
      await insertVersion(tx, id, v, findings);
      out.versions++;
      if (!hasErrors(findings))
        out.findings.push(...findings.map((finding) => ({ itemCode: b.itemCode, violation: b.violation, finding })));
    }
  }
  return out;
}
