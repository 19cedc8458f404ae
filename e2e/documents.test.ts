// Documents as PDFs, through the web pages (一案一码): the administrator sets 杜阮镇's payee account for fines;
// an ordinary case about a blocked smoke flue (广东省大气污染防治条例 第84条) goes to a decision whose
// benchmark explanation (裁量基准适用说明) the head writes. The decision's PDF, drawn in the browser by
// the preview, states that explanation, and its QR code, decoded from the drawn page as a phone's
// camera would, opens the decision's public address. On a phone the decision prints as an 80 mm
// receipt with the same QR code and verification code, or as A4 from the PDF. A correction makes a
// second version while the first stays byte for byte the same; a signed scan goes back to the
// document; the bound case file (卷宗) downloads as a PDF.
//
// With ZHIFA_WRITE_SCREENSHOTS=1 the drawn first page of the decision is written to
// docs/screenshots/decision-pdf.png (what a party receives; decision-pdf-qr.png too when the QR code
// is on a later page), so an ordinary run leaves docs alone.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import jsQR from 'jsqr';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import {
  ROOT,
  PHONE,
  launchBrowser,
  newPage,
  signIn,
  startServer,
  type RunningServer,
  openAction,
  submitAction,
} from './support';
import {
  FLUE_ITEM,
  SHOTS,
  expectStatus,
  FLUE_VIOLATION,
  fileAndApprove,
  inspectBlockedFlue,
  notifyAndWaive,
  openCase as openCaseAt,
  signInAll,
  storySteps,
  type Lead,
  type UserPage,
} from './stories';

const TOWN = 'duruan';
const AGENCY = '江门市蓬江区杜阮镇人民政府';
const PARTY = '江门市蓬江区杜阮镇聚福楼饭店';
const LEAD: Lead = {
  key: '聚福楼饭店',
  summary: '群众投诉杜阮北路聚福楼饭店封堵楼内专用烟道，油烟经后巷直排。',
  location: '杜阮镇杜阮北路 52 号',
  party: PARTY,
  codeBody: '92440703MA56P3R1X',
  address: '江门市蓬江区杜阮镇杜阮北路 52 号',
  search: '专用烟道',
  item: FLUE_ITEM,
};
const FINE = '8000';
const BENCHMARK =
  '依据《江门市城市管理行政处罚自由裁量基准》第十二项，封堵专用烟道且未造成投诉扩大的，属一般违法情节，在五千元以上一万元以下幅度内处罚。';
const PAYEE = {
  accountName: '江门市蓬江区财政局非税收入汇缴结算户',
  bank: '中国农业银行江门蓬江支行',
  accountNumber: '44650101040012345',
};
/** The signed paper, scanned (a red 1×1 PNG). */
const SCAN = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGM4IScHAAK2AQU0pnWqAAAAAElFTkSuQmCC',
  'base64',
);
const SCREENSHOT = path.join(ROOT, 'docs/screenshots/decision-pdf.png');
const SCREENSHOT_QR = path.join(ROOT, 'docs/screenshots/decision-pdf-qr.png');
// Twice the pixels of a plain screen: the QR code's modules stay several pixels wide on the drawn page.
const DESKTOP = { viewport: { width: 1440, height: 900 }, deviceScaleFactor: 2 };
const ACCOUNTS = [
  ['officer', `${TOWN}.officer1`, DESKTOP],
  ['head', `${TOWN}.head`, DESKTOP],
  ['phone', `${TOWN}.officer2`, PHONE],
] as const;

interface DocumentItem {
  id: string;
  kind: string;
  title: string;
  number: string | null;
  version: number;
  verificationCode: string | null;
  publicUrl: string | null;
  versions: { version: number; reason: string | null; sha256: string }[];
  signedCopies: { id: string; evidenceId: string; fileName: string; sha256: string }[];
}

let server: RunningServer;
let browser: Browser;
const pages: Record<'officer' | 'head' | 'phone', UserPage> = {} as never;
let caseUrl = '';
let caseId = '';
let decision: DocumentItem;
let firstVersionPdf: Buffer;

/** One step of the story; after a failed step the later ones are skipped, not failed again. */
const step = storySteps(pages, { failedShot: 'documents-failed' });

const openCase = (who: keyof typeof pages) => openCaseAt(pages[who].page, caseUrl);

/** The case's documents as the server lists them (same session as the page). */
async function listDocuments(page: Page): Promise<DocumentItem[]> {
  const res = await page.request.get(`${server.url}/api/cases/${caseId}/documents`);
  expect(res.status()).toBe(200);
  return ((await res.json()) as { items: DocumentItem[] }).items;
}

