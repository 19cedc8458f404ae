// The steps of a case's story that several browser tests take the same way: signing the accounts in,
// a lead registered and filed, the filing approved, a site inspection with its photo, the notice
// served and the party's rights waived. Each file keeps what it checks on top of these.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { addDays, creditCodeCheckChar, type CaseActionType } from '@zhifa/domain';
import {
  ACTION_FOOTER,
  attest,
  bannerNames,
  chooseItem,
  ensureChosen,
  followServerClock,
  newPage,
  openAction,
  pressSubmit,
  signIn,
  submitAction,
  serverToday,
  type RunningServer,
} from './support';

export const SHOTS = process.env.E2E_SHOTS ?? path.join(os.tmpdir(), 'zhifa-e2e-shots');
export const DESKTOP = { viewport: { width: 1440, height: 900 } };

/** A signed-in browser page and the CSP violations and uncaught errors it has shown. */
export interface UserPage {
  page: Page;
  problems: string[];
}

type PageOptions = Parameters<typeof newPage>[1];

/** Signs each account in on a page of its own (desktop unless given) and waits for the workbench. */
export async function signInAll<K extends string>(
  pages: Record<K, UserPage>,
  browser: Browser,
  server: RunningServer,
  accounts: readonly (readonly [K, string] | readonly [K, string, PageOptions])[],
) {
  for (const [who, username, options] of accounts) {
    const { page, problems } = await newPage(browser, options ?? DESKTOP);
    await signInToWorkbench(page, server, username);
    pages[who] = { page, problems };
  }
}

async function signInToWorkbench(page: Page, server: RunningServer, username: string) {
  await signIn(page, server, username);
  await page.locator('.greeting-title').waitFor();
}

/**
 * After the server's clock moved: each browser's clock follows it and each account signs in again
 * (a session idle across the jump has ended).
 */
export async function signInAgainAll<K extends string>(
  pages: Record<K, UserPage>,
  server: RunningServer,
  accounts: readonly (readonly [K, string, ...unknown[]])[],
) {
  for (const [who, username] of accounts) {
    const { page } = pages[who];
    await followServerClock(page, server);
    await signInToWorkbench(page, server, username);
  }
}

/**
 * The `it` of a story told in steps. A step fails on any page problem (unless `checkProblems` is
 * false: the file checks them itself); a failure leaves each user's screen as `<failedShot>-<who>.png`
 * and names the page problems. With `skipAfterFailure` the later steps are skipped, not failed again.
 */
export function storySteps(
  pages: Record<string, UserPage>,
  options: { failedShot: string; skipAfterFailure?: boolean; checkProblems?: boolean },
) {
  const { failedShot, skipAfterFailure = true, checkProblems = true } = options;
  let broken = false;
  return (name: string, fn: () => Promise<void>) =>
    it(name, async (ctx) => {
      if (broken) ctx.skip();
      try {
        await fn();
        if (checkProblems) for (const [who, p] of Object.entries(pages)) expect(p.problems, who).toEqual([]);
      } catch (err) {
        broken = skipAfterFailure;
        fs.mkdirSync(SHOTS, { recursive: true });
        for (const [who, p] of Object.entries(pages))
          await p.page
            .screenshot({ path: path.join(SHOTS, `${failedShot}-${who}.png`), fullPage: true })
            .catch(() => undefined);
        const seen = Object.entries(pages).flatMap(([who, p]) => p.problems.map((x) => `${who}: ${x}`));
        if (seen.length) throw new Error(`${(err as Error).message}\npage problems:\n${seen.join('\n')}`);
        throw err;
      }
    });
}

/** Opens a case page and waits until it shows the case number. */
export async function openCase(page: Page, url: string) {
  await page.goto(url);
  await page.locator('[data-testid="case-number"]').waitFor();
  return page;
}

export async function expectStatus(page: Page, label: string) {
  await page.locator('[data-testid="case-status"]', { hasText: label }).waitFor({ timeout: 20_000 });
}

