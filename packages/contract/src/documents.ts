// Printed documents (文书): the list of a case's documents with their versions and signed copies,
// corrections, signed-copy uploads, the PDFs, and each agency's document settings (代字, payee).
import { z } from 'zod';
import { DOCUMENT_SERIES } from '@zhifa/domain';
import { commandId, text } from './common';

export const documentVersionView = z.object({
  version: z.number().int(),
  createdAt: z.string(),
  reason: z.string().nullable(),
  sha256: z.string(),
});

export const signedCopyView = z.object({
  id: z.string(),
  evidenceId: z.string(),
  uploadedAt: z.string(),
  sha256: z.string(),
  fileName: z.string(),
});

export const documentListItem = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  number: z.string().nullable(),
  issuedOn: z.string(),
  actionSeq: z.number().int(),
  /** The latest version (0 before the document was first printed). */
  version: z.number().int(),
  /** The code printed on the latest version (null before the first print). */
  verificationCode: z.string().nullable(),
  /** A decision's public address, the one its QR code opens; null for other documents. */
  publicUrl: z.string().nullable(),
  provisional: z.boolean(),
  versions: z.array(documentVersionView),
  signedCopies: z.array(signedCopyView),
});
export type DocumentListItem = z.infer<typeof documentListItem>;

export const documentListView = z.object({ items: z.array(documentListItem) });
export type DocumentListView = z.infer<typeof documentListView>;

export const documentPdfQuery = z.strictObject({
  version: z.coerce.number().int().min(1).max(1000).optional(),
});

export const pdfResponse = z.any().describe('application/pdf');

export const correctionBody = z.strictObject({
  commandId,
  reason: text(500, 2),
});
export const correctionResult = z.object({ version: z.number().int() });

export const signedCopyResult = z.object({ id: z.string(), evidenceId: z.string(), sha256: z.string() });

const SERIES_KEYS = Object.keys(DOCUMENT_SERIES) as [keyof typeof DOCUMENT_SERIES, ...(keyof typeof DOCUMENT_SERIES)[]];

/** 代字: Chinese characters (and digits), no brackets or spaces that would break the number format. */
const code = (max: number) => text(max, 1).regex(/^[\u4e00-\u9fa5A-Za-z0-9]+$/, '代字只能包含汉字、字母或数字');

export const payeeView = z.object({ accountName: z.string(), bank: z.string(), accountNumber: z.string() });

export const documentSettingsView = z.object({
  docPrefix: z.string(),
  series: z.array(z.object({ series: z.string(), title: z.string(), code: z.string() })),
  payee: payeeView.nullable(),
});
export type DocumentSettingsView = z.infer<typeof documentSettingsView>;

export const documentSettingsBody = z.strictObject({
  commandId,
  docPrefix: code(20).optional(),
  series: z
    .array(z.strictObject({ series: z.enum(SERIES_KEYS), code: code(10) }))
    .max(SERIES_KEYS.length)
    .optional(),
  payee: z
    .strictObject({
      accountName: text(200, 1),
      bank: text(200, 1),
      accountNumber: text(60, 1).regex(/^[0-9 -]+$/, '账号只能包含数字、空格或连字符'),
    })
    .nullable()
    .optional(),
});
export type DocumentSettingsBody = z.infer<typeof documentSettingsBody>;
