import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { generateSync } from 'otplib';
import { testDateOffsetDays } from '../packages/server/src/demo/test-clock';
import { CASE_ACTIONS, type CaseActionType } from '@zhifa/domain';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DEMO_PASSWORD = 'Demo-Passw0rd!2025';
const DAY_MS = 86_400_000;

export interface RunningServer {
  url: string;
  dataDir: string;
  /** TOTP secrets of demo accounts that need a second factor, read from the start banner. */
  totpSecrets: Record<string, string>;
  output: () => string;
  stop: () => Promise<void>;
  /** The server's time: real time plus the test clock's offset. */
  now: () => Date;
  /**
   * Moves the server's clock to `date` (Beijing), keeping the time of day (ZHIFA_CLOCK_FILE); only
   * for a server started with `{ clock: true }`. Sessions idle longer than the jump end: sign in again.
   */
  setToday: (date: string) => Promise<void>;
}

/** The date in Beijing (the server and the browsers both count days there). */
export function beijingDate(at: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);
}

/** Today on the server's (test) clock. */
export function serverToday(server: RunningServer): string {
  return beijingDate(server.now());
}

/** Now on the server's clock in Beijing as a datetime-local value ('YYYY-MM-DDTHH:MM'). */
export function serverMinute(server: RunningServer): string {
  const time = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Shanghai',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(server.now());
  return `${serverToday(server)}T${time}`;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

interface Launched {
  child: ChildProcess;
  url: string;
  output: () => string;
}

/** Runs the built server on `dataDir` and waits until it answers and has printed its banner. */
async function launch(dataDir: string, env: Record<string, string>): Promise<Launched> {
  const { SERVER_DIST } = (await import(path.join(ROOT, 'scripts/build-server.mjs'))) as { SERVER_DIST: string };
  const port = await freePort();
  let out = '';
  const child: ChildProcess = spawn(process.execPath, ['--enable-source-maps', path.join(SERVER_DIST, 'main.js')], {
    cwd: ROOT,
    env: {
      ...process.env,
      ZHIFA_MODE: 'demo',
      ZHIFA_DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      ZHIFA_DEMO_PASSWORD: DEMO_PASSWORD,
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
      ZHIFA_LOGIN_RATE_MAX: '1000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${out}`);
    try {
      const res = await fetch(`${url}/api/ready`);
      if (res.ok && out.includes('演示账号')) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) throw new Error(`server did not become ready:\n${out}`);
    await new Promise((r) => setTimeout(r, 300));
  }
  return { child, url, output: () => out };
}

async function stopChild(child: ChildProcess) {
  if (child.exitCode !== null) return;
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
}

/**
 * A data folder with the demo county loaded, made once per server build, environment and day and
 * copied for each test file: loading the demo county is most of a server's start. The copy is a
 * fresh database of its own, so test files stay independent.
 */
async function demoTemplate(
  env: Record<string, string>,
  offsetDays: number,
  today: string,
  serverBundle: string,
): Promise<string> {
  const migrations = fs.readdirSync(path.join(ROOT, 'packages/server/migrations')).sort().join(',');
  const bundle = fs.statSync(serverBundle);
  const key = crypto
    .createHash('sha256')
    .update(JSON.stringify({ env, today, migrations, bundle: [bundle.size, bundle.mtimeMs] }))
    .digest('hex')
    .slice(0, 16);
  const dir = path.join(os.tmpdir(), `zhifa-e2e-template-${key}`);
  if (fs.existsSync(dir)) return dir;
  const making = `${dir}.making-${process.pid}`;
  fs.rmSync(making, { recursive: true, force: true });
  fs.mkdirSync(making, { recursive: true });
  // Seeded on the run's day: the demo county's dates follow the test clock.
  const clock = path.join(making, 'template-clock.json');
  if (offsetDays !== 0) fs.writeFileSync(clock, JSON.stringify({ offsetDays }));
  const server = await launch(making, { ...env, ...(offsetDays !== 0 ? { ZHIFA_CLOCK_FILE: clock } : {}) });
  await stopChild(server.child);
  // Only a complete folder gets the name. Two files run at once: the other may have named the same
  // template first (then its copy is used), or be copying a template of another environment, so
  // only templates older than a day (of earlier builds) are removed.
  const dayAgo = Date.now() - DAY_MS;
  for (const old of fs.readdirSync(os.tmpdir()).filter((n) => n.startsWith('zhifa-e2e-template-'))) {
    const full = path.join(os.tmpdir(), old);
    if (!old.includes('.making-') && full !== dir && fs.statSync(full).mtimeMs < dayAgo)
      fs.rmSync(full, { recursive: true, force: true });
  }
  try {
    fs.renameSync(making, dir);
  } catch (err) {
    if (!fs.existsSync(dir)) throw err;
    fs.rmSync(making, { recursive: true, force: true });
  }
  return dir;
}

/** Start the real server (built web client, embedded database in a temp folder, demo county). */
export async function startServer(
  env: Record<string, string> = {},
  options: { clock?: boolean } = {},
): Promise<RunningServer> {
  if (!fs.existsSync(path.join(ROOT, 'packages/web/dist/index.html'))) {
    throw new Error('web client not built: run `npm run build -w @zhifa/web` (npm run test:e2e does it)');
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhifa-e2e-'));
  const clockFile = path.join(dataDir, 'clock.json');
  // Every server of a run moved to ZHIFA_TEST_DATE starts on that day (docs/TESTING.md).
  let offsetDays = testDateOffsetDays(process.env.ZHIFA_TEST_DATE);
  const clocked = options.clock || offsetDays !== 0;
  const writeClock = (days: number) => {
    // Written aside and renamed over, so the server never reads a half-written file.
    fs.writeFileSync(`${clockFile}.tmp`, JSON.stringify({ offsetDays: days }));
    fs.renameSync(`${clockFile}.tmp`, clockFile);
  };
  // The server runs built, as `npm start` runs it (scripts/build-server.mjs; rebuilt when stale).
  const { buildServer, serverBundleStale, SERVER_DIST } = (await import(
    path.join(ROOT, 'scripts/build-server.mjs')
  )) as {
    buildServer: () => Promise<void>;
    serverBundleStale: () => boolean;
    SERVER_DIST: string;
  };
  if (serverBundleStale()) await buildServer();
  const today = beijingDate(new Date(Date.now() + offsetDays * DAY_MS));
  if (process.env.ZHIFA_E2E_FRESH_DATA !== '1') {
    const template = await demoTemplate(env, offsetDays, today, path.join(SERVER_DIST, 'main.js'));
    fs.cpSync(template, dataDir, { recursive: true });
  }
  if (clocked) writeClock(offsetDays);
  const launched = await launch(dataDir, { ...env, ...(clocked ? { ZHIFA_CLOCK_FILE: clockFile } : {}) });
  const { child, url } = launched;
  const out = launched.output;
  const totpSecrets: Record<string, string> = {};
  for (const line of out().split('\n')) {
    const m = line.match(/^\s+(\S+)\s.*动态验证码密钥：([A-Z2-7]+)/);
    if (m) totpSecrets[m[1]] = m[2]!;
  }
  return {
    url,
    dataDir,
    totpSecrets,
    output: out,
    now: () => new Date(Date.now() + offsetDays * DAY_MS),
    setToday: async (date: string) => {
      if (!options.clock) throw new Error('server started without a clock file: startServer(env, { clock: true })');
      const days = Math.round(
        (Date.parse(`${date}T00:00:00Z`) - Date.parse(`${beijingDate(new Date())}T00:00:00Z`)) / DAY_MS,
      );
      writeClock(days);
      offsetDays = days;
      // The server looks at the file at most every 200 ms.
      await new Promise((r) => setTimeout(r, 300));
    },
    stop: async () => {
      await stopChild(child);
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function chromiumPath(): Promise<string> {
  if (fs.existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  const mod = (await import('@sparticuz/chromium')) as unknown as { default: { executablePath(): Promise<string> } };
  return mod.default.executablePath();
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: await chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}

export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

/** A page that fails the test on any CSP violation or uncaught error. */
export async function newPage(
  browser: Browser,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', ...options });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' && /Content Security Policy|Refused to/.test(msg.text())) problems.push(msg.text());
  });
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  return { context, page, problems };
}

export function totp(secret: string, at: Date = new Date()): string {
  return generateSync({ secret, epoch: Math.floor(at.getTime() / 1000) });
}

/** Moves the browser's clock (Date in every page of the context) to the server's time; it keeps running. */
export async function followServerClock(page: Page, server: RunningServer) {
  await page.context().clock.setSystemTime(server.now());
}

// The last TOTP time step each account used: a code works once, so a second sign-in within the
// same 30 seconds takes the next step's code (the server accepts one step of drift) or waits.
const usedSteps = new Map<string, number>();

async function freshCode(server: RunningServer, username: string, secret: string): Promise<string> {
  const step = Math.floor(server.now().getTime() / 30_000);
  const target = Math.max(step, (usedSteps.get(username) ?? -1) + 1);
  if (target > step + 1) await new Promise((r) => setTimeout(r, (target - 1) * 30_000 - server.now().getTime() + 500));
  usedSteps.set(username, target);
  return totp(secret, new Date(target * 30_000 + 1_000));
}

/** Sign in through the login page, answering the TOTP step when the account needs it. */
export async function signIn(page: Page, server: RunningServer, username: string, password = DEMO_PASSWORD) {
  await followServerClock(page, server);
  await page.goto(`${server.url}/login`);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  const secret = server.totpSecrets[username];
  if (secret) {
    await page.locator('#totp').waitFor();
    await page.locator('#totp').fill(await freshCode(server, username, secret));
    await page
      .getByRole('button', { name: /验\s*证|确\s*认|登\s*录/ })
      .last()
      .click();
  }
}

/** Picks an option of a select and waits until the select shows it (lists may still be loading). */
export async function chooseOption(page: Page, input: string, text: string) {
  const select = page
    .locator('.ant-select')
    .filter({ has: page.locator(input) })
    .first();
  let last: unknown = null;
  for (let attempt = 0; attempt < 4; attempt++) {
    await page.locator(input).click();
    // A dropdown opened while its drawer still slides in can move or close under the click: then
    // open it again rather than spend the whole test timeout waiting on the vanished option.
    try {
      await page
        .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text })
        .first()
        .click({ timeout: 8_000 });
    } catch (err) {
      last = err;
      continue;
    }
    if ((await select.innerText()).includes(text)) return;
  }
  throw new Error(`option not chosen: ${text}${last ? ` (${(last as Error).message.split('\n')[0]})` : ''}`);
}

/** Closes an open dropdown by clicking the form's heading: Escape would close the whole form. */
export async function closeDropdown(page: Page) {
  await page.locator('.ant-drawer-title:visible, .ant-modal-title:visible').first().click();
}

/** Adds a person to a multiple select unless already chosen (clicking a chosen option would drop it). */
export async function ensureChosen(page: Page, input: string, name: string) {
  const select = page
    .locator('.ant-select')
    .filter({ has: page.locator(input) })
    .first();
  if ((await select.locator('.ant-select-selection-item', { hasText: name }).count()) === 0)
    await chooseOption(page, input, name);
  await closeDropdown(page);
}

/** Picks an enforcement item by searching its name, and waits until the select shows it. */
export async function chooseItem(page: Page, input: string, search: string, name: string) {
  const select = page
    .locator('.ant-select')
    .filter({ has: page.locator(input) })
    .first();
  for (let attempt = 0; attempt < 3; attempt++) {
    await page.locator(input).fill(search);
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: name }).first().click();
    if ((await select.innerText()).includes(name.slice(0, 12))) return;
  }
  throw new Error(`item not chosen: ${name}`);
}

/** The footer of the open action form: a drawer on a phone, a modal on a desktop. */
export const ACTION_FOOTER = '.ant-drawer-footer:visible, .ant-modal-footer:visible';

/** Names of demo accounts, read from the start banner ("  duruan.officer1   陈志强 …"). */
export function bannerNames(output: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of output.matchAll(/^\s+(\S+\.\S+|\S+)\s+(\S+)\s/gmu)) out[m[1]] = m[2]!;
  return out;
}