/** An entry of the 办案进程 tab for the step, holding `text` when given. */
export async function expectTimeline(page: Page, type: CaseActionType, text?: string) {
  await page.getByRole('tab', { name: '办案进程' }).click();
  await page
    .locator(`[data-testid="timeline-${type}"]`, text ? { hasText: text } : {})
    .first()
    .waitFor();
}

/** A pattern matching exactly `text`. */
export const exactly = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

/** Clicks a radio button or checkbox of the open form by its exact label. */
export async function tick(page: Page, label: string) {
  await page
    .locator('label:visible')
    .filter({ hasText: exactly(label) })
    .first()
    .click();
}

/** Submits the open form and expects the server's refusal, citing its article; the form stays open. */
export async function expectRefusal(page: Page, message: string, article: string) {
  // The officer has made the form's statements of fact; the refusal is the server's.
  await attest(page);
  await pressSubmit(page);
  const refused = page.locator('.refusal-alert', { hasText: '不符合法定程序，未予办理' });
  await refused.waitFor({ timeout: 30_000 });
  const text = await refused.innerText();
  expect(text).toContain(message);
  expect(text).toContain(`（${article}）`);
  await expect(page.locator(ACTION_FOOTER).count()).resolves.toBe(1);
}

/** A lead as an officer registers it and, vetted, asks for its filing. */
export interface Lead {
  /** Text of the summary unique to this lead, to find its row. */
  key: string;
  summary: string;
  location: string;
  party: string;
  /** The first 17 characters of the party's credit code; the check character is computed. */
  codeBody: string;
  address: string;
  /** What to type into the item picker to find `item`. */
  search: string;
  item: string;
}

export const FLUE_ITEM = '对封堵、改变专用烟道或者向城市地下排水管道排放油烟的行政处罚';

/** The provision a blocked flue breaks, as a notice's reasons state it. */
export const FLUE_VIOLATION = '当事人的行为违反了《广东省大气污染防治条例》第六十条第四款的规定';

/** 杜阮镇: a restaurant has blocked its dedicated smoke flue (广东省大气污染防治条例 第84条). */
export const BLOCKED_FLUE: Lead = {
  key: '香满楼饭店',
  summary: '群众投诉杜阮北路香满楼饭店封堵楼内专用烟道，油烟经后巷排入城市地下排水管道。',
  location: '杜阮镇杜阮北路 28 号',
  party: '江门市蓬江区杜阮镇香满楼饭店',
  codeBody: '92440703MA55K8Q2X',
  address: '江门市蓬江区杜阮镇杜阮北路 28 号',
  search: '专用烟道',
  item: FLUE_ITEM,
};

/** 18-character credit code with the check character the domain computes (GB 32100). */
export const creditCode = (body: string) => body + creditCodeCheckChar(body);

/** Registers the lead from the leads page (登记案源). */
export async function registerLead(page: Page, server: RunningServer, lead: Lead) {
  await page.goto(`${server.url}/leads`);
  await page.getByRole('button', { name: /登记案源/ }).click();
  await page.locator('#leadForm_summary').fill(lead.summary);
  await page.locator('#leadForm_location').fill(lead.location);
  await page.locator('#leadForm_partyName').fill(lead.party);
  await chooseItem(page, '#leadForm_item', lead.search, lead.item);
  await page
    .locator('.ant-modal-footer')
    .getByRole('button', { name: /登\s*记/ })
    .click();
  await page.locator('.ant-message-notice', { hasText: '案源已登记' }).waitFor();
}

/**
 * From the leads list, vets the registered lead (the party's code and address, the day of the
 * violation, the case officers) and asks for filing; returns the new case's address.
 */
export async function requestFiling(page: Page, lead: Lead, filing: { violationDate: string; officers: string[] }) {
  await page.locator('tr', { hasText: lead.key }).getByRole('link').first().click();
  await page.waitForURL(/\/leads\/[0-9a-f-]{36}$/);
  await page.locator('.ant-timeline', { hasText: '登记案源' }).waitFor();
  await page.getByRole('button', { name: /核\s*查/ }).click();
  await page.locator('#vetLead_party_idNumber').fill(creditCode(lead.codeBody));
  await page.locator('#vetLead_party_address').fill(lead.address);
  await page.locator('#vetLead_violationDate').fill(filing.violationDate);
  for (const name of filing.officers) await ensureChosen(page, '#vetLead_officerIds', name);
  await page.getByRole('button', { name: /提交立案申请/ }).click();
  await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
  await expectStatus(page, '立案待审批');
  return page.url();
}

