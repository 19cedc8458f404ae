// 卷宗: one PDF of the case — the cover, the table of contents with page numbers, then the documents
// in archive order (正卷, then 副卷; legal-rules.md §7.3, the domain's assembleCaseFile()), each as
// its latest version states it, with the evidence and the signed copies that are images or PDFs
// (a PDF's pages are drawn in by pdf-lib after the layout, bind-pdf-pages.ts).
// The cover and the contents are unnumbered; the pages after them are numbered from 1.
import fs from 'node:fs';
import { assembleCaseFile, chineseDate, type CaseFileDocument, type CaseState } from '@zhifa/domain';
import type { AppContext } from '../../platform/context';
import { objectPath } from '../cases/evidence/evidence-store';
import type { CaseRow } from '../cases/load-case';
import type { DocumentRow } from './document-queries';
import { bindPdfPages, readSourcePdf, type Placeholder } from './bind-pdf-pages';
import { footDocument, layDocument, newPdf, PAGE, toBuffer } from './pdf-layout';
import { prepareVersion } from './render-document';

const IMAGE = /^image\/(jpeg|png)$/;
const PDF = /^application\/pdf$/;
const TOC_ROWS_PER_PAGE = 26;
const RETENTION = { permanent: '永久', thirtyYears: '30年' } as const;

interface Part {
  title: string;
  volume: '正卷' | '副卷';
  number: string | null;
  date: string | null;
  doc?: DocumentRow;
  images: { path: string; title: string }[];
  pdfs: { path: string; title: string }[];
  pageFrom?: number;
  pageTo?: number;
}

const isJpegOrPng = (b: Buffer) =>
  (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) || b.subarray(0, 8).equals(Buffer.from('89504e470d0a1a0a', 'hex'));

async function caseDocuments(app: AppContext, row: CaseRow): Promise<DocumentRow[]> {
  const rows = await app.db
    .selectFrom('documents')
    .select([
      'id',
      'case_id',
      'agency_id',
      'kind',
      'number',
      'title',
      'action_seq',
      'issued_on',
      'issued_at',
      'payload',
    ])
    .where('case_id', '=', row.id)
    .where('kind', '!=', 'caseFile')
    .orderBy('action_seq')
    .orderBy('issued_at')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    caseId: r.case_id,
    agencyId: r.agency_id,
    agencyName: row.agencyName,
    regionCode: row.regionCode,
    kind: r.kind,
    number: r.number,
    title: r.title,
    actionSeq: r.action_seq,
    issuedOn: r.issued_on,
    issuedAt: r.issued_at,
    payload: (r.payload ?? {}) as Record<string, unknown>,
  }));
}

/** The archive order's entries, each matched to an issued document (by title, in issue order) or evidence. */
function arrange(
  state: CaseState,
  docs: DocumentRow[],
  evidence: Map<string, { path: string; title: string; mime: string }>,
  signed: Map<string, { path: string; title: string; mime: string }[]>,
): Part[] {
  const file = assembleCaseFile(state);
  const unused = [...docs];
  const take = (title: string) => {
    let i = unused.findIndex((d) => d.title === title);
    if (i < 0) i = unused.findIndex((d) => d.title.startsWith(title) || title.startsWith(d.title));
    return i < 0 ? undefined : unused.splice(i, 1)[0];
  };
  const part = (e: CaseFileDocument, volume: Part['volume']): Part => {
    if (e.key.startsWith('evidence:')) {
      const ev = evidence.get(e.key.slice('evidence:'.length));
      const images = ev && IMAGE.test(ev.mime) ? [{ path: ev.path, title: e.title }] : [];
      const pdfs = ev && PDF.test(ev.mime) ? [{ path: ev.path, title: e.title }] : [];
      return { title: e.title, volume, number: null, date: null, images, pdfs };
    }
    const doc = take(e.title);
    const copies = doc ? (signed.get(doc.id) ?? []) : [];
    const images = copies.filter((s) => IMAGE.test(s.mime));
    const pdfs = copies.filter((s) => PDF.test(s.mime));
    return { title: e.title, volume, number: doc?.number ?? null, date: doc?.issuedOn ?? null, doc, images, pdfs };
  };
  const parts = [...file.main.map((e) => part(e, '正卷')), ...file.internal.map((e) => part(e, '副卷'))];
  // Documents the archive list does not name (追加当事人审批表 …) go at the end of the 副卷.
  for (const doc of unused) {
    parts.push({ title: doc.title, volume: '副卷', number: doc.number, date: doc.issuedOn, doc, images: [], pdfs: [] });
  }
  return parts;
}

