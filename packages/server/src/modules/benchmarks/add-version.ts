// A new version of a benchmark (a revised table): the earlier versions stay for cases whose act
// falls in their time (行政处罚法 第37条).
import type { BenchmarkVersionContent } from '@zhifa/domain';
import type { WriteContext } from '../../platform/route';
import { assertMayManageBenchmark, benchmarkItem, checkedOrThrow, insertVersion } from './save-version';

export async function addBenchmarkVersion(
  ctx: WriteContext<{ id: string }, unknown, { version: BenchmarkVersionContent }>,
) {
  const { tx, body, actor, params } = ctx;
  const item = await benchmarkItem(tx, params.id);
  assertMayManageBenchmark(ctx, actor, item);
  const findings = checkedOrThrow(body.version);
  const versionId = await insertVersion(tx, params.id, body.version, findings);
  ctx.audited({
    objectType: 'discretion_benchmark',
    objectId: params.id,
    details: { itemCode: item.code, versionId, documentNumber: body.version.documentNumber },
  });
  return { id: params.id, versionId, findings };
}