/** Registers the lead and asks for its filing; returns the new case's address. */
export async function fileFromLead(
  page: Page,
  server: RunningServer,
  lead: Lead,
  filing: { violationDate: string; officers: string[] },
) {
  await registerLead(page, server, lead);
  return requestFiling(page, lead, filing);
}

/** The head approves the filing from the case page; the investigation begins. */
export async function approveFiling(head: Page, caseUrl: string) {
  await openCase(head, caseUrl);
  await openAction(head, 'approveFiling');
  await submitAction(head);
  await expectStatus(head, '调查取证中');
}

/**
 * The town's first officer files the lead (the violation seen yesterday, officers 1 and 2 on the
 * case) and the head approves the filing; returns the case's address.
 */
export async function fileAndApprove(
  pages: Record<'officer' | 'head', UserPage>,
  server: RunningServer,
  lead: Lead,
  town: string,
) {
  const names = bannerNames(server.output());
  const caseUrl = await fileFromLead(pages.officer.page, server, lead, {
    violationDate: addDays(serverToday(server), -1),
    officers: [names[`${town}.officer1`], names[`${town}.officer2`]],
  });
  await approveFiling(pages.head.page, caseUrl);
  return caseUrl;
}

/** A real 1×1 PNG (the server stores the bytes and checks their hash). */
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/** Uploads a file to the case's evidence (the browser hashes it, the server checks the hash). */
export async function uploadEvidence(
  page: Page,
  file: { name: string; mimeType: string; buffer: Buffer },
  title: string,
) {
  await page.getByRole('tab', { name: /证据/ }).click();
  await page.getByRole('button', { name: /上传证据/ }).click();
  await page.locator('#evidence-file').setInputFiles(file);
  await page.locator('[data-testid="evidence-sha256"]').waitFor();
  await page.locator('#evidence_title').fill(title);
  await page
    .locator('.ant-drawer-footer:visible')
    .getByRole('button', { name: /上\s*传/ })
    .click();
  await page.locator('.ant-message-notice', { hasText: '已上传' }).waitFor({ timeout: 30_000 });
}

/** Records the site inspection of a blocked flue (place, findings) and uploads a photo of it. */
export async function inspectBlockedFlue(page: Page, place: string, findings: string) {
  await openAction(page, 'recordSiteInspection');
  await page.locator('#action-recordSiteInspection_place').fill(place);
  await page.locator('#action-recordSiteInspection_findings').fill(findings);
  await submitAction(page);
  await uploadEvidence(page, { name: 'flue.png', mimeType: 'image/png', buffer: PNG }, '现场照片（专用烟道被封堵）');
}

/**
 * 行政处罚法 第44条: the investigation ends, the notice of the intended fine (with the item's basis)
 * is served, and the party waives statement and defence in writing.
 */
export async function notifyAndWaive(page: Page, notice: { report: string; fine: string; reasons: string }) {
  await openAction(page, 'finishInvestigation');
  await page.locator('#action-finishInvestigation_report').fill(notice.report);
  await submitAction(page);
  await expectStatus(page, '调查终结');
  await openAction(page, 'issueNotice');
  await page.locator('#action-issueNotice_intendedPenalty_lines_0_amount').fill(notice.fine);
  await page.locator('#action-issueNotice_reasons').fill(notice.reasons);
  await page.getByRole('button', { name: /带入事项的处罚依据/ }).click();
  await page.locator('#action-issueNotice_basis_0_title').waitFor();
  await submitAction(page);
  await openAction(page, 'recordNoticeService');
  await submitAction(page);
  await expectStatus(page, '已告知');
  await openAction(page, 'waiveRights');
  for (const label of ['陈述权', '申辩权', '当事人已在放弃声明上签名']) await tick(page, label);
  await submitAction(page);
}