function cover(doc: PDFKit.PDFDocument, row: CaseRow, state: CaseState, parts: Part[]) {
  doc.addPage();
  doc.font(PAGE.font).fontSize(26).text(row.agencyName, { align: 'center' });
  doc.moveDown(0.6).fontSize(30).text('行政处罚案卷', { align: 'center', characterSpacing: 6 });
  doc.moveDown(2).fontSize(13);
  const lines: [string, string][] = [
    ['案件名称', row.title],
    ['案　　号', row.number],
    ['决定书文号', state.decision?.number ?? '—'],
    ['当 事 人', state.party?.name ?? '—'],
    ['立案日期', state.filing?.approvedOn ? chineseDate(state.filing.approvedOn) : '—'],
    ['结案日期', state.closure?.on ? chineseDate(state.closure.on) : '—'],
    ['保管期限', state.archive ? RETENTION[state.archive.retention] : '—'],
    ['档 案 号', state.archive?.archiveNumber ?? '—'],
    [
      '卷内文件',
      `正卷 ${parts.filter((p) => p.volume === '正卷').length} 件，副卷 ${parts.filter((p) => p.volume === '副卷').length} 件`,
    ],
  ];
  for (const [k, v] of lines) doc.text(`${k}：${v}`, PAGE.margins.left + 40, doc.y, { lineGap: 10 });
}

function tableOfContents(doc: PDFKit.PDFDocument, parts: Part[], firstTocPage: number) {
  const cols = [PAGE.margins.left, PAGE.margins.left + 34, PAGE.margins.left + 250, PAGE.margins.left + 370];
  parts.forEach((p, i) => {
    const page = Math.floor(i / TOC_ROWS_PER_PAGE);
    doc.switchToPage(firstTocPage + page);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    if (i % TOC_ROWS_PER_PAGE === 0) {
      doc
        .font(PAGE.font)
        .fontSize(18)
        .text('卷内目录', PAGE.margins.left, PAGE.margins.top - 30, { align: 'center', width: 440 });
      doc.fontSize(10.5);
      const y = PAGE.margins.top + 10;
      ['序号', '文书名称', '文号', '日期', '页号'].forEach((h, c) =>
        doc.text(h, c < 4 ? cols[c] : PAGE.width - PAGE.margins.right - 50, y, { width: 200, lineBreak: false }),
      );
    }
    const y = PAGE.margins.top + 30 + (i % TOC_ROWS_PER_PAGE) * 22;
    const pages = p.pageFrom
      ? p.pageTo && p.pageTo !== p.pageFrom
        ? `${p.pageFrom}–${p.pageTo}`
        : String(p.pageFrom)
      : '—';
    doc.fontSize(10);
    doc.text(String(i + 1), cols[0], y, { width: 30, lineBreak: false });
    doc.text(`${p.volume === '副卷' ? '［副］' : ''}${p.title}`, cols[1], y, {
      width: 212,
      lineBreak: false,
      ellipsis: true,
    });
    doc.text(p.number ?? '', cols[2], y, { width: 118, lineBreak: false, ellipsis: true });
    doc.text(p.date ?? '', cols[3], y, { width: 70, lineBreak: false });
    doc.text(pages, PAGE.width - PAGE.margins.right - 50, y, { width: 50, lineBreak: false });
    doc.page.margins.bottom = bottom;
  });
}

