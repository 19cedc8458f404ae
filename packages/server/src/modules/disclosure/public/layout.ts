// A small HTML layout for the public decision pages: server-rendered, no script, one inline style
// allowed by its hash (so the body, and its ETag, is the same for every reader), made for phones.
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

const STYLE = `*{box-sizing:border-box}body{margin:0;font:16px/1.6 -apple-system,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;color:#1f1f1f;background:#f5f6f8}
header{background:#b7191c;color:#fff;padding:12px 16px}header a{color:#fff;text-decoration:none;font-weight:600}
main{max-width:760px;margin:0 auto;padding:12px}section{background:#fff;border-radius:8px;padding:12px 16px;margin:12px 0}
h1{font-size:20px;margin:4px 0 8px}h2{font-size:17px;margin:0 0 8px}dl{margin:0}dt{color:#666;font-size:14px}dd{margin:0 0 8px}
ol.steps{padding-left:20px;margin:0}ol.steps li{margin:2px 0}.muted{color:#666;font-size:14px}.ok{color:#137333;font-weight:600}.no{color:#b7191c;font-weight:600}
.notice{border-left:4px solid #b7191c}form{display:flex;gap:8px;flex-wrap:wrap}input,select{font:inherit;padding:6px 8px;border:1px solid #bbb;border-radius:6px;min-width:0;flex:1}
button{font:inherit;padding:6px 14px;border:0;border-radius:6px;background:#b7191c;color:#fff}ul.list{list-style:none;padding:0;margin:0}ul.list li{padding:10px 0;border-bottom:1px solid #eee}
ul.list a{color:#0b57d0;text-decoration:none}nav.pager{display:flex;justify-content:space-between;margin:12px 0}footer{text-align:center;color:#888;font-size:13px;padding:16px}`;

const STYLE_HASH = createHash('sha256').update(STYLE).digest('base64');
const CSP = [
  "default-src 'none'",
  `style-src 'sha256-${STYLE_HASH}'`,
  "img-src 'self' data:",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const PORTAL_NAME = '行政执法信息公示平台';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text into HTML (element content and quoted attributes). */
export function esc(value: string | number | null | undefined): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

export interface Page {
  title: string;
  description: string;
  body: string;
  /** A page that must not be kept by search engines (a withdrawn decision). */
  noindex?: boolean;
}

export function renderPage(p: Page): string {
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(p.title)} - ${PORTAL_NAME}</title>
<meta name="description" content="${esc(p.description)}">
${p.noindex ? '<meta name="robots" content="noindex">\n' : ''}<style>${STYLE}</style>
</head><body><header><a href="/public/decisions">${PORTAL_NAME}</a></header>
<main>${p.body}</main>
<footer>依据《中华人民共和国行政处罚法》第四十八条公开；个人信息已依法隐去。</footer>
</body></html>`;
}

/**
 * Sends a page with a strong ETag and a short public max-age: a reader's browser or a proxy keeps
 * it a minute and then asks again with If-None-Match, answered 304 without the body.
 */
export function sendPage(req: FastifyRequest, reply: FastifyReply, status: number, html: string, maxAge = 60) {
  const etag = `"${createHash('sha1').update(html).digest('base64url')}"`;
  reply
    .header('content-security-policy', CSP)
    .header('cache-control', `public, max-age=${maxAge}`)
    .header('etag', etag)
    .type('text/html; charset=utf-8');
  if (req.headers['if-none-match'] === etag && status === 200) return reply.status(304).send();
  return reply.status(status).send(html);
}
