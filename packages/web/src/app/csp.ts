// The server sends `style-src 'self' 'nonce-…'` and writes the per-response nonce into
// <meta name="csp-nonce">. Ant Design's CSS-in-JS receives it through ConfigProvider; a few helpers
// deep inside its dependencies (scroll locking of Modal/Drawer, scrollbar measuring) create
// <style> elements without asking for it, so every style element created by our own bundle gets
// the nonce too. This adds no new capability: `script-src 'self'` already means only our code runs.

const PLACEHOLDER = '__CSP_NONCE__';

export function readCspNonce(): string | undefined {
  const value = document.querySelector('meta[name="csp-nonce"]')?.getAttribute('content') ?? '';
  // The Vite dev server does not replace the placeholder (and sends no CSP).
  return value && value !== PLACEHOLDER ? value : undefined;
}

export function applyNonceToCreatedStyles(nonce: string | undefined) {
  if (!nonce) return;
  // eslint-disable-next-line @typescript-eslint/unbound-method -- kept to be re-invoked with .call(this), never bare
  const original = Document.prototype.createElement;
  Document.prototype.createElement = function createElement(
    this: Document,
    tagName: string,
    options?: ElementCreationOptions,
  ) {
    const element = original.call(this, tagName, options);
    if (element instanceof HTMLStyleElement && !element.nonce) element.nonce = nonce;
    return element;
  };
}
