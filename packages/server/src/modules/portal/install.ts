// The portal's error pages and its own 404 under /public (the staff client never answers there).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { html, page, PORTAL_CSP } from '../../shared/public-html';

/** A client asking for JSON, or sending JSON (a browser's form never does), gets the JSON answer. */
function wantsJson(req: FastifyRequest): boolean {
  const accept = req.headers.accept ?? '';
  if (accept.includes('application/json') && !accept.includes('text/html')) return true;
  return String(req.headers['content-type'] ?? '').includes('application/json');
}

function errorPage(code: string, message: string, status: number): string {
  const back =
    status === 429 || code.startsWith('CHALLENGE') || code.startsWith('FORM_')
      ? html`<p><a class="btn" href="/public/complaints">重新填写投诉</a></p>`
      : html`<p><a href="/public">返回公示平台首页</a></p>`;
  return page({
    title: status === 404 ? '页面不存在' : '无法完成请求',
    description: message,
    body: html`<h1>${status === 404 ? '页面不存在' : '无法完成请求'}</h1>
      <section>
        <p class="error" data-code="${code}" role="alert">${message}</p>
        <p class="muted">错误代码：${code}</p>
        ${back}
      </section>`,
  });
}

/**
 * Errors of the portal's routes leave as a Chinese page for a browser (the same code and message
 * as the JSON answer, also in the `x-error-code` header); a client asking for JSON gets JSON.
 * Unknown addresses under /public answer 404 here, never the staff client.
 */
export function installPortal(fastify: FastifyInstance) {
  fastify.addHook('onSend', async (req, reply, payload) => {
    if (!(req.url === '/public' || req.url.startsWith('/public/') || req.url.startsWith('/public?'))) return payload;
    // Under no-referrer a browser posts its forms with "Origin: null", which the origin check
    // (CSRF) must refuse; same-origin sends the origin to this server and nothing to others.
    reply.header('referrer-policy', 'same-origin');
    if (reply.statusCode < 400 || typeof payload !== 'string' || wantsJson(req)) return payload;
    if (!String(reply.getHeader('content-type') ?? '').includes('json')) return payload;
    let body: { code?: unknown; message?: unknown };
    try {
      body = JSON.parse(payload) as typeof body;
    } catch {
      return payload;
    }
    const code = typeof body.code === 'string' ? body.code : 'ERROR';
    const message = typeof body.message === 'string' ? body.message : '请求无法完成';
    reply
      .header('content-type', 'text/html; charset=utf-8')
      .header('content-security-policy', PORTAL_CSP)
      .header('cache-control', 'no-store')
      .header('x-error-code', code);
    return errorPage(code, message, reply.statusCode);
  });
  fastify.get('/public/*', { schema: { hide: true }, config: { access: 'public' } }, (req, reply) =>
    reply.status(404).send({ code: 'NOT_FOUND', message: '您访问的公示页面不存在' }),
  );
}
