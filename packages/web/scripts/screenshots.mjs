// Signs in as demo accounts and screenshots every page at desktop and phone size, failing on CSP
// violations or page errors. Usage (server running with demo data):
//   BASE_URL=http://localhost:3100 ACCOUNTS_JSON=/tmp/accounts.json OUT=/tmp/shots node packages/web/scripts/screenshots.mjs
// ACCOUNTS_JSON is the output of `npm run demo:accounts` (TOTP secrets of the administrators).
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { generateSync } from 'otplib';

const BASE = process.env.BASE_URL ?? 'http://localhost:3100';
const OUT = process.env.OUT ?? '/tmp/shots';
const PASSWORD = process.env.ZHIFA_DEMO_PASSWORD ?? 'Demo-Passw0rd!2025';
const accounts = JSON.parse(fs.readFileSync(process.env.ACCOUNTS_JSON ?? '/tmp/accounts.json', 'utf8'));
const secretOf = (u) =>
  (Array.isArray(accounts) ? accounts : accounts.accounts).find((a) => a.username === u)?.totpSecret;
fs.mkdirSync(OUT, { recursive: true });

const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };
const problems = [];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});

async function newPage(label) {
  const context = await browser.newContext({ viewport: DESKTOP, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const page = await context.newPage();
  page.on('console', (msg) => {
    const text = msg.text();
    if (msg.type() === 'error' || msg.type() === 'warning' || /Content Security Policy/i.test(text)) {
      problems.push(`[${label}] console.${msg.type()}: ${text}`);
    }
  });
  page.on('pageerror', (err) => problems.push(`[${label}] pageerror: ${err.message}`));
  return page;
}

async function shot(page, name, { phone = true, before } = {}) {
  await page.setViewportSize(DESKTOP);
  if (before) await before(page);
  await page.waitForTimeout(500);
  await page.screenshot({ path: path.join(OUT, `${name}-desktop.png`), fullPage: true });
  if (phone) {
    await page.setViewportSize(PHONE);
    await page.waitForTimeout(500);
    await page.screenshot({ path: path.join(OUT, `${name}-phone.png`), fullPage: true });
    await page.setViewportSize(DESKTOP);
  }
}

async function signIn(page, username) {
  await page.goto(`${BASE}/login`);
  await page.fill('#username', username);
  await page.fill('#password', PASSWORD);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  const secret = secretOf(username);
  if (secret) {
    await page.waitForSelector('#totp');
    await page.fill('#totp', generateSync({ secret }));
    await page.getByRole('button', { name: '验证并登录' }).click();
  }
  await page.waitForURL(`${BASE}/`);
  await page.waitForSelector('.greeting-title');
}

async function visit(page, url, ready) {
  await page.goto(`${BASE}${url}`);
  await page.waitForSelector(ready ?? '.page-frame');
  await page.waitForLoadState('networkidle');
}

const only = process.argv.slice(2);
const run = (name) => only.length === 0 || only.includes(name);

if (run('login')) {
  const page = await newPage('login');
  await page.goto(`${BASE}/login`);
  await page.waitForSelector('#username');
  await shot(page, '01-login');
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await shot(page, '01-login-empty-submit', { phone: false });
  await page.fill('#username', 'duruan.officer2');
  await page.fill('#password', 'wrong-password');
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.waitForSelector('.login-alert');
  await shot(page, '01-login-wrong-password', { phone: false });
  await page.context().close();
}

if (run('officer')) {
  const page = await newPage('officer');
  await signIn(page, 'duruan.officer1');
  await shot(page, '02-officer-workbench');
  await page.setViewportSize(PHONE);
  await page.getByRole('button', { name: '打开菜单' }).click();
  await page.waitForTimeout(600);
  await page.screenshot({ path: path.join(OUT, '02-officer-menu-phone.png') });
  await page.keyboard.press('Escape');
  await page.setViewportSize(DESKTOP);
  await page.locator('.app-account').click();
  await page.waitForTimeout(400);
  await page.screenshot({ path: path.join(OUT, '02-officer-account-menu-desktop.png') });
  await page.keyboard.press('Escape');
  await visit(page, '/admin/users', '.ant-result');
  await shot(page, '03-forbidden', { phone: false });
  await visit(page, '/no-such-page', '.ant-result');
  await shot(page, '03-not-found', { phone: false });
  await visit(page, '/account/password');
  await page.fill('#newPassword', 'short');
  await page.fill('#currentPassword', 'x');
  await page.waitForTimeout(300);
  await shot(page, '04-password');
  await page.locator('.app-account').click();
  await page.getByText('退出登录').click();
  await page.waitForURL(`${BASE}/login`);
  await shot(page, '04-signed-out', { phone: false });
  await page.context().close();
}

if (run('sysadmin')) {
  const page = await newPage('sysadmin');
  await signIn(page, 'sysadmin');
  await shot(page, '05-sysadmin-workbench');
  await visit(page, '/admin/agencies', '.ant-table-row');
  await shot(page, '06-agencies');
  await page.getByRole('button', { name: '编辑' }).first().click();
  await page.waitForSelector('#agencyForm_name');
  await page.fill('#agencyForm_creditCode', '11440703mb2c9123');
  await page.locator('#agencyForm_name').click();
  await page.waitForTimeout(400);
  await shot(page, '06-agency-edit', { phone: true });
  await page.keyboard.press('Escape');
  await page.waitForTimeout(400);
  await visit(page, '/admin/users', '.ant-table-row');
  await shot(page, '07-users-sysadmin');
  await page.getByRole('button', { name: '新建用户' }).click();
  await page.waitForSelector('#userForm_username');
  await page.fill('#userForm_username', 'test.user');
  await page.fill('#userForm_password', 'test.user123');
  await page.getByRole('button', { name: '创建' }).click();
  await page.waitForTimeout(500);
  await shot(page, '07-user-create', { phone: true });
  await page.keyboard.press('Escape');
  await visit(page, '/admin/roles', '.ant-table-row');
  await shot(page, '08-roles');
  await page.context().close();
}

if (run('secadmin')) {
  const page = await newPage('secadmin');
  await signIn(page, 'secadmin');
  await shot(page, '09-secadmin-workbench');
  await visit(page, '/admin/users', '.ant-table-row');
  await shot(page, '10-users-secadmin');
  await page.getByRole('button', { name: '调整角色' }).first().click();
  await page.waitForSelector('#rolesForm_roles');
  await shot(page, '10-roles-modal', { phone: true });
  await page.context().close();
}

if (run('auditadmin')) {
  const page = await newPage('auditadmin');
  await signIn(page, 'auditadmin');
  await page.getByRole('button', { name: '校验审计链' }).click();
  await page.waitForSelector('.verify-widget-result .ant-alert');
  await shot(page, '11-auditadmin-workbench');
  await visit(page, '/admin/audit', '.ant-table-row');
  await page.getByRole('button', { name: '校验审计链' }).click();
  await page.waitForSelector('.verify-result .ant-alert');
  await page.locator('.ant-table-row-expand-icon').first().click();
  await shot(page, '12-audit');
  await page.context().close();
}

await browser.close();
fs.writeFileSync(path.join(OUT, 'problems.txt'), problems.join('\n'));
console.log(problems.length ? `问题 ${problems.length} 条：\n${problems.join('\n')}` : '无控制台错误或 CSP 违规');
