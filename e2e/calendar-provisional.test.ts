// legal-rules.md §8.3, in the browser: on 20 December of the last year whose holiday notice is
// loaded, an officer decides a fine on the spot and hands the decision over. The payment period
// runs into the next year, which has no notice yet: it is recorded, and the case shows the date as
// 暂算. The system administrator then loads the next year's notice; the platform recomputes the
// provisional deadlines at once, lists the one that moved, and the officer sees the move on the
// workbench with the case's new date no longer provisional.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  CN_HOLIDAYS_2024_2026,
  createCalendar,
  defaultCalendar,
  idNumberCheckChar,
  trackProvisional,
} from '@zhifa/domain';
import {
  attest,
  chooseItem,
  chooseOption,
  launchBrowser,
  newPage,
  printFromForm,
  type RunningServer,
  serverToday,
  signIn,
  startServer,
  submitAction,
  summaryStep,
} from './support';

const ITEM = '对在城市市区范围内携带犬只外出未用牵引带牵领或者装入笼内的行政处罚';
const SHOTS = process.env.E2E_SHOTS ?? path.join(os.tmpdir(), 'zhifa-e2e-shots');
const roll = { rollToWorkingDay: true };

let server: RunningServer;
let browser: Browser;
let officer: Page;
let admin: Page;
const problems: string[][] = [];
let lastLoaded = 0;
let served = '';
let provisionalDue = '';
let loadedDue = '';
let caseUrl = '';

let broken = false;
function step(name: string, fn: () => Promise<void>) {
  it(name, async (ctx) => {
    if (broken) ctx.skip();
    try {
      await fn();
    } catch (err) {
      broken = true;
      fs.mkdirSync(SHOTS, { recursive: true });
      await officer
        ?.screenshot({ path: path.join(SHOTS, 'failed-provisional-officer.png'), fullPage: true })
        .catch(() => undefined);
      await admin
        ?.screenshot({ path: path.join(SHOTS, 'failed-provisional-admin.png'), fullPage: true })
        .catch(() => undefined);
      throw err;
    }
  });
}