export async function renderCaseFile(app: AppContext, row: CaseRow, state: CaseState): Promise<Buffer> {
  const db = app.db;
  const [docs, evidenceRows, signedRows, versionRows] = await Promise.all([
    caseDocuments(app, row),
    db.selectFrom('evidence').select(['id', 'sha256', 'mime', 'title']).where('case_id', '=', row.id).execute(),
    db
      .selectFrom('document_signed_copies')
      .innerJoin('evidence', 'evidence.id', 'document_signed_copies.evidence_id')
      .select(['document_signed_copies.document_id', 'evidence.sha256', 'evidence.mime', 'evidence.title'])
      .where('evidence.case_id', '=', row.id)
      .execute(),
    db
      .selectFrom('document_versions')
      .innerJoin('documents', 'documents.id', 'document_versions.document_id')
      .select(['document_versions.document_id', 'document_versions.version', 'document_versions.reason'])
      .where('documents.case_id', '=', row.id)
      .orderBy('document_versions.version')
      .execute(),
  ]);
  const dir = app.config.evidenceDir;
  const evidence = new Map(
    evidenceRows.map((e) => [e.id, { path: objectPath(dir, e.sha256), title: e.title, mime: e.mime }]),
  );
  const signed = new Map<string, { path: string; title: string; mime: string }[]>();
  for (const s of signedRows) {
    const list = signed.get(s.document_id) ?? [];
    list.push({ path: objectPath(dir, s.sha256), title: s.title, mime: s.mime });
    signed.set(s.document_id, list);
  }
  const latest = new Map(versionRows.map((v) => [v.document_id, v]));
  const parts = arrange(state, docs, evidence, signed);

  const pdf = newPdf(app.now(), `${row.title} 案卷`);
  cover(pdf, row, state, parts);
  const tocPages = Math.max(1, Math.ceil(parts.length / TOC_ROWS_PER_PAGE));
  for (let i = 0; i < tocPages; i++) pdf.addPage();
  const firstTocPage = 1;
  const firstNumbered = 1 + tocPages;
  const number = (p: number) => `第 ${p - firstNumbered + 1} 页`;
  const placeholders: Placeholder[] = [];
  for (const part of parts) {
    /** A bound page of the part: its number in the contents and at its foot. */
    const foot = (page: number) => {
      part.pageFrom ??= page - firstNumbered + 1;
      part.pageTo = page - firstNumbered + 1;
      const bottom = pdf.page.margins.bottom;
      pdf.page.margins.bottom = 0;
      pdf.fontSize(8).text(number(page), PAGE.width - PAGE.margins.right - 200, PAGE.height - 50, {
        width: 200,
        align: 'right',
        lineBreak: false,
      });
      pdf.page.margins.bottom = bottom;
    };
    if (part.doc) {
      const v = latest.get(part.doc.id);
      const prepared = await prepareVersion(app, db, part.doc, v?.version ?? 1, v?.reason ?? null);
      const pages = layDocument(pdf, prepared.text, prepared.marks);
      footDocument(pdf, pages, prepared.marks, number);
      part.pageFrom = pages.first - firstNumbered + 1;
      part.pageTo = pages.last - firstNumbered + 1;
    }
    for (const img of part.images) {
      let bytes: Buffer;
      try {
        bytes = await fs.promises.readFile(img.path);
      } catch {
        continue; // a file missing from the store is listed, not bound
      }
      // What the uploader called an image may not be one: only real JPEG and PNG files are bound.
      if (!isJpegOrPng(bytes)) continue;
      pdf.addPage();
      const page = pdf.bufferedPageRange().count - 1;
      pdf.font(PAGE.font).fontSize(11).text(img.title, { align: 'center' });
      try {
        pdf.image(bytes, PAGE.margins.left, pdf.y + 8, {
          fit: [PAGE.width - PAGE.margins.left - PAGE.margins.right, PAGE.height - pdf.y - PAGE.margins.bottom - 20],
          align: 'center',
        });
      } catch {
        pdf.text('（图片文件无法读取，见证据原件）', { align: 'center' });
      }
      foot(page);
    }
    for (const file of part.pdfs) {
      let bytes: Buffer;
      try {
        bytes = await fs.promises.readFile(file.path);
      } catch {
        continue; // a file missing from the store is listed, not bound
      }
      const source = await readSourcePdf(bytes);
      for (let i = 0; i < (source?.pages ?? 1); i++) {
        pdf.addPage();
        const page = pdf.bufferedPageRange().count - 1;
        const heading = i === 0 ? file.title : `${file.title}（续 ${i + 1}/${source?.pages ?? 1}）`;
        pdf.font(PAGE.font).fontSize(11).text(heading, { align: 'center' });
        if (source) placeholders.push({ page, source, sourcePage: i });
        else pdf.text('（PDF 文件无法读取，见证据原件）', { align: 'center' });
        foot(page);
      }
    }
  }
  tableOfContents(pdf, parts, firstTocPage);
  return bindPdfPages(await toBuffer(pdf), placeholders);
}
