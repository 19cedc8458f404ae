import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import jsQR from 'jsqr';
import { launchBrowser, newPage, signIn, startServer, type RunningServer } from './support';

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

describe('public certificate check (事中公示)', () => {
  it('the QR code on the certificate card, scanned, opens the verification page without signing in', async () => {
    const head = await newPage(browser);
    await signIn(head.page, server, 'duruan.head');
    await head.page.locator('.greeting-title').waitFor();
    const people = await head.page.evaluate(() =>
      fetch('/api/people?certificateStatus=valid&limit=1').then((r) => r.json()),
    );
    const person = (people as { items: { id: string; name: string }[] }).items[0];
    await head.page.goto(`${server.url}/people/${person.id}`);
    await head.page
      .getByRole('button', { name: /二维码/ })
      .first()
      .click();
    const img = head.page.locator('.qr-card img');
    await img.waitFor();
    await head.page.waitForFunction(() => {
      const el = document.querySelector<HTMLImageElement>('.qr-card img');
      return !!el && el.complete && el.naturalWidth > 0;
    });
    // Read the pixels the browser shows, then decode them as a phone camera would.
    const pixels = await img.evaluate((el: HTMLImageElement) => {
      const canvas = document.createElement('canvas');
      canvas.width = el.naturalWidth;
      canvas.height = el.naturalHeight;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(el, 0, 0);
      const data = ctx.getImageData(0, 0, canvas.width, canvas.height);
      return { width: data.width, height: data.height, data: Array.from(data.data) };
    });
    const code = jsQR(Uint8ClampedArray.from(pixels.data), pixels.width, pixels.height);
    expect(code).not.toBeNull();
    expect(code!.data).toMatch(/\/verify\/[A-Za-z0-9_-]+$/);
    await head.context.close();

    // A passer-by's phone: no session at all.
    const phone = await newPage(browser);
    await phone.page.goto(code!.data);
    await phone.page.locator('.verify-card').waitFor();
    expect(phone.page.url()).toContain('/verify/');
    const card = await phone.page.locator('.verify-card').innerText();
    expect(card).toContain(person.name.slice(0, 1));
    expect(card).toMatch(/有效/);
    expect(card).not.toMatch(/账号登录/);
    expect(phone.problems).toEqual([]);
    await phone.context.close();
  });
});