describe('legal-rules §8.3: a decision served on 20 December, before the next year has a holiday notice', () => {
  beforeAll(async () => {
    server = await startServer({}, { clock: true });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  step(
    '行政处罚法 第67条: the officer decides and hands over a fine on 20 December; the payment period is shown as 暂算',
    async () => {
      lastLoaded = Math.max(...defaultCalendar().loadedYears);
      served = `${lastLoaded}-12-20`;
      await server.setToday(served);
      expect(serverToday(server)).toBe(served);
      const t = trackProvisional(defaultCalendar(), (c) => addCalendarDays(served, 15, c, roll));
      expect(t.provisional).toBe(true);
      provisionalDue = t.value;

      const o = await newPage(browser);
      officer = o.page;
      problems.push(o.problems);
      await signIn(officer, server, 'duruan.officer1');
      await officer.locator('.greeting-title').waitFor();
      const officer2 = server.output().match(/^\s+duruan\.officer2\s+(\S+)/mu)?.[1] ?? '';
      await officer.goto(`${server.url}/cases/new/summary`);
      const body = '44070319900315123';
      await officer.locator('#summaryCase_party_name').fill('李某某');
      await officer.locator('#summaryCase_party_idNumber').fill(body + idNumberCheckChar(body));
      await officer.locator('#summaryCase_party_address').fill('江门市蓬江区杜阮镇杜阮南路 8 号');
      await summaryStep(officer, '违法事实');
      await chooseItem(officer, '#summaryCase_item', '牵引带', ITEM);
      await officer.locator('#summaryCase_violation').fill('携带犬只在杜阮镇中心广场活动，未用牵引带牵领。');
      await officer.locator('#summaryCase_place').fill('杜阮镇中心广场');
      const select = officer
        .locator('.ant-select')
        .filter({ has: officer.locator('#summaryCase_officerIds') })
        .first();
      if ((await select.locator('.ant-select-selection-item', { hasText: officer2 }).count()) === 0)
        await chooseOption(officer, '#summaryCase_officerIds', officer2);
      await officer.keyboard.press('Escape');
      await summaryStep(officer, '处罚');
      await officer.getByRole('button', { name: /带入事项的处罚依据/ }).click();
      await officer.locator('#summaryCase_basis_0_title').waitFor();
      // The item's benchmark for a person's first offence (蓬城管规〔2024〕1号 第28项): no departure to explain.
      await officer.locator('#summaryCase_fineAmount').fill('100');
      await summaryStep(officer, '确认');
      await attest(officer);
      await officer.getByRole('button', { name: /当场作出处罚决定/ }).click();
      await officer.waitForURL(/\/cases\/[0-9a-f-]{36}$/, { timeout: 30_000 });
      caseUrl = officer.url();

      await officer.locator('[data-action="recordSummaryService"]').click();
      await printFromForm(officer);
      await officer.locator('label', { hasText: '拒绝签收' }).last().click();
      await officer
        .locator('#action-recordSummaryService_refusalNote')
        .fill('当事人拒绝在决定书上签收，执法人员已注明并当场交付。');
      await submitAction(officer);
      await officer.locator('[data-testid="case-status"]', { hasText: '当场处罚决定已交付' }).waitFor();

      await officer.getByRole('tab', { name: /期限/ }).click();
      const row = officer.locator('.ant-table-row', { hasText: '当事人缴纳罚款期限' });
      await row.waitFor();
      expect(await row.innerText()).toContain(provisionalDue);
      await row.locator('.deadline-provisional', { hasText: '暂算' }).waitFor();
      expect(await row.innerText()).toContain('待国务院节假日安排公布后重算');
      fs.mkdirSync(SHOTS, { recursive: true });
      await officer.screenshot({ path: path.join(SHOTS, 'deadline-provisional.png'), fullPage: true });
    },
  );

  step(
    'the system administrator loads the next year’s notice; the provisional deadline is recomputed and its move listed',
    async () => {
      await server.setToday(`${lastLoaded}-12-22`);
      const next = lastLoaded + 1;
      // A notice that gives the provisional due date off moves the period one working day later.
      const entries = [
        { date: `${next}-01-01`, kind: 'holiday' as const, name: '元旦' },
        { date: provisionalDue, kind: 'holiday' as const, name: '元旦' },
      ];
      const loaded = createCalendar([...CN_HOLIDAYS_2024_2026, ...entries]);
      loadedDue = addCalendarDays(served, 15, loaded, roll);
      expect(loadedDue > provisionalDue).toBe(true);

      const a = await newPage(browser);
      admin = a.page;
      problems.push(a.problems);
      await signIn(admin, server, 'sysadmin');
      await admin.locator('.greeting-title').waitFor();
      await admin.goto(`${server.url}/admin/calendar`);
      await admin.getByText('待国务院节假日安排公布后重算').first().waitFor();
      await admin.getByRole('button', { name: /导入年度安排/ }).click();
      const dialog = admin.locator('.ant-modal');
      await chooseOption(admin, '#calendarForm_year', `${next} 年`);
      await dialog.locator('#calendarForm_notice').fill(`国办发明电〔${lastLoaded}〕9号`);
      await dialog.locator('#calendarForm_lines').fill(entries.map((e) => `${e.date} 放假 ${e.name}`).join('\n'));
      await dialog.getByRole('button', { name: /导\s*入/ }).click();
      const result = admin.locator('.calendar-recompute');
      await result.waitFor();
      expect(await result.innerText()).toMatch(/其中 [1-9]\d* 项日期变动/);
      const moved = result.locator('.ant-table-row', { hasText: '当事人缴纳罚款期限' });
      await moved.waitFor();
      expect(await moved.innerText()).toContain(provisionalDue);
      expect(await moved.innerText()).toContain(loadedDue);
      await admin.screenshot({ path: path.join(SHOTS, 'calendar-recompute.png'), fullPage: true });
    },
  );

  step('the officer sees the move on the workbench and the case’s date, no longer provisional', async () => {
    await signIn(officer, server, 'duruan.officer1');
    await officer.locator('.greeting-title').waitFor();
    const card = officer.locator('.wb-card', { hasText: '节假日安排导入后变动的期限' });
    await card.waitFor();
    const row = card.locator('.ant-table-row', { hasText: '当事人缴纳罚款期限' });
    expect(await row.innerText()).toContain(loadedDue);
    await officer.goto(caseUrl);
    await officer.getByRole('tab', { name: /期限/ }).click();
    const deadline = officer.locator('.ant-table-row', { hasText: '当事人缴纳罚款期限' });
    await deadline.waitFor();
    expect(await deadline.innerText()).toContain(loadedDue);
    expect(await deadline.locator('.deadline-provisional').count()).toBe(0);
    for (const p of problems) expect(p).toEqual([]);
  });
});
