import { verifyAuditChain } from '../platform/audit';
import { openForCli } from './open';

/** `npm run audit:verify`: exit 0 when the chain is intact, 1 at the first broken link. */
const { app, database, release, snapshot } = await openForCli({ readOnly: true });
try {
  const report = await verifyAuditChain(app.db, app.keys.auditSeal);
  if (snapshot) process.stdout.write('（平台正在运行，已在数据快照上校验）\n');
  if (report.ok) {
    process.stdout.write(`审计链完整：共校验 ${report.checked} 条记录，最后序号 ${report.lastSeq ?? '无'}\n`);
  } else {
    process.stdout.write(`审计链断裂：第一处断点在序号 ${report.firstBroken!.seq}：${report.firstBroken!.reason}（此前 ${report.checked} 条完好）\n`);
    process.exitCode = 1;
  }
} finally {
  await database.close();
  release();
}
