import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import ExcelJS from 'exceljs';
import { TRAINING_COLUMNS } from '@zhifa/domain';
import { chooseOption, launchBrowser, newPage, serverToday, signIn, startServer, type RunningServer } from './support';

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

/** The county coordinator keeps the catalogue and the people library. */
async function coordinator() {
  const opened = await newPage(browser);
  await signIn(opened.page, server, 'coordinator');
  await opened.page.locator('.greeting-title').waitFor();
  return opened;
}

async function workbook(rows: unknown[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('培训记录');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function dropFile(page: Page, name: string, buffer: Buffer) {
  await page.locator('input[type=file]').setInputFiles({
    name,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer,
  });
}

function daysBefore(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

describe('list pages and spreadsheet imports', () => {
  it('the catalogue keeps its filter and page in the address; a new filter starts again at page 1', async () => {
    const { context, page, problems } = await coordinator();
    await page.goto(`${server.url}/items`);
    await page.getByText(/共 \d+ 个事项/).waitFor();
    await page.locator('.ant-pagination-item-2').click();
    await page.waitForURL(/[?&]page=2/);
    await chooseOption(page, '[aria-label="事项类型"]', '行政处罚');
    await page.waitForURL(/[?&]kind=penalty/);
    expect(new URL(page.url()).searchParams.get('page')).toBeNull();
    // The rows of the previous filter stay until the new answer arrives.
    const kinds = () => page.locator('.ant-table-tbody tr.ant-table-row td:nth-child(2)').allInnerTexts();
    await expect.poll(async () => (await kinds()).every((k) => k.includes('行政处罚'))).toBe(true);
    expect((await kinds()).length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a catalogue file with a wrong row is refused as a whole, its errors listed by row and column', async () => {
    const { context, page, problems } = await coordinator();
    const template = await page.request.get(`${server.url}/api/items/template`);
    expect(template.ok()).toBe(true);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await template.body()) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('执法事项')!;
    const row = sheet.addRow(['bad code', '测试事项']);
    const file = Buffer.from(await book.xlsx.writeBuffer());

    await page.goto(`${server.url}/items/import`);
    await page.getByRole('link', { name: /下载导入模板/ }).waitFor();
    await dropFile(page, '事项.xlsx', file);
    const result = page.locator('.import-result');
    // One page of errors: the table shows no pager (and so no count).
    await result.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
    const rows = await result.locator('.ant-table-tbody tr.ant-table-row').allInnerTexts();
    expect(rows.some((r) => r.includes('执法事项') && r.includes(String(row.number)))).toBe(true);
    expect(await page.locator('.import-steps .ant-steps-item-error').count()).toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('training records: an unknown certificate refuses the sheet; a right one is imported', async () => {
    const { context, page, problems } = await coordinator();
    const people = (await page.evaluate(() =>
      fetch('/api/people?certificateStatus=valid&limit=1').then((r) => r.json()),
    )) as { items: { name: string; certificates: { number: string }[] }[] };
    const person = people.items[0];
    const header = [
      TRAINING_COLUMNS.personName,
      TRAINING_COLUMNS.certificateNumber,
      TRAINING_COLUMNS.course,
      TRAINING_COLUMNS.date,
      TRAINING_COLUMNS.minutes,
    ];
    const date = daysBefore(serverToday(server), 10);

    await page.goto(`${server.url}/training/import`);
    await page.getByRole('link', { name: /下载导入模板/ }).waitFor();
    await dropFile(
      page,
      '培训.xlsx',
      await workbook([header, [person.name, 'NO-SUCH-0001', '行政处罚法专题', date, 90]]),
    );
    const result = page.locator('.import-result');
    await result.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
    const refused = await result.locator('.ant-table-tbody tr.ant-table-row').allInnerTexts();
    expect(refused.some((r) => r.startsWith('2'))).toBe(true);

    const number = person.certificates[0].number;
    await dropFile(page, '培训.xlsx', await workbook([header, [person.name, number, '行政处罚法专题', date, 90]]));
    await page.locator('.import-result').getByText('培训.xlsx：已导入 1 条培训记录，共 2 学时').waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('the people list filters by post through the address; the training and reviewer reports show', async () => {
    const { context, page, problems } = await coordinator();
    await page.goto(`${server.url}/people`);
    await page.getByText(/共 \d+ 人/).waitFor();
    await chooseOption(page, '#people-post', '辅助');
    await page.waitForURL(/[?&]post=auxiliary/);
    const posts = () => page.locator('.ant-table-tbody tr.ant-table-row td:nth-child(3)').allInnerTexts();
    await expect.poll(async () => (await posts()).every((p) => p.includes('辅助'))).toBe(true);
    // Every township has an auxiliary officer.
    expect((await posts()).length).toBeGreaterThan(0);
    await page.goto(`${server.url}/training/shortfall`);
    await page.getByText('应完成学时的执法人员').waitFor();
    await page.goto(`${server.url}/reviewer-ratio`);
    await page.getByText('配备不足').first().waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });
});
