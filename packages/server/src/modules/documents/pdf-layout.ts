// The layout of Chinese enforcement documents on A4: the agency's name as the title, the document's
// name under it, its number at the right, the body, the signature and seal block with the date in
// Chinese, and for decisions the QR code and the verification code. The words are the domain's
// documentText(); this file only places them.
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import type { DocumentText } from '@zhifa/domain';
import { documentFont } from './font';

const A4 = { width: 595.28, height: 841.89 };
// GB/T 9704-2012 5.2.1: 天头 37 mm, 订口 28 mm; body 156 × 225 mm.
const MARGINS = { top: 105, bottom: 80, left: 79, right: 74 };
const FONT = 'doc';

export interface PrintMarks {
  /** 一案一码: the code printed on every page of the document. */
  verificationCode: string;
  /** A decision's public address (its QR code). */
  publicUrl: string | null;
  version: number;
}

export function newPdf(createdAt: Date, title: string): PDFKit.PDFDocument {
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGINS,
    autoFirstPage: false,
    bufferPages: true,
    compress: true,
    // The stored bytes are the record; fixed metadata keeps a re-render of the same version identical.
    info: { Title: title, Producer: 'zhifa', Creator: 'zhifa', CreationDate: createdAt, ModDate: createdAt },
  });
  doc.registerFont(FONT, documentFont());
  return doc;
}

export function toBuffer(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

/** The QR code's modules for a payload: what is drawn on the page (tested by decoding it). */
export function qrMatrix(payload: string): { size: number; dark: (row: number, col: number) => boolean } {
  // Level M survives a fold or a stamp across the code.
  const qr = QRCode.create(payload, { errorCorrectionLevel: 'M' });
  return { size: qr.modules.size, dark: (r, c) => !!qr.modules.get(r, c) };
}

function drawQr(doc: PDFKit.PDFDocument, url: string, x: number, y: number, size: number) {
  const m = qrMatrix(url);
  const cell = size / (m.size + 2);
  doc.save().rect(x, y, size, size).fill('#ffffff');
  doc.fillColor('#000000');
  for (let r = 0; r < m.size; r++)
    for (let c = 0; c < m.size; c++) if (m.dark(r, c)) doc.rect(x + (c + 1) * cell, y + (r + 1) * cell, cell, cell);
  doc.fill().restore();
}

/** Lays one document out from a new page; returns the pages it took (first, last; zero-based). */
export function layDocument(
  doc: PDFKit.PDFDocument,
  t: DocumentText,
  marks: PrintMarks,
): { first: number; last: number } {
  doc.addPage();
  const first = doc.bufferedPageRange().start + doc.bufferedPageRange().count - 1;
  const width = A4.width - MARGINS.left - MARGINS.right;
  doc.font(FONT).fillColor('#000000');
  doc.fontSize(20).text(t.agencyName, { align: 'center', characterSpacing: 2 });
  doc.moveDown(0.3);
  doc.fontSize(18).text(t.title, { align: 'center', characterSpacing: 1 });
  doc.moveDown(0.5);
  doc.fontSize(12);
  if (t.number) doc.text(t.number, { align: 'right' });
  if (t.caseNumber && t.caseNumber !== t.number) doc.fontSize(10).text(`案号：${t.caseNumber}`, { align: 'right' });
  doc.moveDown(0.8);
  doc.fontSize(12);
  t.sections.forEach((s) => {
    if (s.heading) {
      doc.fontSize(12.5).text(`【${s.heading}】`, { width });
      doc.moveDown(0.15);
    }
    doc.fontSize(12).text(s.text, { width, lineGap: 5, indent: s.heading ? 24 : 0, paragraphGap: 4 });
    doc.moveDown(0.5);
  });
  if (t.partySignature) {
    doc.moveDown(0.5);
    doc.text('当事人（签名）：＿＿＿＿＿＿＿＿　　日期：＿＿＿＿＿＿＿＿', { width });
    doc.text('执法人员（签名）：＿＿＿＿＿＿＿　　执法证号：＿＿＿＿＿＿', { width });
  }
  // 落款: the agency and the date under the seal, right-aligned; the seal covers them.
  const blockHeight = t.decision ? 110 : 80;
  if (doc.y + blockHeight > A4.height - MARGINS.bottom) doc.addPage();
  doc.moveDown(1.2);
  const blockTop = doc.y;
  doc.fontSize(12).text(t.signature.agencyName, { align: 'right' });
  doc.text('（印章）', { align: 'right' });
  doc.text(t.signature.date, { align: 'right' });
  if (t.decision && marks.publicUrl) {
    drawQr(doc, marks.publicUrl, MARGINS.left, blockTop - 4, 76);
    doc.fontSize(8).text(`扫码核验　核验码 ${marks.verificationCode}`, MARGINS.left, blockTop + 76, { width: 200 });
    doc.x = MARGINS.left;
  }
  if (t.notes.length) {
    doc.moveDown(1);
    doc.fontSize(9).text(t.notes.join('\n'), MARGINS.left, doc.y, { width });
  }
  const range = doc.bufferedPageRange();
  return { first, last: range.start + range.count - 1 };
}

/** 核验码 and page numbers at the foot of each page of one document. */
export function footDocument(
  doc: PDFKit.PDFDocument,
  pages: { first: number; last: number },
  marks: PrintMarks,
  fileNumbers?: (page: number) => string,
) {
  const total = pages.last - pages.first + 1;
  for (let p = pages.first; p <= pages.last; p++) {
    doc.switchToPage(p);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const n = p - pages.first + 1;
    const left = `核验码 ${marks.verificationCode}${marks.version > 1 ? `　第${marks.version}版` : ''}`;
    doc
      .font(FONT)
      .fontSize(8)
      .fillColor('#444444')
      .text(left, MARGINS.left, A4.height - 50, { width: 260, lineBreak: false });
    const right = fileNumbers ? fileNumbers(p) : `第 ${n} 页 共 ${total} 页`;
    doc.text(right, A4.width - MARGINS.right - 200, A4.height - 50, { width: 200, align: 'right', lineBreak: false });
    doc.fillColor('#000000');
    doc.page.margins.bottom = bottom;
  }
}

/** One document as its own PDF. */
export async function renderDocumentPdf(t: DocumentText, marks: PrintMarks, createdAt: Date): Promise<Buffer> {
  const doc = newPdf(createdAt, `${t.title}${t.number ? ` ${t.number}` : ''}`);
  const pages = layDocument(doc, t, marks);
  footDocument(doc, pages, marks);
  return toBuffer(doc);
}

export const PAGE = { ...A4, margins: MARGINS, font: FONT };
