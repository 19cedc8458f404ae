import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../helpers';

let p: TestPlatform;
beforeAll(async () => {
  p = await createTestPlatform({ config: { loginRateLimit: { max: 3, windowMs: 60_000 } } });
});
afterAll(async () => {
  await p?.close();
});

describe('sign-in rate limit per source address', () => {
  it('answers 429 with a Chinese message once a source exceeds the limit, whatever the account', async () => {
    const statuses: number[] = [];
    for (const username of ['a.one', 'b.two', 'c.three', 'd.four', 'e.five']) {
      const res = await p.request({
        method: 'POST',
        url: '/api/auth/login',
        body: { username, password: 'whatever-password-1' },
      });
      statuses.push(res.statusCode);
      if (res.statusCode === 429) expect(res.json().message).toMatch(/请求过于频繁/);
    }
    expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
    expect(statuses.slice(3)).toEqual([429, 429]);
    // Other routes are not limited by it.
    expect((await p.request({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
  });
});
