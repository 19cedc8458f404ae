// An ordinary-procedure case from lead to archive, through the web pages only: 杜阮镇's officers
// find building waste dumped by a construction company (CSGL-004, 固体废物污染环境防治法 第111条,
// ¥100,000–1,000,000 for a unit), the head approves filing, the officers record an interview and
// a site inspection and upload a photo, the notice carries a ¥150,000 fine — at or above the
// provisional Guangdong 较大数额 threshold for organisations (DEFAULT_CASE_CONFIG: ¥100,000) — so
// the party may ask for a hearing; the hearing is held by the head (not an investigator), the
// legal reviewer passes the case on the nine-item checklist, the head decides, and the case is
// served, paid, closed and archived. The hearing takes place on the notified date, at least seven
// working days later: the server runs on a test clock (ZHIFA_CLOCK_FILE) and the browsers follow it.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { DEFAULT_CASE_CONFIG, addDays, addWorkingDays, defaultCalendar, workingDaysBetween } from '@zhifa/domain';
import {
  ACTION_FOOTER,
  bannerNames,
  chooseOption,
  launchBrowser,
  openAction,
  pressSubmit,
  PHONE,
  printFromForm,
  type RunningServer,
  serverToday,
  startServer,
  submitAction,
} from './support';
import {
  PNG,
  SHOTS,
  expectStatus,
  openCase as openCaseAt,
  registerLead,
  requestFiling,
  signInAgainAll,
  signInAll,
  storySteps,
  type Lead,
  type UserPage,
} from './stories';

const PARTY = '江门市蓬江区恒达建筑工程有限公司';
const LEAD: Lead = {
  key: '龙榜村工地',
  summary: '巡查发现杜阮镇龙榜村工地旁空地堆放大量建筑垃圾，疑为附近施工单位倾倒。',
  location: '杜阮镇龙榜村工业路 18 号旁',
  party: PARTY,
  codeBody: '91440703MA4UH2K8X',
  address: '江门市蓬江区杜阮镇杜阮北路 66 号',
  search: '建筑垃圾',
  item: '对工程施工单位擅自倾倒、抛撒或者堆放工程施工过程中产生的建筑垃圾的行政处罚',
};
const FINE = 150_000;
/** The footer of the open action form (drawer or modal). */
const FOOTER = ACTION_FOOTER;

let server: RunningServer;
let browser: Browser;
const pages: Record<'officer' | 'phone' | 'head' | 'reviewer', UserPage> = {} as never;
let caseUrl = '';
let names: Record<string, string> = {};
const ACCOUNTS = [
  ['officer', 'duruan.officer1', { viewport: { width: 1440, height: 900 } }],
  // The second officer works in the field, on a phone.
  ['phone', 'duruan.officer2', PHONE],
  ['head', 'duruan.head', { viewport: { width: 1440, height: 900 } }],
  ['reviewer', 'duruan.reviewer', { viewport: { width: 1440, height: 900 } }],
] as const;

/**
 * One step of the story; after a failed step the later ones are skipped, not failed again. Page
 * problems are checked at the end of the story.
 */
const step = storySteps(pages, { failedShot: 'failed', checkProblems: false });

const openCase = (who: keyof typeof pages) => openCaseAt(pages[who].page, caseUrl);

