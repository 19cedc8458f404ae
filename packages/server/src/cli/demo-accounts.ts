import { listDemoAccounts } from '../demo/seed';
import { fail, openForCli } from './open';

/** `npm run demo:accounts`: the demo accounts as JSON (with TOTP secrets where a second factor is needed). */
const { app, database, release } = await openForCli({ readOnly: true });
try {
  if (app.config.mode === 'production') fail('生产模式没有演示账号');
  const accounts = await listDemoAccounts(app);
  process.stdout.write(`${JSON.stringify(accounts, null, 2)}\n`);
} finally {
  await database.close();
  release();
}
