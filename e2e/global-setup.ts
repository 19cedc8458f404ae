// Once per browser run, before the test files start (two at a time): the server bundle every file
// runs is built here, so two files never build it at once.
import path from 'node:path';
import { ROOT } from './support';

export default async function setup() {
  const { buildServer, serverBundleStale } = (await import(path.join(ROOT, 'scripts/build-server.mjs'))) as {
    buildServer: () => Promise<void>;
    serverBundleStale: () => boolean;
  };
  if (serverBundleStale()) await buildServer();
}
