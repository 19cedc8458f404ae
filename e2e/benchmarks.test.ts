// The discretion benchmark in the decision form (行政处罚法 第34条): the county coordinator opens the
// 裁量基准 library and publishes a benchmark for the item of a demo case awaiting its decision; the
// township head opens the decision form, records that the party did not correct in time, and the
// form shows the calculator's answer — version, tier and why, allowed range and the sentence for
// the decision — which the head adopts. A fine below the range asks for a written reason.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chooseOption,
  launchBrowser,
  newPage,
  openAction,
  signIn,
  startServer,
  submitAction,
  type RunningServer,
} from './support';

const SHOTS = process.env.E2E_SHOTS ?? path.join(os.tmpdir(), 'zhifa-e2e-shots');
const DESKTOP = { viewport: { width: 1440, height: 900 } };
const TOWNS = ['duruan', 'tangxia', 'hetang', 'huanshi', 'baisha', 'chaolian'];

let server: RunningServer;
let browser: Browser;
let head: Page;
let coordinator: Page;
const problems: string[][] = [];
let caseId = '';
let itemCode = '';
let fine = 0;

async function inPage<T>(page: Page, fn: string): Promise<T> {
  return page.evaluate<T>(`(async () => { ${fn} })()`);
}

describe('the benchmark calculator in the decision form', () => {
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    for (const town of TOWNS) {
      const p = await newPage(browser, DESKTOP);
      await signIn(p.page, server, `${town}.head`);
      await p.page.locator('.greeting-title').waitFor();
      const found = await inPage<{ id: string } | null>(
        p.page,
        `const r = await fetch('/api/cases?status=reviewPassed&limit=20').then((x) => x.json()); return r.items[0] ?? null;`,
      );
      if (found) {
        head = p.page;
        problems.push(p.problems);
        caseId = found.id;
        break;
      }
      await p.page.close();
    }
    const c = await newPage(browser, DESKTOP);
    coordinator = c.page;
    problems.push(c.problems);
    await signIn(coordinator, server, 'coordinator');
    await coordinator.locator('.greeting-title').waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('第34条: the head sees the calculator’s tier, range and explanation, and adopts them in the decision', async () => {
    try {
      expect(caseId).not.toBe('');
      const detail = await inPage<{
        state: { items: { code: string }[]; intendedPenalty: { lines: { amount: number }[] } };
      }>(head, `return fetch('/api/cases/${caseId}').then((x) => x.json());`);
      itemCode = detail.state.items[0].code;
      fine = detail.state.intendedPenalty.lines[0].amount;
      const half = Math.round(fine / 2);
      const version = {
        title: '蓬江区行政处罚裁量基准（浏览器测试）',
        issuer: '江门市蓬江区人民政府',
        documentNumber: '蓬府规〔2024〕7号',
        effectiveFrom: '2020-01-01',
        itemNo: 3,
        legalRange: { min: 0, max: fine * 4 },
        lookBackMonths: 12,
        tiers: [
          {
            no: 1,
            sourceLabel: '及时改正',
            tier: 'lenient',
            when: [{ correctedInTime: true }],
            outcome: { kind: 'range', min: 0, max: half },
          },
          {
            no: 2,
            sourceLabel: '逾期未改正',
            tier: 'standard',
            when: [{ correctedInTime: false }],
            outcome: { kind: 'range', min: half, max: fine },
          },
        ],
      };
      const saved = await inPage<{ id?: string; message?: string }>(
        coordinator,
        `return fetch('/api/benchmarks', { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'e2e-bm-1' },
          body: ${JSON.stringify(JSON.stringify({ itemCode: '__CODE__', violation: '浏览器测试违法行为', version }))}.replace('__CODE__', ${JSON.stringify(itemCode)}) }).then((x) => x.json());`,
      );
      expect(saved.id, saved.message).toBeTruthy();

      // The library lists it, with the version's rows.
      await coordinator.goto(`${server.url}/benchmarks`);
      await coordinator.getByText('浏览器测试违法行为').click();
      await coordinator.locator('.ant-drawer', { hasText: '逾期未改正' }).waitFor();

      await head.goto(`${server.url}/cases/${caseId}`);
      await head.locator('[data-testid="case-number"]').waitFor();
      await openAction(head, 'decide');
      const panel = head.locator('[data-testid="benchmark-panel"]');
      await panel.waitFor();
      await chooseOption(head, '#action-decide_discretion_benchmarkFacts_correctedInTime', '未及时改正');
      await panel
        .locator('[data-testid="benchmark-allowed"]', {
          hasText: `${half.toLocaleString('zh-CN')}元 至 ${fine.toLocaleString('zh-CN')}元`,
        })
        .waitFor();
      const explanation = (await panel.locator('[data-testid="benchmark-explanation"]').innerText()).trim();
      expect(explanation).toBe(
        `依据《蓬江区行政处罚裁量基准（浏览器测试）》（蓬府规〔2024〕7号）第3项，当事人未及时改正，属一般情形（基准表述：逾期未改正），在${half}元至${fine}元幅度内处罚`,
      );
      await panel.getByRole('button', { name: /采用裁量阶次和适用说明/ }).click();
      expect(await head.locator('#action-decide_discretion_benchmarkApplication').inputValue()).toBe(explanation);

      // Below the range: a written reason is asked for (and legal review, 第58条).
      const amount = head.locator('#action-decide_penalty_lines_0_amount');
      await amount.fill(String(Math.max(1, Math.round(half / 2))));
      await head.locator('#action-decide_discretion_deviationReason').waitFor();
      await amount.fill(String(fine));
      await head.locator('#action-decide_discretion_deviationReason').waitFor({ state: 'detached' });

      await head.locator('#action-decide_discretion_reasoning').fill('当事人逾期未改正，按裁量基准一般阶次处罚。');
      await submitAction(head);
      await head.locator('[data-testid="case-status"]', { hasText: '已作出处罚决定' }).waitFor({ timeout: 20_000 });
      for (const p of problems) expect(p).toEqual([]);
    } catch (err) {
      fs.mkdirSync(SHOTS, { recursive: true });
      await head
        ?.screenshot({ path: path.join(SHOTS, 'benchmarks-failed-head.png'), fullPage: true })
        .catch(() => undefined);
      throw err;
    }
  });
});