/** Opens an action the case page offers: a button of the action bar, or an entry of 更多操作. */
export async function openAction(page: Page, type: CaseActionType) {
  const footer = page.locator(ACTION_FOOTER).first();
  // A click that lands while the 更多操作 menu is still opening opens nothing: after the usual wait,
  // try once more (unless the form opened late), without closing a menu that is already open.
  for (let attempt = 1; ; attempt++) {
    const button = page.locator(`[data-action="${type}"]`);
    if (await button.count()) await button.click();
    else {
      const item = page.getByRole('menuitem', { name: CASE_ACTIONS[type].label, exact: true });
      if (!(await item.isVisible())) await page.getByRole('button', { name: /更多操作/ }).click();
      await item.click();
    }
    try {
      await footer.waitFor({ timeout: 30_000 });
      return;
    } catch (err) {
      if (await footer.isVisible()) return;
      if (attempt >= 2) throw err;
    }
  }
}

/**
 * 第52条, 第61条: a decision is handed over on paper. From the open hand-over form, prints each
 * decision it shows as not yet printed through its print page (a new tab: its PDF is read, which is
 * the first print), then waits until the form shows every one printed.
 */
export async function printFromForm(page: Page) {
  const panel = page.locator('[data-testid="document-on-paper"]:visible');
  await panel.first().waitFor();
  const unprinted = panel.locator('.ant-alert-warning');
  for (let n = await unprinted.count(); n > 0; n = await unprinted.count()) {
    const opened = page.context().waitForEvent('page');
    await unprinted.first().getByRole('link', { name: /打印/ }).click();
    const tab = await opened;
    await tab.waitForResponse((r) => /\/api\/documents\/[^/]+\/pdf/.test(r.url()) && r.ok(), { timeout: 60_000 });
    await tab.close();
    const before = n;
    for (const until = Date.now() + 30_000; (await unprinted.count()) >= before && Date.now() < until;) {
      await panel.first().getByRole('button', { name: '刷新打印状态' }).first().click();
      await page.waitForTimeout(300);
    }
  }
}

