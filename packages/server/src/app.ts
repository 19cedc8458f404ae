import fs from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { AppContext } from './platform/context';
import {
  cspHeader,
  installErrorHandler,
  installJsonParser,
  installOriginCheck,
  installSecurityHeaders,
  newNonce,
} from './platform/http';
import { resolveSession } from './modules/auth/sessions';
import { installPortal } from './modules/portal/install';
import { registerRoutes } from './platform/register';
import type { RouteSpec } from './platform/route';
import { allRoutes } from './routes';

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route registered, with the access it declares (checked by the route-coverage test). */
    routeTable: { method: string; url: string; access: string | undefined }[];
  }
}

export interface BuildOptions {
  routes?: RouteSpec[];
  logger?: boolean;
  /** Where structured logs go (default stdout); tests capture them to prove what is never logged. */
  logStream?: NodeJS.WritableStream;
  serveWeb?: boolean;
}

/** Log redaction: never passwords, codes, tokens, cookies or ID numbers (security.md S16). */
export const LOG_REDACT = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["idempotency-key"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.newPassword',
  '*.currentPassword',
  '*.code',
  '*.idNumber',
  '*.phone',
  '*.totpSecret',
];

export async function buildApp(app: AppContext, options: BuildOptions = {}): Promise<FastifyInstance> {
  const fastify = Fastify({
    logger: options.logger
      ? {
          level: app.config.logLevel,
          redact: { paths: LOG_REDACT, censor: '[已隐去]' },
          ...(options.logStream ? { stream: options.logStream } : {}),
        }
      : false,
    bodyLimit: 1_048_576,
    // X-Forwarded-For is believed only from the proxies the operator lists (ZHIFA_TRUSTED_PROXIES):
    // otherwise a client would pick its own address for the rate limit and the audit record.
    trustProxy: app.config.trustedProxies.length > 0 ? app.config.trustedProxies : false,
    genReqId: () => crypto.randomUUID(),
    routerOptions: { maxParamLength: 200 },
  });
  fastify.setValidatorCompiler(validatorCompiler);
  fastify.setSerializerCompiler(serializerCompiler);
  installJsonParser(fastify);
  installErrorHandler(fastify);
  installSecurityHeaders(fastify);
  installOriginCheck(fastify);

  await fastify.register(cookie);
  await fastify.register(multipart, { limits: { fileSize: 200 * 1024 * 1024, files: 1, fields: 20 } });
  await fastify.register(rateLimit, {
    global: false,
    errorResponseBuilder: () => ({ statusCode: 429, code: 'RATE_LIMITED', message: '请求过于频繁，请稍后再试' }),
  });
  await fastify.register(swagger, {
    openapi: {
      info: { title: '综合行政执法平台 API', version: '0.1.0', description: 'zhifa — 乡镇综合行政执法与县级执法监督' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'zhifa_sid' } } },
    },
    transform: jsonSchemaTransform,
  });
  await fastify.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  const routeTable: { method: string; url: string; access: string | undefined }[] = [];
  fastify.decorate('routeTable', routeTable);
  fastify.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      routeTable.push({ method, url: route.url, access: (route.config as { access?: string } | undefined)?.access });
    }
  });
  registerRoutes(fastify, app, options.routes ?? allRoutes, resolveSession);
  // The public portal's pages: error pages in Chinese HTML, and /public/* never falls to the staff client.
  installPortal(fastify);
  fastify.get('/api/openapi.json', { schema: { hide: true }, config: { access: 'public' } }, () => fastify.swagger());

  if (options.serveWeb !== false) await serveWeb(fastify, app.config.webDist);
  return fastify;
}

/**
 * Files under assets/ carry a content hash in their name (Vite): a new build makes new names, so
 * the browser keeps them for a year without asking. Anything else (favicon) is checked each visit.
 */
export function assetCacheControl(dist: string, file: string): string {
  const relative = path.relative(dist, file).split(path.sep).join('/');
  return relative.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/** The built web client, with the index page carrying a per-response CSP nonce for Ant Design's styles. */
async function serveWeb(fastify: FastifyInstance, dist: string) {
  const indexFile = path.join(dist, 'index.html');
  if (!fs.existsSync(indexFile)) return;
  // Re-read the page when the build changes, so a rebuilt client never meets a stale index.
  let cached = { mtimeMs: 0, text: '' };
  const template = () => {
    const { mtimeMs } = fs.statSync(indexFile);
    if (mtimeMs !== cached.mtimeMs) cached = { mtimeMs, text: fs.readFileSync(indexFile, 'utf8') };
    return cached.text;
  };
  await fastify.register(fastifyStatic, {
    root: dist,
    prefix: '/',
    index: false,
    wildcard: false,
    // The build writes .br and .gz beside each asset; the smallest one the browser accepts goes out.
    preCompressed: true,
    setHeaders: (reply, file) => {
      reply.header('cache-control', assetCacheControl(dist, file));
    },
  });
  const sendIndex = (_req: unknown, reply: FastifyReply) => {
    const nonce = newNonce();
    reply
      .header('content-security-policy', cspHeader(nonce))
      .header('cache-control', 'no-store')
      .type('text/html; charset=utf-8')
      .send(template().replaceAll('__CSP_NONCE__', nonce));
  };
  fastify.get('/', { schema: { hide: true }, config: { access: 'public' } }, sendIndex);
  fastify.get('/*', { schema: { hide: true }, config: { access: 'public' } }, (req, reply) => {
    const url = req.url.split('?')[0];
    if (url.startsWith('/api/')) return reply.status(404).send({ code: 'NOT_FOUND', message: `接口不存在：${url}` });
    const file = path.join(dist, path.normalize(url).replace(/^(\.\.[/\\])+/, ''));
    if (file.startsWith(dist) && fs.existsSync(file) && fs.statSync(file).isFile())
      return reply.sendFile(path.relative(dist, file));
    return sendIndex(req, reply);
  });
}
