// `npm start`: build the web client if it is not built and the server bundle if it is missing
// or stale, then run the server with plain Node (one process).
import { spawnSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildServer, SERVER_DIST, serverBundleStale } from './build-server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const webIndex = path.join(root, 'packages/web/dist/index.html');
const domainDist = path.join(root, 'packages/domain/dist/index.js');

function run(args) {
  const r = spawnSync('npm', args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

if (!fs.existsSync(domainDist)) run(['run', 'build', '-w', '@zhifa/domain']);
if (!fs.existsSync(webIndex)) {
  console.log('首次启动：正在构建网页客户端…');
  run(['run', 'build', '-w', '@zhifa/web']);
}

if (serverBundleStale()) {
  console.log('正在构建服务端…');
  await buildServer();
}

const child = spawn(process.execPath, ['--enable-source-maps', path.join(SERVER_DIST, 'main.js')], {
  cwd: root,
  stdio: 'inherit',
  env: { ZHIFA_MODE: 'demo', ...process.env },
});
for (const sig of ['SIGTERM', 'SIGINT']) process.on(sig, () => child.kill(sig));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