/**
 * Ticks the statements of fact the form asks the officer to make (已出示证件, 已盖章 …): they start
 * unticked, and the person makes them deliberately.
 */
export async function attest(page: Page) {
  const boxes = page.locator('.attestation input[type="checkbox"]:visible:not(:checked)');
  for (let n = await boxes.count(); n > 0; n = await boxes.count()) await boxes.first().check();
}

/** Clicks 提交 on the open action form, as it stands (the statements of fact are the caller's). */
export async function pressSubmit(page: Page) {
  await page
    .locator(ACTION_FOOTER)
    .first()
    .getByRole('button', { name: /提\s*交/ })
    .click();
}

/**
 * Submits the open action form (the officer having made its statements of fact); it closes once
 * the server took the step, a refusal fails with its text.
 */
export async function submitAction(page: Page) {
  await attest(page);
  await pressSubmit(page);
  const bad = page.locator('.refusal-alert:visible, .ant-form-item-explain-error:visible');
  // The form closes after the case and its lists are fetched again; on a loaded machine that can
  // take far longer than the step itself.
  for (const until = Date.now() + 60_000; Date.now() < until; await page.waitForTimeout(100)) {
    if (await bad.count()) {
      const fields = await page.locator('.ant-form-item-has-error').allInnerTexts();
      throw new Error(
        `action refused: ${(await bad.allInnerTexts()).join(' | ')}${fields.length ? `\nfields: ${fields.join(' | ')}` : ''}`,
      );
    }
    if ((await page.locator(ACTION_FOOTER).count()) === 0) return;
  }
  throw new Error('the action form neither closed nor showed a refusal');
}

/** The summary form's next step (当事人 → 违法事实 → 处罚 → 确认), once the current one is valid. */
export async function summaryStep(page: Page, title: '违法事实' | '处罚' | '确认') {
  await page.getByRole('button', { name: /下一步/ }).click();
  await page.locator(`[data-step="${title}"]:not([hidden])`).waitFor();
}
