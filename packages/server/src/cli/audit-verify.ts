import { verifyAuditChain } from '../platform/audit';
import { readCheckpoint } from '../platform/audit-checkpoint';
import { openForCli } from './open';

/**
 * `npm run audit:verify`: exit 0 when the chain is intact and at least as long as the last
 * checkpoint in the key folder; 1 at the first broken link, a chain cut short, or an empty one.
 */
const { app, config, database, release, snapshot } = await openForCli({ readOnly: true });
try {
  let checkpoint = null;
  try {
    checkpoint = readCheckpoint(config.keyDir, app.keys.auditSeal);
  } catch (err) {
    process.stdout.write(`审计检查点无效：${(err as Error).message}\n`);
    process.exitCode = 1;
  }
  const report = await verifyAuditChain(app.db, app.keys.auditSeal, undefined, checkpoint);
  if (snapshot) process.stdout.write('（平台正在运行，已在数据快照上校验）\n');
  if (!checkpoint) process.stdout.write('注意：密钥目录中没有审计检查点，无法发现从末尾删除的记录。\n');
  if (report.ok) {
    const anchored = report.checkpoint
      ? `；不短于 ${report.checkpoint.at} 的检查点（序号 ${report.checkpoint.seq}，共 ${report.checkpoint.count} 条）`
      : '';
    process.stdout.write(
      `审计链完整：共校验 ${report.checked} 条记录，最后序号 ${report.lastSeq ?? '无'}${anchored}\n`,
    );
  } else {
    process.stdout.write(
      `审计链断裂：第一处断点在序号 ${report.firstBroken!.seq}：${report.firstBroken!.reason}（此前 ${report.checked} 条完好）\n`,
    );
    process.exitCode = 1;
  }
} finally {
  await database.close();
  release();
}
