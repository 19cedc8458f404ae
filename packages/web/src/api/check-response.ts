// Development check of every answer against the HTTP contract (@zhifa/contract). The client
// loads this module only when `import.meta.env.DEV` is true, so a production build carries
// neither the check nor the schemas.
import { z } from 'zod';
import { RESPONSES, type RouteKey } from '@zhifa/contract';

/** The server answered in a shape its contract does not declare: a bug in one of the two. */
export class ContractMismatchError extends Error {
  readonly route: string;

  constructor(route: string, problem: string) {
    super(`服务器应答与接口约定不符（${route}）：${problem}`);
    this.name = 'ContractMismatchError';
    this.route = route;
  }
}

const ROUTES = (Object.keys(RESPONSES) as RouteKey[]).map((key) => {
  const [method, path] = key.split(' ');
  const segments = path.split('/');
  return { key, method, segments, literals: segments.filter((s) => !s.startsWith(':')).length };
});

/**
 * The contract route a request went to: same method, a path whose `:param` segments take any
 * value. Like the server's router, a literal segment wins over a parameter
 * (`/api/items/departments` before `/api/items/:id`).
 */
export function routeOf(method: string, url: string): RouteKey | null {
  const segments = url.split('?')[0].split('/');
  let best: (typeof ROUTES)[number] | null = null;
  for (const r of ROUTES) {
    if (r.method !== method || r.segments.length !== segments.length) continue;
    const fits = r.segments.every((s, i) => (s.startsWith(':') ? segments[i] !== '' : s === segments[i]));
    if (fits && (!best || r.literals > best.literals)) best = r;
  }
  return best?.key ?? null;
}

/** Throws ContractMismatchError when `body` is not what the contract says `method url` answers. */
export function checkResponse(method: string, url: string, body: unknown): void {
  const route = routeOf(method, url);
  if (!route) throw new ContractMismatchError(`${method} ${url}`, '接口约定中没有这个接口');
  const result = RESPONSES[route].safeParse(body);
  if (!result.success) throw new ContractMismatchError(route, z.prettifyError(result.error));
}
