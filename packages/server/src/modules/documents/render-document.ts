// Renders a document version: the stored document (payload), the agency's payee and the case's
// provisional deadlines give the text; the text's hash gives the verification code printed on it;
// the PDF bytes are stored once and never changed (migration 0140, ADR 0009).
import crypto from 'node:crypto';
import {
  DECISION_KINDS,
  decisionPublicUrl,
  documentText,
  documentTextLines,
  verificationCode,
  type DocumentText,
} from '@zhifa/domain';
import type { Kysely } from 'kysely';
import type { DB, Tx } from '../../db/schema';
import { appendAudit } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { canonicalJson } from '../cases/evidence/evidence-ledger';
import { hasProvisionalDeadline, payeeOf, type DocumentRow } from './document-queries';
import { renderDocumentPdf, type PrintMarks } from './pdf-layout';

/** Documents that state a party-facing deadline: they print as provisional when it is. */
const STATES_DEADLINES = new Set([
  'penaltyDecision',
  'onTheSpotDecision',
  'penaltyNotice',
  'hearingRightsNotice',
  'hearingNotice',
  'correctionOrder',
  'preservationNotice',
  'coerciveDecision',
  'demand',
]);

export const statesDeadlines = (kind: string) => STATES_DEADLINES.has(kind);

export interface RenderedVersion {
  version: number;
  pdf: Buffer;
  sha256: string;
  contentSha256: string;
  verificationCode: string;
  provisional: boolean;
  text: DocumentText;
  marks: PrintMarks;
}

export function publicUrlOf(app: AppContext, doc: { id: string; kind: string }): string | null {
  return DECISION_KINDS.has(doc.kind) ? decisionPublicUrl(app.config.publicBaseUrl, doc.id) : null;
}

/** The text and the print marks of a version, without laying it out (the case file reuses them). */
export async function prepareVersion(
  app: AppContext,
  db: Kysely<DB>,
  doc: DocumentRow,
  version: number,
  reason: string | null,
) {
  const [payee, provisionalCase] = await Promise.all([
    payeeOf(db, doc.agencyId),
    STATES_DEADLINES.has(doc.kind) ? hasProvisionalDeadline(db, doc.caseId) : Promise.resolve(false),
  ]);
  const content = doc.payload.content as Record<string, unknown> | undefined;
  const agencyName =
    typeof content?.agencyName === 'string' && content.agencyName ? content.agencyName : doc.agencyName;
  const text = documentText({
    kind: doc.kind,
    title: doc.title,
    number: doc.number,
    issuedOn: doc.issuedOn,
    agencyName,
    payload: doc.payload,
    payee,
    provisional: provisionalCase,
    version,
    correctionReason: reason,
  });
  const contentSha256 = crypto
    .createHash('sha256')
    .update(canonicalJson({ documentId: doc.id, version, lines: documentTextLines(text) }))
    .digest('hex');
  const marks: PrintMarks = {
    verificationCode: verificationCode(contentSha256),
    publicUrl: publicUrlOf(app, doc),
    version,
  };
  return { text, marks, contentSha256, provisional: provisionalCase };
}

export async function renderVersion(
  app: AppContext,
  db: Kysely<DB>,
  doc: DocumentRow,
  version: number,
  reason: string | null,
  createdAt: Date,
): Promise<RenderedVersion> {
  const p = await prepareVersion(app, db, doc, version, reason);
  const pdf = await renderDocumentPdf(p.text, p.marks, createdAt);
  return {
    version,
    pdf,
    sha256: crypto.createHash('sha256').update(pdf).digest('hex'),
    contentSha256: p.contentSha256,
    verificationCode: p.marks.verificationCode,
    provisional: p.provisional,
    text: p.text,
    marks: p.marks,
  };
}

export function versionRow(documentId: string, r: RenderedVersion, reason: string | null, by: string | null, at: Date) {
  return {
    document_id: documentId,
    version: r.version,
    pdf: r.pdf,
    sha256: r.sha256,
    content_sha256: r.contentSha256,
    verification_code: r.verificationCode,
    provisional: r.provisional,
    reason,
    created_by: by,
    created_at: at,
  };
}

/** Who prints, for the audit row: the signed-in user, or an account acting without a session (the demo seed). */
export interface Printer {
  userId: string;
  name: string;
  primaryRole: string;
  agencyId: string | null;
}

/**
 * The first print of a document: rendered when first asked for and stored as version 1, with its
 * audit row in the same transaction (issuing the printed text is a change of record). Two first
 * requests at once both render; the first insert wins, only it is audited, and both serve its bytes.
 */
export async function ensureFirstVersion(
  app: AppContext,
  doc: DocumentRow,
  actor: Printer | null,
  request: { ip: string; requestId: string },
): Promise<void> {
  const at = app.now();
  const r = await renderVersion(app, app.db, doc, 1, null, doc.issuedAt);
  await app.db.transaction().execute((tx) => storeFirstVersion(app, tx, doc, r, actor, request, at));
}

/**
 * The first print inside a transaction the caller holds, where the document may not be committed
 * yet (the demo seed prints a decision before serving it, 第61条).
 */
export async function printFirstVersionIn(
  app: AppContext,
  tx: Tx,
  doc: DocumentRow,
  actor: Printer | null,
  request: { ip: string; requestId: string },
  at: Date,
): Promise<void> {
  const r = await renderVersion(app, tx, doc, 1, null, doc.issuedAt);
  await storeFirstVersion(app, tx, doc, r, actor, request, at);
}

async function storeFirstVersion(
  app: AppContext,
  tx: Tx,
  doc: DocumentRow,
  r: RenderedVersion,
  actor: Printer | null,
  request: { ip: string; requestId: string },
  at: Date,
): Promise<void> {
  const won = await tx
    .insertInto('document_versions')
    .values(versionRow(doc.id, r, null, actor?.userId ?? null, at))
    .onConflict((oc) => oc.columns(['document_id', 'version']).doNothing())
    .returning('version')
    .executeTakeFirst();
  if (!won) return;
  await appendAudit(tx, app.keys.auditSeal, {
    actorId: actor?.userId ?? null,
    actorName: actor?.name ?? null,
    actorRole: actor?.primaryRole ?? null,
    agencyId: actor?.agencyId ?? null,
    sourceIp: request.ip,
    eventType: 'document.printed',
    objectType: 'document',
    objectId: doc.id,
    outcome: 'success',
    requestId: request.requestId,
    details: { caseId: doc.caseId, kind: doc.kind, number: doc.number, version: 1, sha256: r.sha256 },
  });
}
