// The CJK face documents are set in: Noto Sans Hans (SIL Open Font License 1.1, embedding allowed)
// from @embedpdf/fonts-sc. Opened once per process: parsing the 8 MB face and its glyphs is the
// costly part; pdfkit accepts an opened font (anything with `layout`) and subsets it into each PDF.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';

/** pdfkit's opened font object (fontkit's), passed back to registerFont as its source. */
export type OpenedFont = PDFKit.Mixins.PDFFontSource;

let regular: OpenedFont | null = null;

function fontFile(name: string): string {
  const require = createRequire(import.meta.url);
  // The package exports only its metadata module (dist/index.cjs); the faces sit beside dist/.
  const entry = require.resolve('@embedpdf/fonts-sc');
  return path.join(path.dirname(entry), '..', 'fonts', name);
}

export function documentFont(): OpenedFont {
  if (!regular) {
    // pdfkit opens the face with the fontkit it ships; a document that is never ended keeps the
    // opened object, which every later document reuses.
    const opener = new PDFDocument({ autoFirstPage: false });
    opener.font(fs.readFileSync(fontFile('NotoSansHans-Regular.otf')));
    regular = (opener as unknown as { _font: { font: OpenedFont } })._font.font;
  }
  return regular;
}
