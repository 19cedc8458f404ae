// 简易程序 on a phone (390×844): an officer of 杜阮镇 fines a dog owner on the spot for walking a
// dog without a leash (CSGL-028, 江门市文明行为促进条例 第50条第3款: ¥100–200 for a person). A
// ¥300 fine for a person is refused under 行政处罚法 第51条 before anything is sent; ¥200 is
// decided on the spot, numbered by the server, with remedies that send the party to
// reconsideration first (行政复议法 第23条); the party refuses to sign, which is noted, and the
// decision is filed (备案) with the agency.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CASE_CONFIG, idNumberCheckChar } from '@zhifa/domain';
import {
  chooseItem,
  chooseOption,
  launchBrowser,
  newPage,
  PHONE,
  printFromForm,
  type RunningServer,
  signIn,
  startServer,
} from './support';

const ITEM = '对在城市市区范围内携带犬只外出未用牵引带牵领或者装入笼内的行政处罚';
const SHOTS = process.env.E2E_SHOTS ?? path.join(os.tmpdir(), 'zhifa-e2e-shots');

let server: RunningServer;
let browser: Browser;
let page: Page;
let problems: string[];
let officer2 = '';

function idNumber(): string {
  const body = '44070319900315123';
  return body + idNumberCheckChar(body);
}

async function submitAction(p: Page) {
  await p
    .locator('.ant-drawer-footer:visible')
    .getByRole('button', { name: /提\s*交/ })
    .click();
  const ok = p.locator('.ant-message-notice', { hasText: '已办理' });
  const bad = p.locator('.refusal-alert:visible, .ant-form-item-explain-error:visible');
  await ok.or(bad).first().waitFor({ timeout: 30_000 });
  if (await bad.count()) throw new Error(`action refused: ${(await bad.allInnerTexts()).join(' | ')}`);
}

/** Goes on to the next step of the summary form and waits until it shows. */
async function nextStep(title: string) {
  await page.getByRole('button', { name: /下一步/ }).click();
  await page.locator(`[data-step="${title}"]:not([hidden])`).waitFor();
}

/**
 * Everything a thumb can tap on the screen, smaller than 44 × 44 px (WCAG 2.5.5): inner parts of a
 * larger control (the input inside a number box, the box inside a checkbox's label) are not counted.
 */
async function smallTapTargets(p: Page): Promise<string[]> {
  return p.evaluate(() => {
    const selector = [
      'button',
      'a[href]',
      '[role="button"]',
      '[role="tab"]',
      '.ant-checkbox-wrapper',
      '.ant-radio-wrapper',
      '.ant-radio-button-wrapper',
      '.ant-select',
      '.ant-input-number',
      '.ant-picker',
      '.ant-input-affix-wrapper',
      'input.ant-input',
      'textarea',
    ].join(',');
    const wrappers =
      '.ant-input-number, .ant-picker, .ant-input-affix-wrapper, .ant-select, .ant-checkbox-wrapper, .ant-radio-wrapper, .ant-radio-button-wrapper';
    const out: string[] = [];
    for (const el of Array.from(document.querySelectorAll<HTMLElement>(selector))) {
      if (el.parentElement?.closest(wrappers)) continue;
      if (el.closest('[hidden], .ant-select-dropdown-hidden, .ant-dropdown-hidden')) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === 'hidden') continue;
      if (r.height < 44 || r.width < 44)
        out.push(
          `${el.tagName.toLowerCase()}.${String(el.className).split(' ')[0]} 「${(el.innerText || el.getAttribute('aria-label') || '').slice(0, 16)}」 ${Math.round(r.width)}×${Math.round(r.height)}`,
        );
    }
    return out;
  });
}

let broken = false;
/** One step of the story; after a failed step the later ones are skipped, not failed again. */
function step(name: string, fn: () => Promise<void>) {
  it(name, async (ctx) => {
    if (broken) ctx.skip();
    try {
      await fn();
    } catch (err) {
      broken = true;
      fs.mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({ path: path.join(SHOTS, 'failed-phone.png'), fullPage: true }).catch(() => undefined);
      if (problems.length) throw new Error(`${(err as Error).message}\npage problems:\n${problems.join('\n')}`);
      throw err;
    }
  });
}

