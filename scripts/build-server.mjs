// Bundle the server and its command-line tools with esbuild into packages/server/dist, to run
// with plain Node (no TypeScript loader at run time). @zhifa/domain and @zhifa/contract are
// compiled in from their source, so server, rules and HTTP contract always match; every other
// dependency stays in node_modules.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const server = path.join(root, 'packages/server');
export const SERVER_DIST = path.join(server, 'dist');
export const ENTRY_POINTS = {
  main: 'src/main.ts',
  'admin-init': 'src/cli/admin-init.ts',
  'admin-account': 'src/cli/admin-account.ts',
  'audit-verify': 'src/cli/audit-verify.ts',
  'demo-accounts': 'src/cli/demo-accounts.ts',
};

/** Whether the bundle is missing or older than any server, domain or contract source file. */
export function serverBundleStale() {
  const bundle = path.join(SERVER_DIST, 'main.js');
  if (!fs.existsSync(bundle)) return true;
  const built = fs.statSync(bundle).mtimeMs;
  const newer = (dir) =>
    fs.readdirSync(dir, { withFileTypes: true }).some((e) => {
      const full = path.join(dir, e.name);
      return e.isDirectory() ? newer(full) : fs.statSync(full).mtimeMs > built;
    });
  return [
    path.join(server, 'src'),
    path.join(root, 'packages/domain/src'),
    path.join(root, 'packages/contract/src'),
    path.join(server, 'package.json'),
  ].some((p) => (fs.statSync(p).isDirectory() ? newer(p) : fs.statSync(p).mtimeMs > built));
}

export async function buildServer() {
  const pkg = JSON.parse(fs.readFileSync(path.join(server, 'package.json'), 'utf8'));
  const inlined = new Set(['@zhifa/domain', '@zhifa/contract']);
  const external = Object.keys(pkg.dependencies ?? {}).filter((d) => !inlined.has(d));
  await build({
    absWorkingDir: server,
    entryPoints: ENTRY_POINTS,
    outdir: SERVER_DIST,
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    conditions: ['source'],
    external,
    sourcemap: true,
    logLevel: 'warning',
    // Bundled CommonJS code (none today) would look for require in an ES module.
    banner: {
      js: "import { createRequire as __zhifaRequire } from 'node:module'; const require = __zhifaRequire(import.meta.url);",
    },
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildServer();
  console.log(`服务端已构建：${path.relative(root, SERVER_DIST)}`);
}