async function shot(page: Page, name: string) {
  await page
    .locator('.ant-message-notice')
    .first()
    .waitFor({ state: 'detached', timeout: 15_000 })
    .catch(() => undefined);
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

describe('ordinary procedure, lead to archive, through the pages', () => {
  beforeAll(async () => {
    server = await startServer({}, { clock: true });
    browser = await launchBrowser();
    names = bannerNames(server.output());
    await signInAll(pages, browser, server, ACCOUNTS);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  step('an officer registers a lead and files it (立案申请)', async () => {
    const { page } = pages.officer;
    await registerLead(page, server, LEAD);
    await shot(page, 'leads-desktop');
    caseUrl = await requestFiling(page, LEAD, {
      violationDate: addDays(todayIn(), -3),
      officers: [names['duruan.officer1'], names['duruan.officer2']],
    });
  });

  step('the head approves the filing from the approval queue', async () => {
    const { page } = pages.head;
    await page.goto(`${server.url}/queues/approval`);
    await page.locator('tr', { hasText: PARTY }).first().waitFor();
    await shot(page, 'queue-approval-desktop');
    await page.goto(`${server.url}/`);
    await page.locator('.wb-list-item', { hasText: PARTY }).first().waitFor();
    await shot(page, 'workbench-head');
    await page.goto(`${server.url}/queues/approval`);
    // 办理 opens the case at the step that waits for the head: the approval form is already open.
    await page
      .locator('tr', { hasText: PARTY })
      .first()
      .getByRole('button', { name: /办\s*理/ })
      .click();
    await page.locator('[data-testid="case-number"]').waitFor();
    await page.locator(FOOTER).first().waitFor();
    expect(await page.locator('.ant-drawer-title:visible, .ant-modal-title:visible').first().innerText()).toBe(
      '批准立案',
    );
    await submitAction(page);
    await expectStatus(page, '调查取证中');
  });

  step('officer 1 records the interview at the desk; officer 2 the site inspection on a phone', async () => {
    const page = await openCase('officer');
    await openAction(page, 'recordInterview');
    await page.locator('#action-recordInterview_place').fill('杜阮镇综合行政执法办询问室');
    await page
      .locator('#action-recordInterview_summary')
      .fill('被询问人承认公司施工产生的建筑垃圾于三日前由本公司车辆运至该空地堆放，未办理处置手续。');
    await submitAction(page);
    await page.locator('[data-testid="timeline-recordInterview"]').waitFor();

    const phone = await openCase('phone');
    await openAction(phone, 'recordSiteInspection');
    await phone.locator('#action-recordSiteInspection_place').fill('杜阮镇龙榜村工业路 18 号旁空地');
    await phone
      .locator('#action-recordSiteInspection_findings')
      .fill('现场堆放混凝土块、碎砖等建筑垃圾约 120 立方米，无围挡、无覆盖，堆放点距村道约 5 米。');
    // The record form fits a 390 px screen: nothing sticks out sideways.
    const body = phone.locator('.ant-drawer-body:visible').first();
    expect(await body.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    // Rounded: layout at deviceScaleFactor 2 can give 390.00003.
    expect(await body.evaluate((el) => Math.round(el.getBoundingClientRect().width))).toBeLessThanOrEqual(390);
    await shot(phone, 'form-site-inspection-phone');
    await submitAction(phone);
    await phone.locator('[data-testid="timeline-recordSiteInspection"]').waitFor();
  });

  step(
    'officer 2 photographs the site with the phone camera; the browser computes the SHA-256 the server verifies',
    async () => {
      const page = await openCase('phone');
      await page.getByRole('tab', { name: /证据/ }).click();
      await page.getByRole('button', { name: /上传证据/ }).click();
      expect(await page.locator('#evidence-camera').getAttribute('capture')).toBe('environment');
      expect(await page.locator('#evidence-camera').getAttribute('accept')).toBe('image/*,video/*,audio/*');
      await page
        .locator('#evidence-camera')
        .setInputFiles({ name: 'IMG_20261126_0930.png', mimeType: 'image/png', buffer: PNG });
      const expected = crypto.createHash('sha256').update(PNG).digest('hex');
      await page.locator('[data-testid="evidence-sha256"]', { hasText: expected }).waitFor();
      await page.locator('#evidence_title').fill('现场照片（建筑垃圾堆放情况）');
      await page.locator('#evidence_location').fill('杜阮镇龙榜村工业路 18 号旁空地');
      // The phone's position is kept beside the place the officer names.
      await page.context().grantPermissions(['geolocation'], { origin: server.url });
      await page.context().setGeolocation({ latitude: 22.63721, longitude: 113.00412, accuracy: 9 });
      await page.getByRole('button', { name: /定\s*位/ }).click();
      await page
        .locator('[data-testid="evidence-coordinates"]', { hasText: '北纬 22.63721，东经 113.00412' })
        .waitFor();
      await page
        .locator('.ant-drawer-footer:visible')
        .getByRole('button', { name: /上\s*传/ })
        .click();
      await page.locator('.ant-message-notice', { hasText: '已上传' }).waitFor({ timeout: 30_000 });
      await page.locator('td', { hasText: '现场照片（建筑垃圾堆放情况）' }).waitFor();
      // The row shows the photo as a thumbnail, and the place before its coordinates.
      const row = page.locator('tr', { hasText: '现场照片（建筑垃圾堆放情况）' });
      const thumb = row.locator('img.evidence-thumb');
      await expect
        .poll(() => thumb.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
        .toBe(true);
      const place = await row.locator('.evidence-place').innerText();
      expect(place.indexOf('杜阮镇龙榜村工业路 18 号旁空地')).toBeLessThan(place.indexOf('北纬 22.63721'));
      expect(await page.locator('.ant-table').last().innerText()).toContain(
        `${expected.slice(0, 8)}…${expected.slice(-8)}`,
      );
      await shot(page, 'case-evidence-phone');
      // The custody ledger: captured and uploaded, hash-chained and intact.
      await page
        .getByRole('button', { name: /的保管记录$/ })
        .first()
        .click();
      await page.locator('.ant-alert', { hasText: '保管链完整' }).waitFor();
      expect(await page.locator('.ant-modal-body:visible').innerText()).toContain('上传入库');
      await page.keyboard.press('Escape');
    },
  );

  step('investigation ends; the notice proposes a fine that carries the hearing right', async () => {
    const page = await openCase('officer');
    await openAction(page, 'finishInvestigation');
    await page
      .locator('#action-finishInvestigation_report')
      .fill('经调查，当事人擅自倾倒工程施工过程中产生的建筑垃圾，事实清楚，证据确凿，建议给予行政处罚。');
    await submitAction(page);
    await expectStatus(page, '调查终结');

    expect(FINE).toBeGreaterThanOrEqual(DEFAULT_CASE_CONFIG.hearing.organisationFineThreshold);
    await openAction(page, 'issueNotice');
    await page.locator('#action-issueNotice_intendedPenalty_lines_0_amount').fill(String(FINE));
    await page.locator('.ant-alert', { hasText: '当事人有权要求听证' }).waitFor();
    await page.locator('label', { hasText: '要求听证的权利' }).last().click();
    await page
      .locator('#action-issueNotice_reasons')
      .fill('当事人的行为违反了《中华人民共和国固体废物污染环境防治法》第一百一十一条第一款第（四）项的规定。');
    await page.getByRole('button', { name: /带入事项的处罚依据/ }).click();
    await page.locator('#action-issueNotice_basis_0_title').waitFor();
    await submitAction(page);
    await expectStatus(page, '已制作告知书待送达');

    await openAction(page, 'recordNoticeService');
    await submitAction(page);
    await expectStatus(page, '已告知');
    await page.getByRole('tab', { name: /期限/ }).click();
    await page.locator('td', { hasText: '当事人要求听证的期限' }).waitFor();
    await shot(page, 'case-deadlines-desktop');
    const phone = await openCase('phone');
    await shot(phone, 'case-phone');
  });

  step(
    'the party asks for a hearing; the head schedules it at least seven working days ahead and holds it',
    async () => {
      const officer = await openCase('officer');
      await openAction(officer, 'requestHearing');
      await submitAction(officer);
      await expectStatus(officer, '已申请听证');

      const page = await openCase('head');
      await openAction(page, 'scheduleHearing');
      const noticeDate = await page.locator('#action-scheduleHearing_noticeDate').inputValue();
      const hearingDate = await page.locator('#action-scheduleHearing_hearingDate').inputValue();
      // The form proposes a date the domain's calendar accepts; check it against the same rule.
      expect(workingDaysBetween(noticeDate, hearingDate, defaultCalendar())).toBeGreaterThanOrEqual(
        DEFAULT_CASE_CONFIG.hearing.noticeLeadWorkingDays,
      );
      expect(hearingDate).toBe(
        addWorkingDays(noticeDate, DEFAULT_CASE_CONFIG.hearing.noticeLeadWorkingDays + 1, defaultCalendar()),
      );
      await page.locator('#action-scheduleHearing_place').fill('杜阮镇人民政府第一会议室');
      await chooseOption(page, '#action-scheduleHearing_presiderId', names['duruan.head']);
      // Too short a notice: the form warns while typing, and the server refuses with the article.
      await page.locator('#action-scheduleHearing_hearingDate').fill(addDays(noticeDate, 2));
      await page.locator('.live-check', { hasText: '听证安排不符合法定要求' }).waitFor();
      await pressSubmit(page);
      const refused = page.locator('.refusal-alert', { hasText: '不符合法定程序，未予办理' });
      await refused.waitFor();
      expect(await refused.innerText()).toContain('行政处罚法 第64条');
      await page.locator('#action-scheduleHearing_hearingDate').fill(hearingDate);
      await refused.waitFor({ state: 'detached' });
      await submitAction(page);
      await expectStatus(page, '听证已安排');

      // Before the notified date the hearing cannot be recorded as held (行政处罚法 第64条(二)); the
      // form starts from the notified date, not today.
      await openAction(page, 'recordHearing');
      expect(await page.locator('#action-recordHearing_heldOn').inputValue()).toBe(hearingDate);
      await pressSubmit(page);
      await page
        .locator('.ant-form-item-explain-error', { hasText: `听证通知载明的日期（${hearingDate}）尚未到来` })
        .waitFor();

      // The day of the hearing comes: the sessions of the days between have lapsed.
      await advanceTo(hearingDate);
      await openCase('head');
      await openAction(page, 'recordHearing');
      expect(await page.locator('#action-recordHearing_heldOn').inputValue()).toBe(hearingDate);
      await page
        .locator('#action-recordHearing_report')
        .fill('当事人对违法事实无异议，请求从轻处罚；经听证，认定事实清楚，建议维持拟处罚意见。');
      await submitAction(page);
      await expectStatus(page, '听证已举行');
    },
  );

  step('the party’s statement at the hearing is answered, and the case goes to legal review', async () => {
    const page = await openCase('officer');
    await openAction(page, 'recordStatement');
    await page.locator('#action-recordStatement_content').fill('当事人称已自行清运部分建筑垃圾，请求从轻处罚。');
    await submitAction(page);
    await openAction(page, 'answerStatement');
    await page
      .locator('#action-answerStatement_reasoning')
      .fill('经复核，当事人清运数量不足堆放量的一成，危害后果未消除，不予采纳。');
    await submitAction(page);
    await openAction(page, 'submitForReview');
    await submitAction(page);
    await expectStatus(page, '法制审核中');
  });

  step('the legal reviewer passes the case on the nine-item checklist', async () => {
    const { page } = pages.reviewer;
    await page.goto(`${server.url}/queues/review`);
    await page.locator('tr', { hasText: PARTY }).first().waitFor();
    await shot(page, 'queue-review-desktop');
    await page
      .locator('tr', { hasText: PARTY })
      .first()
      .getByRole('button', { name: /审\s*核/ })
      .click();
    await page.locator('.review-checklist').waitFor();
    // The reviewer sees what she signs: the case's documents as PDF and its evidence, beside the form.
    const materials = page.locator('[data-testid="case-materials"]');
    await materials.waitFor();
    // The latest document previews as soon as the list is in: a canvas per page.
    await materials.locator('canvas').first().waitFor();
    expect(await materials.locator('.ant-tabs-tab').first().innerText()).toMatch(/文书（[1-9]\d*）/);
    await materials.locator('.ant-tabs-tab', { hasText: '证据' }).click();
    expect(await materials.locator('.ant-list-item').count()).toBeGreaterThan(0);
    const formBox = await page.locator('.review-checklist').boundingBox();
    const materialsBox = await materials.boundingBox();
    expect(materialsBox!.x).toBeGreaterThan(formBox!.x + formBox!.width - 1);
    await shot(page, 'form-review-checklist');
    const items = page.locator('.review-item');
    expect(await items.count()).toBe(9);
    for (let i = 0; i < 9; i++) await items.nth(i).getByText('符合', { exact: true }).click();
    await page.locator('label', { hasText: '同意（通过）' }).last().click();
    await page
      .locator('#action-recordReview_opinion')
      .fill('经审核，执法主体合法，程序合法，事实清楚，证据充分，适用法律正确，裁量适当，同意拟处理意见。');
    await submitAction(page);
    await expectStatus(page, '法制审核通过');
  });

  step('the head decides; the decision is served and the fine paid', async () => {
    const head = await openCase('head');
    await openAction(head, 'decide');
    await head
      .locator('#action-decide_discretion_reasoning')
      .fill('当事人倾倒建筑垃圾数量较大，但积极配合调查，按一般阶次处以罚款。');
    // The item's range comes from the catalogue (固体废物污染环境防治法 第111条第2款: 10万–100万元), not
    // typed in; a fine a cent over the maximum is refused before it is sent (行政处罚法 第32条).
    expect(await head.locator('.fine-provisions').innerText()).toContain('100000–1000000 元');
    const amount = head.locator('#action-decide_penalty_lines_0_amount');
    await amount.fill('1000000.01');
    await head.locator('.live-check', { hasText: '罚款不符合法定幅度' }).waitFor();
    await amount.fill(String(FINE));
    await head.locator('.live-check', { hasText: '罚款不符合法定幅度' }).waitFor({ state: 'detached' });
    await submitAction(head);
    await expectStatus(head, '已作出处罚决定');
    const decisionNumber = (await head.locator('[data-testid="decision-number"]').innerText()).trim();
    expect(decisionNumber).toMatch(/^蓬杜综执罚〔\d{4}〕\d+号$/);

    const officer = await openCase('officer');
    await openAction(officer, 'serveDecision');
    // 第59条, 第61条: the decision served is the printed one, sealed; the form says so until it is printed.
    await officer.locator('[data-testid="document-on-paper"] .ant-alert-warning', { hasText: '尚未打印' }).waitFor();
    await printFromForm(officer);
    await officer.locator('[data-testid="document-on-paper"] .ant-alert-success', { hasText: '已打印' }).waitFor();
    await submitAction(officer);
    await expectStatus(officer, '决定书已送达');
    await openAction(officer, 'recordPayment');
    expect(await officer.locator('#action-recordPayment_amount').inputValue()).toContain('150');
    await officer.locator('#action-recordPayment_receiptNo').fill('4400260012345');
    await submitAction(officer);
    await expectStatus(officer, '执行完毕');
  });

  step('the head closes the case and it is archived with an archive number', async () => {
    const head = await openCase('head');
    await openAction(head, 'closeCase');
    await head
      .locator('#action-closeCase_report')
      .fill('当事人已于期限内缴清罚款，违法堆放的建筑垃圾已清运完毕，本案执行完毕，予以结案。');
    await submitAction(head);
    await expectStatus(head, '已结案');
    await openAction(head, 'archiveCase');
    await submitAction(head);
    await expectStatus(head, '已归档');

    await head.getByRole('tab', { name: '案卷' }).click();
    const archive = head.locator('[data-testid="archive-number"]');
    await archive.waitFor();
    // Numbered under the filing year (the year in the case number), even when the case ends in the next.
    const filingYear = (await head.locator('[data-testid="case-number"]').innerText()).match(/〔(\d{4})〕/)?.[1];
    expect(filingYear).toMatch(/^\d{4}$/);
    expect((await archive.innerText()).trim()).toMatch(new RegExp(`^${filingYear}\\d{4}$`));
    await head.getByRole('tab', { name: '办案进程' }).click();
    await shot(head, 'case-ordinary-archived');
    await pages.officer.page.goto(`${server.url}/cases`);
    await pages.officer.page.locator('td', { hasText: PARTY }).first().waitFor();
    await shot(pages.officer.page, 'cases-desktop');
    await pages.officer.page.goto(`${server.url}/`);
    await pages.officer.page.locator('.wb-list-item, .wb-card .ant-empty').first().waitFor();
    await shot(pages.officer.page, 'workbench-officer');
    for (const who of Object.keys(pages) as (keyof typeof pages)[]) expect(pages[who].problems, who).toEqual([]);
  });
});

const todayIn = () => serverToday(server);

/** Moves the server's and every browser's clock to `date` (Beijing) and signs everyone in again. */
async function advanceTo(date: string) {
  await server.setToday(date);
  expect(serverToday(server)).toBe(date);
  await signInAgainAll(pages, server, ACCOUNTS);
}
