// Server-rendered pages for the public: safe by construction. Every value put into a page goes
// through `html` (a tagged template) and is escaped, unless it is itself the result of `html`; no
// other way to make a SafeHtml exists outside this file. Pages carry no script, their one style
// sheet is inline and allowed by its hash (CSP), they are small, and they are cached by ETag. The
// portal's pages and the public decision pages (一案一码) share it, so the public sees one site.
import crypto from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

const SAFE = Symbol('safe-html');

export interface SafeHtml {
  readonly [SAFE]: string;
}

type Value = string | number | boolean | null | undefined | SafeHtml | readonly Value[];

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

function isSafe(v: unknown): v is SafeHtml {
  return typeof v === 'object' && v !== null && SAFE in v;
}

function render(v: Value): string {
  if (v === null || v === undefined || v === false || v === true) return '';
  if (isSafe(v)) return v[SAFE];
  if (Array.isArray(v)) return (v as readonly Value[]).map(render).join('');
  if (typeof v === 'string') return escapeHtml(v);
  if (typeof v === 'number') return escapeHtml(String(v));
  // Anything else reaching here was smuggled past the types: escaped as its text, never trusted.
  return escapeHtml(`${v as unknown as string}`);
}

/** `html\`<p>${text}</p>\``: the template's text is trusted, every value escaped (or nested html). */
export function html(strings: TemplateStringsArray, ...values: Value[]): SafeHtml {
  let out = strings[0];
  values.forEach((v, i) => (out += render(v) + strings[i + 1]));
  return { [SAFE]: out };
}

export function toText(h: SafeHtml): string {
  return h[SAFE];
}

/** Phone first: one column, large touch targets, system fonts (no downloads). */
const CSS = `
*{box-sizing:border-box}
body{margin:0;font:16px/1.6 -apple-system,"PingFang SC","Microsoft YaHei",sans-serif;color:#1f1f1f;background:#f5f6f8}
header{background:#b71c1c;color:#fff;padding:12px 16px}
header a{color:#fff;text-decoration:none;font-weight:600}
header small{display:block;opacity:.85;font-size:13px}
main{max-width:760px;margin:0 auto;padding:12px}
footer{max-width:760px;margin:0 auto;padding:16px 12px 32px;color:#666;font-size:13px}
h1{font-size:20px;margin:8px 0 12px}
h2{font-size:17px;margin:0 0 8px;border-left:4px solid #b71c1c;padding-left:8px}
section{background:#fff;border-radius:8px;padding:12px 14px;margin:0 0 12px;box-shadow:0 1px 2px rgba(0,0,0,.06)}
ul.list{list-style:none;margin:0;padding:0}
ul.list li{padding:10px 0;border-bottom:1px solid #eee}
ul.list li:last-child{border-bottom:0}
a{color:#0b57d0}
.muted{color:#666;font-size:14px}
.tag{display:inline-block;font-size:12px;border:1px solid #d0d7de;border-radius:4px;padding:0 6px;margin-right:4px;color:#444}
.btn{display:block;width:100%;text-align:center;background:#b71c1c;color:#fff;border:0;border-radius:6px;padding:12px;font-size:17px;text-decoration:none;margin-top:8px}
label{display:block;margin:12px 0 4px;font-weight:600}
input[type=text],input[type=tel],select,textarea{width:100%;padding:10px;font-size:16px;border:1px solid #bbb;border-radius:6px;background:#fff}
textarea{min-height:120px}
.error{background:#fff1f0;border:1px solid #ffa39e;color:#a8071a;padding:10px;border-radius:6px}
.ok{background:#f6ffed;border:1px solid #b7eb8f;padding:10px;border-radius:6px}
.code{font:700 20px/1.4 ui-monospace,Menlo,monospace;letter-spacing:1px;word-break:break-all}
ol{padding-left:20px}
.jump{display:flex;flex-wrap:wrap;gap:8px;margin:0 0 12px}
.jump a{background:#fff;border:1px solid #d0d7de;border-radius:16px;padding:4px 12px;text-decoration:none;font-size:14px}
dl{margin:0}dt{color:#666;font-size:14px}dd{margin:0 0 8px}
ol.steps li{margin:2px 0}
.no{background:#fff1f0;border:1px solid #ffa39e;color:#a8071a;padding:10px;border-radius:6px}
section.notice{border-left:4px solid #b71c1c}
form.inline{display:flex;gap:8px;flex-wrap:wrap}
form.inline input,form.inline select{flex:1;min-width:0;padding:8px;font-size:16px;border:1px solid #bbb;border-radius:6px}
form.inline button{padding:8px 16px;font-size:16px;border:0;border-radius:6px;background:#b71c1c;color:#fff}
nav.pager{display:flex;justify-content:space-between;margin:12px 0}
`
  .trim()
  .replace(/\n/g, '');

const STYLE_HASH = crypto.createHash('sha256').update(CSS).digest('base64');
// Built outside any template, so the element's text is exactly what the hash covers.
const STYLE: SafeHtml = { [SAFE]: `<style>${CSS}</style>` };

/** No script may run, the one style sheet is the inline one, forms post only here. */
export const PORTAL_CSP = [
  "default-src 'none'",
  `style-src 'sha256-${STYLE_HASH}'`,
  "img-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

// The name the decision documents give the public (publicationNoticeSentence, 行政处罚法 第48条).
export const SITE_NAME = '行政执法信息公示平台';

export interface PageOptions {
  title: string;
  description: string;
  body: SafeHtml;
  /** A page search engines must not keep (a withdrawn decision, a missing one). */
  noindex?: boolean;
}

export function page({ title, description, body, noindex }: PageOptions): string {
  return toText(
    html`<!doctype html>
      <html lang="zh-CN">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width,initial-scale=1" />
          <title>${title} - ${SITE_NAME}</title>
          <meta name="description" content="${description}" />
          <meta name="robots" content="${noindex ? 'noindex' : 'index,follow'}" />
          <meta name="format-detection" content="telephone=no" />
          ${STYLE}
        </head>
        <body>
          <header><a href="/public">${SITE_NAME}</a><small>行政执法公示 · 事前公开 · 投诉举报</small></header>
          <main>${body}</main>
          <footer>
            本平台依据《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》（国办发〔2018〕118号）公开行政执法信息。
          </footer>
        </body>
      </html>`,
  );
}

export interface SendOptions {
  /** Seconds a browser or proxy may reuse the page without asking (public pages); 0: never stored. */
  maxAge: number;
}

/**
 * Send a page with its CSP; a cacheable page gets an ETag of its bytes and answers a matching
 * If-None-Match with 304 (the page is rendered anyway: cheap, and always current).
 */
export function sendPage(req: FastifyRequest, reply: FastifyReply, body: string, { maxAge }: SendOptions): string {
  reply.header('content-security-policy', PORTAL_CSP).type('text/html; charset=utf-8');
  if (maxAge <= 0) {
    reply.header('cache-control', 'no-store');
    return body;
  }
  const etag = `"${crypto.createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  reply.header('etag', etag).header('cache-control', `public, max-age=${maxAge}`);
  const match = req.headers['if-none-match'];
  if (
    reply.statusCode === 200 &&
    typeof match === 'string' &&
    match.split(',').some((m) => m.trim().replace(/^W\//, '') === etag)
  ) {
    reply.status(304);
    return '';
  }
  return body;
}
