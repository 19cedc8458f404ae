// A new benchmark for a violation of an item, with its first version (or a new version when the
// violation already has a benchmark).
import type { BenchmarkVersionContent } from '@zhifa/domain';
import { notFound } from '../../platform/errors';
import type { WriteContext } from '../../platform/route';
import { assertMayManageBenchmark, benchmarkIdFor, checkedOrThrow, insertVersion, itemByCode } from './save-version';

interface Body {
  itemCode: string;
  violation: string;
  version: BenchmarkVersionContent;
}

export async function createBenchmark(ctx: WriteContext<unknown, unknown, Body>) {
  const { tx, body, actor } = ctx;
  const item = await itemByCode(tx, body.itemCode);
  if (!item) throw notFound(`执法事项 ${body.itemCode} 不存在`, 'ITEM_NOT_FOUND');
  assertMayManageBenchmark(ctx, actor, item);
  const findings = checkedOrThrow(body.version);
  const id = await benchmarkIdFor(tx, item.id, body.violation.trim());
  const versionId = await insertVersion(tx, id, body.version, findings);
  ctx.audited({
    objectType: 'discretion_benchmark',
    objectId: id,
    details: { itemCode: item.code, violation: body.violation, versionId, documentNumber: body.version.documentNumber },
  });
  return { id, versionId, findings };
}
