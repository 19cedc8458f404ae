import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, newPage, signIn, startServer, PHONE, type RunningServer } from './support';

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

describe('platform foundation in the browser', () => {
  it('an officer signs in and sees the workbench with name, role and agency — no CSP violation', async () => {
    const { context, page, problems } = await newPage(browser);
    await signIn(page, server, 'duruan.officer1');
    await page.locator('.greeting-title').waitFor();
    const greeting = await page.locator('.greeting').innerText();
    expect(greeting).toMatch(/执法人员/);
    expect(greeting).toMatch(/杜阮镇/);
    // The menu shows business entries but no administration.
    const menu = await page.locator('.ant-layout-sider, .ant-drawer').first().innerText();
    expect(menu).not.toMatch(/审计日志|用户管理/);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('the sign-in page works on a phone-sized screen', async () => {
    const { context, page, problems } = await newPage(browser, PHONE);
    await signIn(page, server, 'hetang.officer1');
    await page.locator('.greeting-title').waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('the system administrator (with TOTP) creates a user, the security administrator grants the role, the user signs in', async () => {
    const admin = await newPage(browser);
    await signIn(admin.page, server, 'sysadmin');
    await admin.page.locator('.greeting-title').waitFor();
    await admin.page.goto(`${server.url}/admin/users`);
    await admin.page.getByRole('button', { name: /新建用户/ }).click();
    const dialog = admin.page.locator('.ant-modal');
    await dialog.locator('#userForm_username').fill('duruan.xinren');
    await dialog.locator('#userForm_name').fill('新人甲');
    await dialog.locator('#userForm_agencyId').click();
    await admin.page.keyboard.type('杜阮镇');
    await admin.page.locator('.ant-select-item-option', { hasText: '杜阮镇' }).first().click();
    await dialog.locator('#userForm_password').fill('Qz8#vL2!nW5x');
    await dialog.locator('#userForm_confirmPassword').fill('Qz8#vL2!nW5x');
    await dialog.getByRole('button', { name: /创\s*建/ }).click();
    await admin.page.getByText('用户 duruan.xinren 已创建').waitFor();
    expect(admin.problems).toEqual([]);
    await admin.context.close();

    const security = await newPage(browser);
    await signIn(security.page, server, 'secadmin');
    await security.page.locator('.greeting-title').waitFor();
    await security.page.goto(`${server.url}/admin/users?q=duruan.xinren`);
    const row = security.page.locator('tr', { hasText: 'duruan.xinren' });
    await row.getByRole('button', { name: '授予角色' }).click();
    const rolesDialog = security.page.locator('.ant-modal');
    await rolesDialog.getByLabel('执法人员', { exact: true }).check();
    await rolesDialog.getByRole('button', { name: /保\s*存|确\s*定/ }).click();
    await rolesDialog.waitFor({ state: 'hidden' });
    expect(security.problems).toEqual([]);
    await security.context.close();

    const user = await newPage(browser);
    await signIn(user.page, server, 'duruan.xinren', 'Qz8#vL2!nW5x');
    await user.page.locator('.greeting-title').waitFor();
    expect(await user.page.locator('.greeting-title').innerText()).toContain('新人甲');
    await user.context.close();
  });

  it('a locked account is refused, even with the right password', async () => {
    const { context, page } = await newPage(browser);
    for (let i = 0; i < 5; i++) {
      await page.goto(`${server.url}/login`);
      await page.locator('#username').fill('baisha.officer2');
      await page.locator('#password').fill(`wrong-password-${i}`);
      await page.getByRole('button', { name: /登\s*录/ }).click();
      await page.locator('.ant-alert, .ant-message-notice, .ant-form-item-explain-error').first().waitFor();
    }
    await page.goto(`${server.url}/login`);
    await page.locator('#username').fill('baisha.officer2');
    await page.locator('#password').fill('Demo-Passw0rd!2025');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page
      .getByText(/已被锁定/)
      .first()
      .waitFor();
    expect(page.url()).toContain('/login');
    await context.close();
  });
});
