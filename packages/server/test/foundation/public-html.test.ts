// The portal's page helper is safe by construction: every value is escaped unless it is itself
// built by `html`; the inline style sheet is the one the CSP's hash allows.
import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { escapeHtml, html, page, PORTAL_CSP, toText } from '../../src/shared/public-html';

describe('portal html helper (ASVS V5.3.3: output encoding)', () => {
  it('escapes every interpolated value, in text and in attributes', () => {
    const evil = `"><script>alert('x')</script>&`;
    const out = toText(html`<a title="${evil}">${evil}</a>`);
    expect(out).not.toContain('<script>');
    expect(out).toBe(
      '<a title="&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;">&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;</a>',
    );
    expect(escapeHtml('<&>')).toBe('&lt;&amp;&gt;');
  });

  it('nests html fragments and lists without escaping them twice; drops null, undefined and booleans', () => {
    const items = ['a<b', 'c'].map((x) => html`<li>${x}</li>`);
    const list = html`<ul>
      ${items}${null}${undefined}${false}
    </ul>`;
    expect(toText(list).replace(/\s+/g, '')).toBe('<ul><li>a&lt;b</li><li>c</li></ul>');
  });

  it('a plain object cannot pass for trusted html', () => {
    const forged = { toString: () => '<script>' } as unknown as string;
    expect(toText(html`${forged}`)).toBe('&lt;script&gt;');
  });

  it('the page carries a Chinese title and its style sheet matches the CSP hash; no script is allowed', () => {
    const out = page({ title: '标题<>', description: '说明', body: html`<p>正文</p>` });
    expect(out).toContain('<title>标题&lt;&gt; - 行政执法信息公示平台</title>');
    const style = /<style>([\s\S]*?)<\/style>/.exec(out)![1];
    const hash = crypto.createHash('sha256').update(style).digest('base64');
    expect(PORTAL_CSP).toContain(`'sha256-${hash}'`);
    expect(PORTAL_CSP).toContain("default-src 'none'");
    expect(PORTAL_CSP).not.toContain('script-src');
  });
});
