// The set-up the tests of the two supervision answer loops share (执法监督意见书, 案卷评查整改): the
// demo platform, requests made as signed-in demo accounts, and agencies found by short name.
import type { LightMyRequestResponse } from 'fastify';
import { createTestPlatform, type TestPlatform } from '../helpers';

export interface SignedIn {
  p: TestPlatform;
  today: string;
  agency: (shortName: string) => Promise<string>;
  post: (who: string, url: string, body: unknown) => Promise<LightMyRequestResponse>;
  get: (who: string, url: string) => Promise<LightMyRequestResponse>;
}

/** A demo platform with `users` signed in; `post` and `get` act as one of them. */
export async function signedIn(users: string[]): Promise<SignedIn> {
  const p = await createTestPlatform();
  const cookies: Record<string, string> = {};
  for (const u of users) cookies[u] = await p.login(u);
  return {
    p,
    today: p.app.today(),
    agency: async (shortName) =>
      (await p.app.db.selectFrom('agencies').select('id').where('short_name', '=', shortName).executeTakeFirstOrThrow())
        .id,
    post: (who, url, body) => p.request({ method: 'POST', url, cookie: cookies[who], body }),
    get: (who, url) => p.request({ method: 'GET', url, cookie: cookies[who] }),
  };
}
