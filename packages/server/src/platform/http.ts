import crypto from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, type ErrorBody } from './errors';

// Control characters other than tab, newline and carriage return; and lone surrogates, which
// PostgreSQL cannot store. Rejected anywhere in a JSON body.
const FORBIDDEN_CHARS =
  // eslint-disable-next-line no-control-regex -- matching control characters is this pattern's purpose
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const utf8 = new TextDecoder('utf-8', { fatal: true });

function findBadString(value: unknown, depth = 0): boolean {
  if (depth > 32) return true;
  if (typeof value === 'string') return FORBIDDEN_CHARS.test(value);
  if (Array.isArray(value)) return value.some((v) => findBadString(v, depth + 1));
  if (value && typeof value === 'object') {
    return Object.entries(value).some(([k, v]) => FORBIDDEN_CHARS.test(k) || findBadString(v, depth + 1));
  }
  return false;
}

/** Strict JSON: valid UTF-8, no control characters, no prototype keys. */
export function installJsonParser(app: FastifyInstance) {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_req, body: Buffer, done) => {
    let textBody: string;
    try {
      textBody = utf8.decode(body);
    } catch {
      return done(new AppError(400, 'INVALID_ENCODING', '请求内容不是有效的 UTF-8 编码'), undefined);
    }
    if (textBody.trim() === '') return done(null, undefined);
    let parsed: unknown;
    try {
      parsed = JSON.parse(textBody, (key, value) => (key === '__proto__' || key === 'constructor' ? undefined : value));
    } catch {
      return done(new AppError(400, 'INVALID_JSON', '请求内容不是有效的 JSON'), undefined);
    }
    if (findBadString(parsed))
      return done(new AppError(400, 'INVALID_CHARACTERS', '请求内容包含不允许的控制字符'), undefined);
    done(null, parsed);
  });
}

// The multipart parser (busboy/dicer) reports a body cut off or garbled with plain Errors.
const BROKEN_MULTIPART =
  /Unexpected end of (multipart data|form)|Malformed part header|Boundary not found|Part terminated early/i;

export function isBrokenMultipart(err: unknown): boolean {
  const e = err as { message?: unknown; statusCode?: number } | null;
  return !!e && typeof e.message === 'string' && !e.statusCode && BROKEN_MULTIPART.test(e.message);
}

function zodDetails(err: unknown) {
  const validation =
    (err as { validation?: { instancePath?: string; message?: string; params?: { issue?: { path?: unknown[] } } }[] })
      .validation ?? [];
  return validation.map((v) => ({
    path: v.instancePath || (v.params?.issue?.path ?? []).join('.'),
    message: v.message,
  }));
}

/** Every error leaves as `{ code, message, details }` with a Chinese message; bad input is 4xx, never 500. */
export function installErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((err: unknown, req: FastifyRequest, reply: FastifyReply) => {
    const send = (status: number, body: ErrorBody) => reply.status(status).send(body);
    if (err instanceof AppError)
      return send(err.statusCode, { code: err.code, message: err.message, details: err.details });
    if (hasZodFastifySchemaValidationErrors(err)) {
      return send(400, { code: 'VALIDATION_FAILED', message: '请求参数不符合要求', details: zodDetails(err) });
    }
    const e = err as { statusCode?: number; code?: string; message?: string };
    if (e.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return send(413, { code: 'BODY_TOO_LARGE', message: '请求内容过大' });
    if (e.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || e.statusCode === 415) {
      return send(415, { code: 'UNSUPPORTED_MEDIA_TYPE', message: '不支持的请求内容类型' });
    }
    if (e.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || e.code === 'FST_ERR_CTP_INVALID_JSON_BODY') {
      return send(400, { code: 'INVALID_JSON', message: '请求内容不是有效的 JSON' });
    }
    if (isBrokenMultipart(err))
      return send(400, {
        code: 'INVALID_MULTIPART',
        message: '上传内容不完整或格式不正确（传输可能中断），请重新上传',
      });
    if (e.code === '23505') return send(409, { code: 'CONFLICT', message: '记录已存在或命令正在处理，请刷新后重试' });
    if (e.code === '40001' || e.code === '40P01')
      return send(409, { code: 'CONCURRENT_UPDATE', message: '数据已被他人修改，请刷新后重试' });
    if (e.code === '22P02' || e.code === '22007' || e.code === '22008' || e.code === '22003' || e.code === '22001') {
      return send(400, { code: 'INVALID_VALUE', message: '请求中的数值或日期超出允许范围' });
    }
    if (e.code === '23503') return send(400, { code: 'REFERENCE_NOT_FOUND', message: '引用的记录不存在' });
    if (e.statusCode === 429) return send(429, { code: 'RATE_LIMITED', message: '请求过于频繁，请稍后再试' });
    if (e.statusCode && e.statusCode >= 400 && e.statusCode < 500) {
      return send(e.statusCode, { code: 'BAD_REQUEST', message: '请求不合法' });
    }
    if (isResponseSerializationError(err)) req.log.error({ err }, 'response does not match its schema');
    else req.log.error({ err }, 'unhandled error');
    return send(500, { code: 'INTERNAL', message: '服务器内部错误，请稍后重试' });
  });
  app.setNotFoundHandler((req, reply) => {
    reply.status(404).send({ code: 'NOT_FOUND', message: `接口不存在：${req.method} ${req.url.split('?')[0]}` });
  });
}

export function newNonce(): string {
  return crypto.randomBytes(16).toString('base64');
}

export function cspHeader(nonce?: string): string {
  const style = nonce ? `'self' 'nonce-${nonce}'` : "'self'";
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src ${style}`,
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "media-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Security headers on every answer (ASVS V14.4; security.md S18). */
export function installSecurityHeaders(app: FastifyInstance) {
  app.addHook('onSend', async (req, reply, payload) => {
    if (!reply.getHeader('content-security-policy')) reply.header('content-security-policy', cspHeader());
    reply.header('x-content-type-options', 'nosniff');
    reply.header('x-frame-options', 'DENY');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('cross-origin-opener-policy', 'same-origin');
    reply.header('permissions-policy', 'camera=(self), geolocation=(self), microphone=(self)');
    if (req.protocol === 'https') reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
    if (req.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
    return payload;
  });
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuse a state-changing request sent by another site (CSRF). SameSite=Strict cookies do not
 * cover sibling subdomains (same-site, cross-origin), so the browser's own statements decide:
 * `Sec-Fetch-Site` other than same-origin/none, or an `Origin` whose host is not this server's.
 * Clients that send neither (curl, the CLIs, other servers) are not browsers carrying our cookie.
 */
export function installOriginCheck(app: FastifyInstance) {
  // eslint-disable-next-line @typescript-eslint/require-await -- Fastify needs a promise-returning hook here; a plain one would have to call done()
  app.addHook('onRequest', async (req) => {
    if (SAFE_METHODS.has(req.method)) return;
    const site = req.headers['sec-fetch-site'];
    if (typeof site === 'string' && site !== 'same-origin' && site !== 'none') throw crossSite();
    const origin = req.headers.origin;
    if (origin === undefined) return;
    // Both sides through the URL parser, so a default port written or left out compares equal.
    let same = false;
    try {
      const from = new URL(origin);
      same =
        (from.protocol === 'http:' || from.protocol === 'https:') &&
        new URL(`${from.protocol}//${req.host}`).host === from.host;
    } catch {
      same = false;
    }
    if (!same) throw crossSite();
  });
}

function crossSite() {
  return new AppError(403, 'CROSS_SITE_REQUEST', '拒绝来自其他网站的请求：请在本平台页面内操作');
}
