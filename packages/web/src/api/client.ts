// The one way the web client talks to the server: same-origin cookie session, JSON both ways,
// errors as `ApiError` carrying the server's Chinese message. The shapes are the HTTP contract's
// (@zhifa/contract); in development every answer is checked against it.

export interface ErrorDetail {
  path?: string;
  message?: string;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;

  constructor(status: number, code: string, message: string, details?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }

  /** Field-level problems (`VALIDATION_FAILED` and similar), when the server sent them as a list. */
  get fieldErrors(): ErrorDetail[] {
    return Array.isArray(this.details) ? (this.details as ErrorDetail[]) : [];
  }
}

export function isApiError(err: unknown, status?: number): err is ApiError {
  return err instanceof ApiError && (status === undefined || err.status === status);
}

/** A key the server uses to recognise a repeated command (8–100 chars of [A-Za-z0-9_-]). */
export function newIdempotencyKey(): string {
  return crypto.randomUUID().replaceAll('-', '');
}

// Sign-in steps answer 401 for a wrong password or code; that is a form error, not an expired session.
const NO_REDIRECT_ON_401 = ['/api/auth/login', '/api/auth/totp'];

let unauthorizedHandler: () => void = () => {
  if (window.location.pathname !== '/login') window.location.assign('/login');
};

/** The app installs a router-aware handler; the default reloads to the sign-in page. */
export function onUnauthorized(handler: () => void) {
  unauthorizedHandler = handler;
}

export type Query = Record<string, string | number | boolean | null | undefined>;

export interface RequestOptions {
  query?: Query;
  body?: unknown;
  /** Reuse one key for every attempt of the same command (e.g. per opened form) so a retry is safe. */
  idempotencyKey?: string;
  signal?: AbortSignal;
}

function withQuery(url: string, query?: Query): string {
  if (!query) return url;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  }
  const qs = params.toString();
  return qs ? `${url}?${qs}` : url;
}

async function parseError(res: Response): Promise<ApiError> {
  let body: { code?: string; message?: string; details?: unknown } = {};
  try {
    body = await res.json();
  } catch {
    // A proxy or gateway answered with HTML or nothing; fall through to a generic message.
  }
  const fallback = res.status >= 500 ? '服务器暂时无法处理请求，请稍后重试' : `请求失败（${res.status}）`;
  return new ApiError(res.status, body.code ?? `HTTP_${res.status}`, body.message ?? fallback, body.details);
}

export async function request<T>(method: string, url: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  const init: RequestInit = { method, credentials: 'same-origin', headers, signal: options.signal };
  if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(options.body);
  }
  const isCommand = method !== 'GET' && method !== 'HEAD';
  if (isCommand) headers['Idempotency-Key'] = options.idempotencyKey ?? newIdempotencyKey();

  const target = withQuery(url, options.query);
  let res: Response;
  try {
    res = await fetch(target, init);
  } catch (err) {
    if (options.signal?.aborted) throw err;
    // A command that never got an answer may or may not have run; the idempotency key makes
    // one automatic resend safe — the server replays the first result if it did run.
    if (!isCommand) throw new ApiError(0, 'NETWORK', '网络连接失败，请检查网络后重试');
    try {
      await new Promise((r) => setTimeout(r, 800));
      res = await fetch(target, init);
    } catch {
      throw new ApiError(0, 'NETWORK', '网络连接失败，请检查网络后重试');
    }
  }

  if (!res.ok) {
    const error = await parseError(res);
    if (res.status === 401 && !NO_REDIRECT_ON_401.includes(url)) unauthorizedHandler();
    throw error;
  }
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  const data: unknown = text ? JSON.parse(text) : undefined;
  await checkAnswer(method, url, data);
  return data as T;
}

/**
 * In development, refuses (and logs) an answer whose shape the HTTP contract does not declare:
 * ContractMismatchError names the route and what differs. Vite drops the branch, and with it the
 * schemas, from a production build.
 */
export async function checkAnswer(method: string, url: string, data: unknown): Promise<void> {
  if (import.meta.env.DEV) {
    const { checkResponse } = await import('./check-response');
    try {
      checkResponse(method, url, data);
    } catch (err) {
      console.error(err);
      throw err;
    }
  }
}

export const api = {
  get: <T>(url: string, query?: Query, signal?: AbortSignal) => request<T>('GET', url, { query, signal }),
  post: <T>(url: string, body?: unknown, idempotencyKey?: string) => request<T>('POST', url, { body, idempotencyKey }),
  put: <T>(url: string, body?: unknown, idempotencyKey?: string) => request<T>('PUT', url, { body, idempotencyKey }),
  delete: <T>(url: string, idempotencyKey?: string) => request<T>('DELETE', url, { idempotencyKey }),
};
