// pdf.js, loaded only by the preview (a chunk of its own, see vite.config.ts): the app's first
// load does not carry it. The legacy build runs on the older Android browsers officers' phones
// still have.
//
// The page's CSP (set by the server) shapes the setup:
// - the worker is a file of our own origin (`?url` copies it into the build's assets), which
//   `script-src 'self'` admits; a blob: worker would be refused;
// - `isEvalSupported: false`: pdf.js would otherwise probe `new Function` (refused and reported,
//   there is no 'unsafe-eval') and compile font outlines with it;
// - the bytes are fetched by us (same origin, the session cookie) and handed over as data.
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import workerUrl from 'pdfjs-dist/legacy/build/pdf.worker.min.mjs?url';

pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;

export type PdfDocument = pdfjs.PDFDocumentProxy;

export function openPdf(data: Uint8Array): { promise: Promise<PdfDocument>; destroy: () => Promise<void> } {
  const task = pdfjs.getDocument({ data, isEvalSupported: false });
  return { promise: task.promise, destroy: () => task.destroy() };
}

export interface RenderedPage {
  width: number;
  height: number;
  /** The page's text in reading order, for screen readers, search and tests. */
  text: string;
}

/**
 * Draws one page into the canvas at `cssWidth` CSS pixels, sharp at the screen's pixel ratio (and
 * at `minScale` device pixels per PDF point at least, so a page printed from the canvas stays legible).
 */
export async function renderPage(
  doc: PdfDocument,
  pageNumber: number,
  canvas: HTMLCanvasElement,
  cssWidth: number,
  minScale = 1,
): Promise<RenderedPage> {
  const page = await doc.getPage(pageNumber);
  const base = page.getViewport({ scale: 1 });
  const cssScale = cssWidth / base.width;
  const pixelScale = Math.max(cssScale * (window.devicePixelRatio || 1), minScale);
  const viewport = page.getViewport({ scale: pixelScale });
  canvas.width = Math.floor(viewport.width);
  canvas.height = Math.floor(viewport.height);
  canvas.style.width = `${Math.floor(base.width * cssScale)}px`;
  canvas.style.height = `${Math.floor(base.height * cssScale)}px`;
  await page.render({ canvas, viewport }).promise;
  const content = await page.getTextContent();
  const text = content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join('');
  page.cleanup();
  return { width: canvas.width, height: canvas.height, text };
}