async function openDocumentsTab(page: Page) {
  await page.getByRole('tab', { name: /文书/ }).click();
  await page
    .locator('.documents-panel tr', { hasText: decision?.title ?? '行政处罚决定书' })
    .first()
    .waitFor();
}

function decisionRow(page: Page): Locator {
  return page.locator('.documents-panel tr.ant-table-row', { hasText: decision.number! });
}

interface Pixels {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

/** The pixels of a drawn element (canvas or image), read in the page and passed out as base64. */
async function pixelsOf(element: Locator): Promise<Pixels> {
  const out = await element.evaluate((el: HTMLCanvasElement | HTMLImageElement) => {
    const canvas = document.createElement('canvas');
    canvas.width = el instanceof HTMLCanvasElement ? el.width : el.naturalWidth;
    canvas.height = el instanceof HTMLCanvasElement ? el.height : el.naturalHeight;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(el, 0, 0);
    const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    // A page drawn at twice the screen's pixels is millions of bytes: as base64, not a JSON array.
    let binary = '';
    for (let i = 0; i < data.length; i += 0x8000)
      binary += String.fromCharCode(...data.subarray(i, Math.min(i + 0x8000, data.length)));
    return { width: canvas.width, height: canvas.height, base64: btoa(binary) };
  });
  return { width: out.width, height: out.height, data: new Uint8ClampedArray(Buffer.from(out.base64, 'base64')) };
}

/**
 * Decodes the QR code on a drawn page, as a phone camera pointed at the paper would: the whole page
 * first, then overlapping windows of a quarter of the page (the page's text can distract the
 * finder when it looks at the whole page).
 */
function decodeQr(pixels: Pixels): string | null {
  const all = pixels.data;
  const whole = jsQR(all, pixels.width, pixels.height);
  if (whole) return whole.data;
  const w = Math.floor(pixels.width / 2);
  const h = Math.floor(pixels.height / 2);
  for (const y0 of [0, Math.floor(h / 2), pixels.height - h])
    for (const x0 of [0, Math.floor(w / 2), pixels.width - w]) {
      const part = new Uint8ClampedArray(w * h * 4);
      for (let y = 0; y < h; y++)
        part.set(all.subarray(((y0 + y) * pixels.width + x0) * 4, ((y0 + y) * pixels.width + x0 + w) * 4), y * w * 4);
      const found = jsQR(part, w, h);
      if (found) return found.data;
    }
  return null;
}

/**
 * The QR code of a drawn PDF and the page it is on. The decision carries it in the signature block
 * at its end, which is on the first page of a short decision and on a later one of a long one.
 */
async function findQr(pdfPages: Locator): Promise<{ url: string; page: Locator } | null> {
  for (let i = 0; i < (await pdfPages.count()); i++) {
    const figure = pdfPages.nth(i);
    const url = decodeQr(await pixelsOf(figure.locator('canvas')));
    if (url) return { url, page: figure };
  }
  return null;
}

/** Writes a drawn page to a PNG under docs/ (only when asked: ZHIFA_WRITE_SCREENSHOTS=1). */
async function writeScreenshot(figure: Locator, file: string) {
  if (process.env.ZHIFA_WRITE_SCREENSHOTS !== '1') return;
  const png = await figure.locator('canvas').evaluate((el: HTMLCanvasElement) => el.toDataURL('image/png'));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, Buffer.from(png.replace(/^data:image\/png;base64,/, ''), 'base64'));
}

/** Text without the spaces and line breaks a PDF's text runs put between characters. */
const squeeze = (s: string) => s.replace(/\s+/g, '');