describe('summary procedure on a phone-sized screen', () => {
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    officer2 = server.output().match(/^\s+duruan\.officer2\s+(\S+)/mu)?.[1] ?? '';
    ({ page, problems } = await newPage(browser, PHONE));
    await signIn(page, server, 'duruan.officer1');
    await page.locator('.greeting-title').waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  step('opens 当场处罚 from the bottom bar and fills the form step by step, every tap target ≥ 44 px', async () => {
    const nav = page.locator('.bottom-nav');
    expect(await nav.getByRole('button').allInnerTexts()).toEqual(['工作台', '案件', '当场处罚', '我的']);
    expect(await smallTapTargets(page)).toEqual([]);
    await nav.getByRole('button', { name: '当场处罚' }).click();
    await page.waitForURL(/\/cases\/new\/summary$/);
    await expect.poll(() => nav.locator('[aria-current="page"]').innerText()).toBe('当场处罚');

    await page.locator('#summaryCase_party_name').fill('李某某');
    await page.locator('#summaryCase_party_idNumber').fill(idNumber());
    await page.locator('#summaryCase_party_address').fill('江门市蓬江区杜阮镇杜阮南路 8 号');
    expect(await smallTapTargets(page)).toEqual([]);
    await nextStep('违法事实');

    await chooseItem(page, '#summaryCase_item', '牵引带', ITEM);
    await page.locator('#summaryCase_violation').fill('携带犬只在杜阮镇中心广场活动，未用牵引带牵领。');
    await page.locator('#summaryCase_place').fill('杜阮镇中心广场');
    const select = page
      .locator('.ant-select')
      .filter({ has: page.locator('#summaryCase_officerIds') })
      .first();
    if ((await select.locator('.ant-select-selection-item', { hasText: officer2 }).count()) === 0)
      await chooseOption(page, '#summaryCase_officerIds', officer2);
    await page.keyboard.press('Escape');
    expect(await select.locator('.ant-select-selection-item').count()).toBe(2);
    expect(await smallTapTargets(page)).toEqual([]);
    await nextStep('处罚');

    await page.getByRole('button', { name: /带入事项的处罚依据/ }).click();
    await page.locator('#summaryCase_basis_0_title').waitFor();
    expect(await smallTapTargets(page)).toEqual([]);

    // Nothing on the form is wider than the phone: no sideways scrolling in the street.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  step('refuses a 300-yuan fine for a person under 行政处罚法 第51条', async () => {
    expect(300).toBeGreaterThan(DEFAULT_CASE_CONFIG.summary.personMaxFine);
    await page.locator('#summaryCase_fineAmount').fill('300');
    const refusal = page.locator('.live-check', { hasText: '不能适用简易程序' });
    await refusal.waitFor();
    expect(await refusal.innerText()).toContain('行政处罚法 第51条');
    expect(await page.getByRole('button', { name: /下一步/ }).isDisabled()).toBe(true);
    // The item's own range for a person (江门市文明行为促进条例 第50条第3款: 100–200 元) is shown and held
    // too (行政处罚法 第32条); a fine just under its minimum is refused on the spot, where there is no 减轻.
    expect(await page.locator('.fine-provisions').innerText()).toContain('对个人罚款 100–200 元');
    const range = page.locator('.live-check', { hasText: '罚款不符合法定幅度' });
    expect(await range.innerText()).toContain('最高罚款 200 元');
    await page.locator('#summaryCase_fineAmount').fill('99.99');
    await page.locator('.live-check', { hasText: '应当按普通程序办理' }).waitFor();
    await page.locator('#summaryCase_fineAmount').fill('300');
    await refusal.waitFor();
    fs.mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, 'summary-form-refused-phone.png'), fullPage: true });
  });

  step(
    'shows the item’s discretion benchmark on the spot; a fine outside its range needs a written reason (行政处罚法 第34条)',
    async () => {
      // 蓬城管规〔2024〕1号 第28项: a person's first offence, 100 yuan.
      const panel = page.locator('[data-testid="benchmark-panel"]');
      await panel.waitFor();
      await expect.poll(() => panel.locator('[data-testid="benchmark-allowed"]').innerText()).toBe('100元');
      expect(await panel.innerText()).toContain('从轻');
      expect(await panel.locator('[data-testid="benchmark-explanation"]').innerText()).toContain(
        '第28项，当事人系初次违法，属从轻情形',
      );
      // On the spot there is no legal review: the reason is what the law asks for.
      expect(await panel.innerText()).toContain('不在裁量基准允许的幅度内：应当书面说明理由');
      expect(await panel.innerText()).not.toContain('法制审核');
      expect(await smallTapTargets(page)).toEqual([]);
    },
  );

  step('decides a 200-yuan fine on the spot: numbered, with reconsideration first', async () => {
    await page.locator('#summaryCase_fineAmount').fill(String(DEFAULT_CASE_CONFIG.summary.personMaxFine));
    await page.locator('.live-check', { hasText: '不能适用简易程序' }).waitFor({ state: 'detached' });
    await page.locator('.live-check', { hasText: '罚款不符合法定幅度' }).waitFor({ state: 'detached' });
    // Above the benchmark's 100 yuan: the step is held until the reason is written.
    await page.getByRole('button', { name: /下一步/ }).click();
    await page.locator('.ant-form-item-explain-error', { hasText: '请书面说明理由' }).waitFor();
    await page.locator('#summaryCase_deviationReason').fill('当事人经劝阻仍拒不牵领犬只，广场人员密集，影响他人安全。');
    await nextStep('确认');
    const review = await page.locator('[data-testid="summary-review"]').innerText();
    expect(review).toContain('李某某');
    expect(review).toContain('罚款 200 元');
    expect(review).toContain('从轻');
    expect(review).toContain('第28项');
    expect(review).toContain('拒不牵领犬只');
    // What the officers state they did, each ticked by the officer: unticked, the decision is held.
    await page.getByRole('button', { name: /当场作出处罚决定/ }).click();
    await page.locator('.ant-form-item-explain-error', { hasText: '出示执法证件' }).first().waitFor();
    expect(page.url()).toMatch(/\/cases\/new\/summary$/);
    for (const statement of ['已向当事人出示执法证件', '并听取陈述、申辩'])
      await page.locator('.ant-checkbox-wrapper', { hasText: statement }).locator('input').check();
    expect(await smallTapTargets(page)).toEqual([]);
    await page.getByRole('button', { name: /当场作出处罚决定/ }).click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/, { timeout: 30_000 });
    await page.locator('.case-created', { hasText: '当场处罚决定已作出' }).waitFor();
    const number = (await page.locator('[data-testid="summary-form-number"]').innerText()).trim();
    expect(number).toMatch(/^蓬杜综执当罚〔\d{4}〕\d+号$/);
    const remedies = await page.locator('[data-testid="remedies-text"]').innerText();
    expect(remedies).toContain('应当先');
    expect(remedies).toContain('申请行政复议');
    expect(remedies).not.toMatch(/也可以[^；。]*提起行政诉讼/);
    await page.locator('[data-testid="case-status"]', { hasText: '当场处罚决定已作出' }).waitFor();
    expect(await smallTapTargets(page)).toEqual([]);
  });

  step('records that the party refused to sign, with the note, then files the decision (备案)', async () => {
    await page.locator('[data-action="recordSummaryService"]').click();
    // 第52条: the form handed over is the printed one, signed by the officers, stated at hand-over.
    const signed = page.locator('.attestation', { hasText: '交付的决定书已由执法人员签名或盖章' });
    await signed.waitFor();
    await printFromForm(page);
    await signed.locator('input').check();
    await page.locator('label', { hasText: '拒绝签收' }).last().click();
    await page
      .locator('#action-recordSummaryService_refusalNote')
      .fill('当事人拒绝在决定书上签收，执法人员已在决定书上注明并当场交付。');
    const drawerWidth = await page
      .locator('.ant-drawer-content-wrapper:visible')
      .evaluate((el) => Math.round(el.getBoundingClientRect().width));
    expect(drawerWidth).toBeLessThanOrEqual(390);
    await submitAction(page);
    await page.locator('[data-testid="case-status"]', { hasText: '当场处罚决定已交付' }).waitFor();

    await page.locator('[data-action="fileSummaryRecord"]').click();
    await submitAction(page);
    await page.locator('[data-testid="case-status"]', { hasText: '已报所属机关备案' }).waitFor();
    expect(await page.locator('.case-card', { hasText: '当场行政处罚决定书' }).innerText()).toContain('拒绝签收');

    await page
      .locator('.ant-message-notice')
      .first()
      .waitFor({ state: 'detached', timeout: 15_000 })
      .catch(() => undefined);
    fs.mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, 'case-summary-phone.png'), fullPage: true });
    expect(problems).toEqual([]);
  });
});
