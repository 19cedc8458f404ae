// Uploaded PDF evidence and signed copies in the 卷宗: pdfkit cannot import another PDF's pages, so
// the case file is laid out with one placeholder page per source page (its heading and page
// number, so the table of contents counts it), and pdf-lib then draws each source page into its
// placeholder, scaled to the space between the heading and the page number.
import { PDFDocument } from 'pdf-lib';
import { PAGE } from './pdf-layout';

/** A source PDF read once: its bytes and page count, or null when it cannot be read. */
export interface SourcePdf {
  bytes: Buffer;
  pages: number;
}

export async function readSourcePdf(bytes: Buffer): Promise<SourcePdf | null> {
  try {
    const doc = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false });
    const pages = doc.getPageCount();
    return pages > 0 ? { bytes, pages } : null;
  } catch {
    return null;
  }
}

/** A placeholder page of the laid-out file (0-based) and the source page drawn into it. */
export interface Placeholder {
  page: number;
  source: SourcePdf;
  sourcePage: number;
}

/** Space below the heading line and above the page number (PDF points, origin bottom left). */
const BOX = {
  x: PAGE.margins.left,
  y: 60,
  width: PAGE.width - PAGE.margins.left - PAGE.margins.right,
  height: PAGE.height - PAGE.margins.top - 30 - 60,
};

export async function bindPdfPages(file: Buffer, placeholders: readonly Placeholder[]): Promise<Buffer> {
  if (placeholders.length === 0) return file;
  const out = await PDFDocument.load(file, { updateMetadata: false });
  const loaded = new Map<SourcePdf, PDFDocument>();
  for (const p of placeholders) {
    let src = loaded.get(p.source);
    if (!src) {
      src = await PDFDocument.load(p.source.bytes, { ignoreEncryption: true, updateMetadata: false });
      loaded.set(p.source, src);
    }
    const [embedded] = await out.embedPages([src.getPage(p.sourcePage)]);
    if (!embedded) continue;
    const scale = Math.min(BOX.width / embedded.width, BOX.height / embedded.height, 1);
    const width = embedded.width * scale;
    const height = embedded.height * scale;
    out.getPage(p.page).drawPage(embedded, {
      x: BOX.x + (BOX.width - width) / 2,
      y: BOX.y + (BOX.height - height),
      width,
      height,
    });
  }
  return Buffer.from(await out.save({ useObjectStreams: false }));
}