describe('documents as PDFs: 一案一码, print on a phone, corrections and signed copies', () => {
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    await signInAll(pages, browser, server, ACCOUNTS);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  step('the administrator sets 杜阮镇’s payee account; the numbering shows 代字〔YYYY〕N号', async () => {
    const admin = await newPage(browser, DESKTOP);
    const { page } = admin;
    await signIn(page, server, 'sysadmin');
    await page.locator('.greeting-title').waitFor();
    await page.getByRole('menuitem', { name: '文书编号与收款账户' }).click();
    await page.waitForURL(/\/admin\/document-settings$/);
    // The list of agencies is long (and virtual): search it, as an administrator would.
    await page.locator('#documentSettings-agency').click();
    await page.locator('#documentSettings-agency').fill('杜阮');
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: AGENCY }).first().click();
    await page.locator('[data-testid="doc-prefix"]', { hasText: '蓬杜综执' }).waitFor();
    expect(await page.locator('td', { hasText: '蓬杜综执当罚〔' }).first().innerText()).toMatch(
      /^蓬杜综执当罚〔\d{4}〕1号$/,
    );
    await page.getByRole('button', { name: /修\s*改/ }).click();
    await page.locator('#documentSettings_accountName').fill(PAYEE.accountName);
    // A half-filled account is stopped in the form: the payment instructions need all of it.
    await page
      .locator('.ant-modal-footer')
      .getByRole('button', { name: /保\s*存/ })
      .click();
    await page.locator('.ant-form-item-explain-error', { hasText: '请填写开户银行' }).waitFor();
    await page.locator('#documentSettings_bank').fill(PAYEE.bank);
    await page.locator('#documentSettings_accountNumber').fill(PAYEE.accountNumber);
    await page
      .locator('.ant-modal-footer')
      .getByRole('button', { name: /保\s*存/ })
      .click();
    await page.locator('.ant-message-notice', { hasText: '文书编号设置已保存' }).waitFor();
    expect(await page.locator('[data-testid="payee"]').innerText()).toContain(PAYEE.accountNumber);
    expect(admin.problems).toEqual([]);
    await admin.context.close();

    // The head keeps the agency's own settings from the case-handling menu (no agency picker).
    const head = pages.head.page;
    await head.goto(`${server.url}/`);
    await head.getByRole('menuitem', { name: '文书编号与收款账户' }).click();
    await head.waitForURL(/\/agency\/document-settings$/);
    await head.locator('[data-testid="payee"]', { hasText: PAYEE.accountNumber }).waitFor();
    expect(await head.locator('#documentSettings-agency').count()).toBe(0);
    expect(await head.getByRole('button', { name: /修\s*改/ }).count()).toBe(1);
  });

  step('a case is filed, investigated and notified; the party waives statement and defence', async () => {
    caseUrl = await fileAndApprove(pages, server, LEAD, TOWN);
    caseId = caseUrl.split('/').pop()!;

    const officer = await openCase('officer');
    // A decision rests on registered evidence: a photo of the blocked flue.
    await inspectBlockedFlue(
      officer,
      '杜阮镇杜阮北路 52 号聚福楼饭店后厨',
      '后厨专用烟道接口被砖墙封堵，排油烟管改接至后巷，油烟直排。',
    );
    await notifyAndWaive(officer, {
      report: '当事人封堵专用烟道，事实清楚，证据确凿，建议处以罚款。',
      fine: FINE,
      reasons: `${FLUE_VIOLATION}。`,
    });
  });

  step('the head decides, stating how the discretion benchmark was applied', async () => {
    const head = await openCase('head');
    await openAction(head, 'decide');
    await head.locator('#action-decide_penalty_lines_0_amount').fill(FINE);
    await head.locator('#action-decide_discretion_reasoning').fill('当事人配合调查，及时整改，按一般阶次处罚。');
    await head.locator('#action-decide_discretion_benchmarkApplication').fill(BENCHMARK);
    await submitAction(head);
    await expectStatus(head, '已作出处罚决定');

    const items = await listDocuments(head);
    const found = items.find((d) => d.publicUrl !== null && /罚〔\d{4}〕\d+号$/.test(d.number ?? ''));
    expect(found, JSON.stringify(items.map((d) => [d.kind, d.title, d.number]))).toBeDefined();
    decision = found!;
    expect(decision.number).toMatch(/^蓬杜综执罚〔\d{4}〕\d+号$/);
    expect(decision.publicUrl).toMatch(new RegExp(`/public/decisions/${decision.id}$`));
    // Printed (version 1, with its verification code) the first time its PDF is asked for.
    expect(decision.version).toBeLessThanOrEqual(1);
  });

  step(
    '一案一码: the decision’s PDF states the benchmark explanation, and its QR code opens its public page',
    async () => {
      const page = await openCase('officer');
      await openDocumentsTab(page);
      const row = decisionRow(page);
      await row.getByRole('button', { name: /预\s*览/ }).click();
      const first = page.locator('.pdf-drawer .pdf-page[data-page="1"][data-rendered="true"]');
      await first.waitFor({ timeout: 60_000 });
      await page.locator('.pdf-drawer .pdf-preview[data-state="done"]').waitFor({ timeout: 60_000 });

      // The explanation is in the PDF's text (pdf.js reads it out of the document, not from the form).
      const text = squeeze((await page.locator('.pdf-drawer .pdf-page-text').allTextContents()).join(''));
      expect(text).toContain(squeeze(BENCHMARK));
      expect(text).toContain(squeeze(decision.number!));

      // The QR code, decoded from the drawn pages.
      expect(await first.locator('canvas').evaluate((el: HTMLCanvasElement) => el.width)).toBeGreaterThan(1000);
      const qr = await findQr(page.locator('.pdf-drawer .pdf-page[data-rendered="true"]'));
      expect(qr, 'no QR code found on the drawn decision').not.toBeNull();
      expect(qr!.url).toBe(decision.publicUrl);
      expect(qr!.url).toMatch(new RegExp(`/public/decisions/${decision.id}$`));
      // Now printed: version 1 and its verification code, shown in the list once the preview closes
      // and printed on the page too, for a party without a camera.
      decision = (await listDocuments(page)).find((d) => d.id === decision.id)!;
      expect(decision.version).toBe(1);
      expect(decision.verificationCode).toMatch(/^\S{4,}$/);
      expect(text).toContain(decision.verificationCode);

      // What the party receives: the first page, and the page with the QR code when that is another.
      await writeScreenshot(first, SCREENSHOT);
      if ((await qr!.page.getAttribute('data-page')) !== '1') await writeScreenshot(qr!.page, SCREENSHOT_QR);
      await page.keyboard.press('Escape');
      await row.locator('[data-testid="verification-code"]', { hasText: decision.verificationCode! }).waitFor();
      expect(await row.locator('[data-testid="document-version"]').innerText()).toBe('第1版');

      // The PDF as served: a PDF, shown inline, the bytes of version 1 (kept to compare after the correction).
      const res = await page.request.get(`${server.url}/api/documents/${decision.id}/pdf`);
      expect(res.status()).toBe(200);
      expect(res.headers()['content-type']).toContain('application/pdf');
      firstVersionPdf = await res.body();
      expect(firstVersionPdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(crypto.createHash('sha256').update(firstVersionPdf).digest('hex')).toBe(decision.versions[0].sha256);
    },
  );

  step('on a phone the decision prints as an 80 mm receipt with its QR code, or as A4 from the PDF', async () => {
    const { page } = pages.phone;
    await page.goto(caseUrl);
    await page.locator('[data-testid="case-number"]').waitFor();
    await openDocumentsTab(page);
    await decisionRow(page)
      .getByRole('button', { name: /打\s*印/ })
      .click();
    await page.waitForURL(new RegExp(`/cases/${caseId}/documents/${decision.id}/print`));

    // A phone-sized screen starts on receipt paper.
    const receipt = page.locator('[data-testid="receipt-sheet"]');
    await receipt.waitFor();
    const receiptText = await receipt.innerText();
    expect(receiptText).toContain('行政处罚决定书');
    expect(receiptText).toContain(decision.number!);
    expect(receiptText).toContain(PARTY);
    // The payment instructions name the account the administrator set (the settings arrive after the case).
    await receipt.locator('.receipt-row', { hasText: PAYEE.accountNumber }).waitFor();
    expect(await page.locator('[data-testid="receipt-verification-code"]').innerText()).toBe(decision.verificationCode);
    const qr = receipt.locator('img[data-testid="qr"]');
    await qr.waitFor();
    await page.waitForFunction(() => {
      const el = document.querySelector<HTMLImageElement>('[data-testid="receipt-sheet"] img[data-testid="qr"]');
      return !!el && el.complete && el.naturalWidth > 0;
    });
    expect(decodeQr(await pixelsOf(qr))).toBe(decision.publicUrl);
    // Nothing sticks out sideways at 390 px.
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);

    // The page rule: one 80 mm wide page as long as the receipt.
    const rule = await page.locator('.print-page > style').textContent();
    expect(rule).toMatch(/@page \{ size: 80mm \d+mm;/);
    // Printing shows the receipt alone: no menu, header or toolbar on the paper.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.print-toolbar').isVisible()).toBe(false);
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    expect(await receipt.isVisible()).toBe(true);
    const width = await receipt.evaluate((el) => el.getBoundingClientRect().width);
    expect(Math.round((width * 25.4) / 96)).toBe(72);
    fs.mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, 'decision-receipt-print.png'), fullPage: true });
    await page.emulateMedia({ media: 'screen' });

    // A4: the issued PDF itself, drawn for printing.
    await page.locator('[data-testid="paper-toggle"]').getByText('A4').click();
    await page.waitForURL(/paper=a4/);
    await page.locator('.print-sheet .pdf-preview[data-state="done"]').waitFor({ timeout: 60_000 });
    expect(await page.locator('.print-page > style').textContent()).toContain('size: A4');
    expect((await findQr(page.locator('.print-sheet .pdf-page[data-rendered="true"]')))?.url).toBe(decision.publicUrl);
    await page
      .locator('.print-toolbar')
      .getByRole('button', { name: /打\s*印/ })
      .waitFor();
  });

  step('a correction is a new version with its reason; the issued first version stays as it was', async () => {
    const page = await openCase('officer');
    await openDocumentsTab(page);
    await decisionRow(page)
      .getByRole('button', { name: /更\s*正/ })
      .click();
    // No reason, no new version.
    await page
      .locator('.ant-modal-footer')
      .getByRole('button', { name: /生成新版本/ })
      .click();
    await page.locator('.ant-form-item-explain-error', { hasText: '请填写更正理由' }).waitFor();
    const reason = '当事人住所门牌号笔误，“52 号”应为“62 号”。';
    await page.locator('#correction_reason').fill(reason);
    await page
      .locator('.ant-modal-footer')
      .getByRole('button', { name: /生成新版本/ })
      .click();
    await page.locator('.ant-message-notice', { hasText: '已生成第 2 版' }).waitFor({ timeout: 30_000 });
    await decisionRow(page).locator('[data-testid="document-version"]', { hasText: '第2版' }).waitFor();

    const after = (await listDocuments(page)).find((d) => d.id === decision.id)!;
    expect(after.version).toBe(2);
    expect(after.number).toBe(decision.number);
    expect(after.versions.map((v) => v.version).sort()).toEqual([1, 2]);
    expect(after.versions.find((v) => v.version === 2)!.reason).toBe(reason);
    const v1 = await page.request.get(`${server.url}/api/documents/${decision.id}/pdf?version=1`);
    expect((await v1.body()).equals(firstVersionPdf)).toBe(true);
    const latest = await page.request.get(`${server.url}/api/documents/${decision.id}/pdf`);
    expect(
      crypto
        .createHash('sha256')
        .update(await latest.body())
        .digest('hex'),
    ).toBe(after.versions.find((v) => v.version === 2)!.sha256);

    // The history lists both versions, and the first still opens.
    await decisionRow(page).locator('.ant-table-row-expand-icon').click();
    await page.locator('[data-testid="document-version-2"]', { hasText: reason }).waitFor();
    await page
      .locator('[data-testid="document-version-1"]')
      .getByRole('button', { name: /预\s*览/ })
      .click();
    await page.locator('.pdf-drawer .pdf-page[data-page="1"][data-rendered="true"]').waitFor({ timeout: 60_000 });
    await page.keyboard.press('Escape');
  });

  step('the signed and scanned decision goes back to the document; the case file downloads as a PDF', async () => {
    const page = await openCase('officer');
    await openDocumentsTab(page);
    await decisionRow(page)
      .getByRole('button', { name: /上传签章扫描件/ })
      .click();
    // Other bytes than the site photo: a case registers a file once.
    const scan = SCAN;
    await page
      .locator('#signed-copy-file')
      .setInputFiles({ name: '处罚决定书-签收件.png', mimeType: 'image/png', buffer: scan });
    await page.locator('[data-testid="signed-copy-name"]', { hasText: '签收件' }).waitFor();
    await page
      .locator('.ant-modal-footer')
      .getByRole('button', { name: /上\s*传/ })
      .click();
    await page.locator('.ant-message-notice', { hasText: '扫描件已上传' }).waitFor({ timeout: 30_000 });
    await decisionRow(page).locator('.ant-tag', { hasText: '已上传签章件' }).waitFor();
    const copies = (await listDocuments(page)).find((d) => d.id === decision.id)!.signedCopies;
    expect(copies).toHaveLength(1);
    expect(copies[0].fileName).toBe('处罚决定书-签收件.png');
    expect(copies[0].sha256).toBe(crypto.createHash('sha256').update(scan).digest('hex'));

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-testid="case-file-pdf"]').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/案卷\.pdf$/);
    await download.cancel();
    const href = await page.locator('[data-testid="case-file-pdf"]').getAttribute('href');
    expect(href).toBe(`/api/cases/${caseId}/case-file.pdf`);
    const file = await page.request.get(`${server.url}${href}`);
    expect(file.headers()['content-type']).toContain('application/pdf');
    expect((await file.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});
