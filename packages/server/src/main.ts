import { buildApp } from './app';
import { missingAdministrators, openPlatform } from './bootstrap';
import { scheduleVacuum } from './shared/vacuum';
import { loadConfig } from './config';
import { DataDirLockedError } from './db/lock';
import { ensureDemoCounty, demoBanner } from './demo/seed';
import { scheduleDeadlineRefresh } from './modules/cases/commands/refresh-deadlines';
import { scheduleAlertRuns } from './modules/alerts/schedule';
import { LoggingSender, setNotificationSender } from './modules/notifications/sender';
import { scheduleIdleAccountSweep } from './modules/users/idle-accounts';
import { scheduleExpirySweep } from './modules/disclosure/expire-publications';
import { scheduleCheckpoints, writeCheckpoint } from './platform/audit-checkpoint';

/** `npm start`: one process serving the API under /api and the web client. */
async function main() {
  const config = loadConfig();
  if (config.mode === 'production' && config.demoPassword) {
    throw new Error('生产模式下不允许设置 ZHIFA_DEMO_PASSWORD：生产环境不得使用演示数据或默认密码。');
  }
  const { app, database, release } = await openPlatform(config);
  let banner = '';
  if (config.mode === 'demo') {
    const demo = await ensureDemoCounty(app);
    banner = demoBanner(demo, config.port);
  } else {
    const missing = await missingAdministrators(app);
    if (missing.length > 0) {
      banner = `\n尚未创建${missing.join('、')}。请先运行：npm run admin:init（系统管理员、安全管理员、审计管理员须分设三人）\n`;
    }
  }
  if (config.clockFile) banner += `测试时钟：服务器时间按 ${config.clockFile} 的 offsetDays 偏移（仅限演示和测试）\n`;
  const fastify = await buildApp(app, { logger: true });
  const checkpoint = () => writeCheckpoint(app.db, config.keyDir, app.keys.auditSeal, app.now());
  await checkpoint().catch((err: unknown) => fastify.log.error({ err }, '审计链检查点写入失败'));
  const checkpoints = scheduleCheckpoints(checkpoint, config.checkpointSeconds, fastify.log);
  const idleAccounts = scheduleIdleAccountSweep(app, fastify.log);
  const vacuum = scheduleVacuum(app);
  // Deadlines that appear with time alone (e.g. the court application period once a fine is overdue).
  const deadlineRefresh = scheduleDeadlineRefresh(app, fastify.log);
  // No SMS gateway is connected: outside messages are logged (demo mode and until one is configured).
  setNotificationSender(
    new LoggingSender((line) => fastify.log.info({ notification: line }, '外部消息（未接入网关，仅记录）')),
  );
  const alertRuns = scheduleAlertRuns(app, fastify.log, config.alertIntervalMinutes * 60_000);
  // Publications whose period is over (事后公示): the portal already hides them on read.
  const disclosureExpiry = scheduleExpirySweep(app, fastify.log);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    fastify.log.info({ signal }, '正在停止：不再接受新请求，等待进行中的请求完成');
    if (vacuum) clearInterval(vacuum);
    // fastify.close() stops accepting and waits for in-flight requests before resolving.
    await fastify.close();
    checkpoints.stop();
    idleAccounts?.stop();
    await deadlineRefresh.stop();
    await alertRuns.stop();
    disclosureExpiry.stop();
    // The last head, after the last request: a restart's chain must be at least this long.
    await checkpoint().catch((err: unknown) => fastify.log.error({ err }, '审计链检查点写入失败'));
    await database.close();
    release();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));

  await fastify.listen({ port: config.port, host: config.host });
  process.stdout.write(banner);
}

main().catch((err) => {
  if (err instanceof DataDirLockedError) {
    process.stderr.write(`\n启动失败：${err.message}\n`);
  } else {
    process.stderr.write(`\n启动失败：${(err as Error).stack ?? err}\n`);
  }
  process.exit(1);
});
