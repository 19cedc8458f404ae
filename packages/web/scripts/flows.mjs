// Exercises the admin pages end to end against a demo server (creates records!). Usage as screenshots.mjs.
import fs from 'node:fs';
import { chromium } from 'playwright-core';
import { generateSync } from 'otplib';

const BASE = process.env.BASE_URL ?? 'http://localhost:3100';
const PASSWORD = process.env.ZHIFA_DEMO_PASSWORD ?? 'Demo-Passw0rd!2025';
const OUT = process.env.OUT ?? '/tmp/shots';
const accounts = JSON.parse(fs.readFileSync(process.env.ACCOUNTS_JSON ?? '/tmp/accounts.json', 'utf8'));
const secretOf = (u) => accounts.find((a) => a.username === u)?.totpSecret;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
const problems = [];
const check = (ok, what) => {
  console.log(`${ok ? '✔' : '✘'} ${what}`);
  if (!ok) problems.push(what);
};

async function newPage(label) {
  const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
  page.on('console', (m) => {
    if (
      /Content Security Policy/i.test(m.text()) ||
      (m.type() === 'error' && !/Failed to load resource/.test(m.text()))
    )
      problems.push(`[${label}] ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`[${label}] pageerror ${e.message}`));
  return page;
}

async function signIn(page, username, password = PASSWORD) {
  await page.goto(`${BASE}/login`);
  await page.fill('#username', username);
  await page.fill('#password', password);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  const secret = secretOf(username);
  if (secret) {
    await page.fill('#totp', generateSync({ secret }));
    await page.getByRole('button', { name: '验证并登录' }).click();
  }
  await page.waitForSelector('.greeting-title');
}

const toast = (page, text) =>
  page
    .locator('.ant-message')
    .getByText(text)
    .waitFor({ timeout: 10000 })
    .then(
      () => true,
      () => false,
    );

// Lock an account: five wrong passwords.
{
  const page = await newPage('lock');
  await page.goto(`${BASE}/login`);
  for (let i = 0; i < 5; i++) {
    await page.fill('#username', 'hetang.officer3');
    await page.fill('#password', `wrong-${i}`);
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.waitForSelector('.login-alert');
    await page.waitForTimeout(300);
  }
  const text = await page.locator('.login-alert').innerText();
  check(/锁定/.test(text), `lockout message shown: ${text}`);
  await page.context().close();
}

// System administrator: create a user, edit an agency, add a team.
{
  const page = await newPage('sysadmin');
  await signIn(page, 'sysadmin');
  await page.goto(`${BASE}/admin/users`);
  await page.getByRole('button', { name: '新建用户' }).click();
  const username = `test.u${Date.now() % 100000}`;
  await page.fill('#userForm_username', username);
  await page.fill('#userForm_name', '测试用户');
  await page.click('#userForm_agencyId');
  await page.keyboard.type('杜阮');
  await page.keyboard.press('Enter');
  await page.getByLabel('执法人员', { exact: true }).check();
  await page.fill('#userForm_password', 'Strong-Passw0rd!9');
  await page.fill('#userForm_confirmPassword', 'Strong-Passw0rd!9');
  await page.getByRole('button', { name: '创建' }).click();
  check(await toast(page, '已创建'), 'user created');
  await page.fill('#filter-q', username);
  await page.keyboard.press('Enter');
  await page.waitForURL(/q=test/);
  await page
    .waitForFunction(() => document.querySelectorAll('.ant-table-row').length === 1, null, { timeout: 10000 })
    .catch(() => {});
  const found = await page.locator('.ant-table-row').allInnerTexts();
  check(
    found.length === 1,
    `search finds the new user (${page.url()} → ${found.length}: ${found.join(' / ').slice(0, 200)})`,
  );

  await page.goto(`${BASE}/admin/agencies`);
  await page.getByRole('button', { name: '编辑' }).first().click();
  await page.waitForSelector('#agencyForm_name');
  await page.getByRole('button', { name: '保存' }).click();
  check(await toast(page, '执法主体已保存'), 'agency saved unchanged');
  await page.waitForTimeout(500);
  await page.getByRole('button', { name: '添加执法队' }).first().click();
  await page.fill('#teamForm_teamName', `第二执法中队${Date.now() % 1000}`);
  await page.getByRole('button', { name: '添加', exact: true }).click();
  check(await toast(page, '执法队已添加'), 'team added');

  // Session loss: the next request answers 401 → sign-in page, then back.
  await page.goto(`${BASE}/admin/users`);
  await page.waitForSelector('.ant-table-row');
  await page.context().clearCookies();
  await page.fill('#filter-q', 'duruan');
  await page.keyboard.press('Enter');
  await page.waitForURL(`${BASE}/login`);
  check(
    await page
      .getByText('登录已失效')
      .waitFor({ timeout: 5000 })
      .then(
        () => true,
        () => false,
      ),
    'expired session leads to /login with notice',
  );
  await page.context().close();
}

// Security administrator: unlock, adjust roles.
{
  const page = await newPage('secadmin');
  await signIn(page, 'secadmin');
  await page.getByRole('button', { name: '查看并解锁' }).click();
  await page.waitForURL(/status=locked/);
  await page.waitForSelector('.ant-table-row');
  check((await page.locator('.ant-table-row').count()) >= 1, 'locked filter lists the locked user');
  await page.getByRole('button', { name: '解锁' }).first().click();
  check(await toast(page, '已解锁'), 'unlocked');
  await page.goto(`${BASE}/admin/users?q=hetang.officer2`);
  await page.waitForSelector('.ant-table-row');
  await page.getByRole('button', { name: '调整角色' }).first().click();
  await page.getByLabel('系统管理员').check();
  await page.getByRole('button', { name: '保存' }).click();
  await page.waitForTimeout(300);
  const err = await page
    .locator('#rolesForm_roles_help, .ant-form-item-explain-error')
    .first()
    .innerText()
    .catch(() => '');
  check(/单独授予/.test(err), `admin+business role refused client-side: ${err}`);
  await page.getByLabel('系统管理员').uncheck();
  await page.getByLabel('法制审核人员').check();
  await page.getByRole('button', { name: '保存' }).click();
  check(await toast(page, '已调整'), 'roles adjusted');
  await page.context().close();
}

// Audit administrator: filters, verify, load more.
{
  const page = await newPage('auditadmin');
  await signIn(page, 'auditadmin');
  await page.goto(`${BASE}/admin/audit`);
  await page.waitForSelector('.ant-table-row');
  const before = await page.locator('.ant-table-row').count();
  const more = page.getByRole('button', { name: '加载更多' });
  if (await more.isVisible()) {
    await more.click();
    await page.waitForTimeout(1000);
    check((await page.locator('.ant-table-row').count()) > before, 'load more appends rows');
  } else console.log(`  (only ${before} events, no second page)`);
  await page.locator('.filter-form .ant-select').last().click();
  await page.getByTitle('失败').click();
  await page.getByRole('button', { name: '查询' }).click();
  await page.waitForTimeout(1000);
  const outcomes = await page.locator('.ant-table-row .ant-tag').allInnerTexts();
  check(outcomes.length > 0 && outcomes.every((t) => t === '失败'), `outcome filter: ${outcomes.length} rows`);
  await page.screenshot({ path: `${OUT}/13-audit-filtered-desktop.png`, fullPage: true });
  await page.context().close();
}

await browser.close();
console.log(problems.length ? `问题：\n${problems.join('\n')}` : '全部通过');
