import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { launchBrowser, newPage, ROOT, signIn, startServer, type RunningServer } from './support';

// What a first visit costs: bytes on the wire and time until the page shows its content, on a
// throttled phone connection. Sizes are budgets (they depend only on the build); times are printed,
// never asserted (docs/BENCHMARKS.md keeps them), because a loaded test machine changes them.

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** 1.6 Mbps down, 750 kbps up, 150 ms round trip: the slow phone profile of the targets. */
const SLOW_PHONE = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1_000_000) / 8,
  uploadThroughput: (750 * 1_000) / 8,
};

interface Load {
  bytes: number;
  requests: number;
  fromNetwork: string[];
  fromCache: number;
  ms: number;
}

interface Recorder {
  cdp: CDPSession;
  start(): void;
  stop(): Omit<Load, 'ms'>;
}

async function record(page: Page): Promise<Recorder> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_PHONE);
  let on = false;
  let bytes = 0;
  let requests = 0;
  let fromCache = 0;
  const urls = new Map<string, string>();
  const fromNetwork: string[] = [];
  cdp.on('Network.requestWillBeSent', (e) => {
    if (on) urls.set(e.requestId, e.request.url);
  });
  cdp.on('Network.requestServedFromCache', () => {
    if (on) fromCache += 1;
  });
  cdp.on('Network.responseReceived', (e) => {
    if (on && (e.response.fromDiskCache || e.response.fromPrefetchCache)) fromCache += 1;
  });
  cdp.on('Network.loadingFinished', (e) => {
    if (!on || !urls.has(e.requestId)) return;
    requests += 1;
    // Bytes received from the network, headers included; 0 for a response from the cache.
    bytes += e.encodedDataLength;
    if (e.encodedDataLength > 0) fromNetwork.push(new URL(urls.get(e.requestId)!).pathname);
  });
  return {
    cdp,
    start() {
      on = true;
      bytes = 0;
      requests = 0;
      fromCache = 0;
      fromNetwork.length = 0;
      urls.clear();
    },
    stop() {
      on = false;
      return { bytes, requests, fromCache, fromNetwork: [...fromNetwork] };
    },
  };
}

/** Opens `url` and waits for `ready`; the time runs from the navigation to the content showing. */
async function measure(page: Page, recorder: Recorder, url: string, ready: string): Promise<Load> {
  recorder.start();
  const started = Date.now();
  await page.goto(url, { waitUntil: 'commit' });
  await page.locator(ready).first().waitFor({ timeout: 120_000 });
  const ms = Date.now() - started;
  await page.waitForLoadState('networkidle');
  return { ...recorder.stop(), ms };
}

const figures: Record<string, Load> = {};

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

async function signedInState(): Promise<Awaited<ReturnType<BrowserContext['storageState']>>> {
  const { context, page } = await newPage(browser);
  await signIn(page, server, 'duruan.officer1');
  await page.locator('.greeting-title').waitFor();
  const state = await context.storageState();
  await context.close();
  return state;
}

describe('first load', () => {
  it('assets go out compressed, and hashed assets are cached as immutable', async () => {
    const html = await (await fetch(`${server.url}/login`)).text();
    const script = html.match(/src="(\/assets\/index-[^"]+\.js)"/)?.[1];
    expect(script, 'the page loads its entry script').toBeTruthy();
    const br = await fetch(`${server.url}${script}`, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(br.headers.get('vary')).toMatch(/accept-encoding/i);
    const gz = await fetch(`${server.url}${script}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    const plain = await fetch(`${server.url}${script}`, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect((await plain.text()).length).toBeGreaterThan(Number(br.headers.get('content-length')));
    // The page itself carries a fresh nonce each time: never cached.
    const page = await fetch(`${server.url}/login`);
    expect(page.headers.get('cache-control')).toBe('no-store');
  });

  it('the sign-in page, cold and warm, on a slow phone connection', async () => {
    const { page } = await newPage(browser);
    const recorder = await record(page);
    figures.loginCold = await measure(page, recorder, `${server.url}/login`, '#username');
    figures.loginWarm = await measure(page, recorder, `${server.url}/login`, '#username');
    expect(figures.loginCold.bytes).toBeLessThanOrEqual(400 * 1024);
    // Warm: only the page itself comes over the network; every hashed asset comes from the cache.
    expect(figures.loginWarm.fromNetwork.filter((p) => p.startsWith('/assets/'))).toEqual([]);
    await page.context().close();
  });

  it('the workbench, cold and warm, on a slow phone connection', async () => {
    const storageState = await signedInState();
    const { page } = await newPage(browser, { storageState });
    const recorder = await record(page);
    figures.workbenchCold = await measure(page, recorder, `${server.url}/`, '.greeting-title');
    figures.workbenchWarm = await measure(page, recorder, `${server.url}/`, '.greeting-title');
    expect(figures.workbenchCold.bytes).toBeLessThanOrEqual(700 * 1024);
    expect(figures.workbenchWarm.fromNetwork.filter((p) => p.startsWith('/assets/'))).toEqual([]);
    await page.context().close();

    const lines = Object.entries(figures).map(
      ([name, f]) =>
        `${name.padEnd(14)} ${kb(f.bytes).padStart(10)} over the network, ${String(f.requests).padStart(3)} requests, ` +
        `time to content ${(f.ms / 1000).toFixed(2)} s`,
    );
    const report = ['first load on 1.6 Mbps / 150 ms:', ...lines].join('\n');
    console.log(report);
    if (process.env.ZHIFA_FIRST_LOAD_REPORT)
      fs.writeFileSync(path.resolve(ROOT, process.env.ZHIFA_FIRST_LOAD_REPORT), `${report}\n`);
  });
});
