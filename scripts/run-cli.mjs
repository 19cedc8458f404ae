// `npm run admin:init` and the other server tools: build the server bundle when it is missing or
// stale, then run the tool with plain Node.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { buildServer, ENTRY_POINTS, SERVER_DIST, serverBundleStale } from './build-server.mjs';

const [tool, ...args] = process.argv.slice(2);
if (!tool || !(tool in ENTRY_POINTS) || tool === 'main') {
  console.error(
    `用法：node scripts/run-cli.mjs <${Object.keys(ENTRY_POINTS)
      .filter((k) => k !== 'main')
      .join('|')}>`,
  );
  process.exit(2);
}
if (serverBundleStale()) await buildServer();
const child = spawn(process.execPath, ['--enable-source-maps', path.join(SERVER_DIST, `${tool}.js`), ...args], {
  stdio: 'inherit',
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
