// POST /api/documents/:id/signed-copies — a signed (签收) and scanned document uploaded back to its
// step. Like evidence, the file streams into the write-once store before the transaction opens
// (receiveSignedCopy); then the unit of work registers it as the case's evidence (row and custody
// ledger, with its hash) and links it to the document. The issued PDF itself never changes.
import crypto from 'node:crypto';
import { AppError, badRequest, conflict } from '../../platform/errors';
import { isBrokenMultipart } from '../../platform/http';
import type { Received as ReceivedStep, RouteContext, WriteContext } from '../../platform/route';
import { appendLedger } from '../cases/evidence/evidence-ledger';
import { commitObject, discard, receiveToTemp, removeObject, type Received } from '../cases/evidence/evidence-store';
import { loadDocument, type DocumentRow } from './document-queries';

const COMMAND_ID = /^[A-Za-z0-9_-]{8,100}$/;
const ACCEPTED = /^(application\/pdf|image\/(jpeg|png|tiff))$/;

export interface SignedCopyUpload {
  doc: DocumentRow;
  received: Received;
  file: { name: string; mime: string };
  stored: { relativePath: string; created: boolean };
}

function multipartError(err: unknown): unknown {
  if (err instanceof AppError) return err;
  if (isBrokenMultipart(err)) return badRequest('INVALID_MULTIPART', '上传内容不完整或格式不正确，请重新上传');
  const e = err as { statusCode?: number; code?: string };
  if (e.statusCode === 413 || e.code === 'FST_REQ_FILE_TOO_LARGE')
    return new AppError(413, 'FILE_TOO_LARGE', '文件超过允许的大小');
  if (e.statusCode && e.statusCode >= 400 && e.statusCode < 500)
    return badRequest('INVALID_MULTIPART', '上传内容格式不正确（应为 multipart/form-data）');
  return err;
}

export async function receiveSignedCopy(
  ctx: RouteContext<{ id: string }, unknown, unknown>,
): Promise<ReceivedStep<SignedCopyUpload>> {
  const { app, req } = ctx;
  const doc = await loadDocument(app.db, ctx.params.id);
  ctx.authorize({ agencyId: doc.agencyId, regionCode: doc.regionCode });
  if (!req.isMultipart()) throw new AppError(415, 'MULTIPART_REQUIRED', '请以 multipart/form-data 方式上传签收件');
  const dir = app.config.evidenceDir;
  let received: Received | null = null;
  let file: { name: string; mime: string } | null = null;
  let commandId: string | undefined;
  try {
    for await (const part of req.parts()) {
      if (part.type === 'file') {
        if (part.fieldname !== 'file' || received) {
          part.file.resume();
          throw badRequest('FILE_FIELD', '只能上传一个文件，字段名为 file');
        }
        const mime = (part.mimetype || 'application/octet-stream').slice(0, 100);
        if (!ACCEPTED.test(mime)) {
          part.file.resume();
          throw badRequest('FILE_TYPE', '签收件应为 PDF 或 JPEG、PNG、TIFF 图片');
        }
        received = await receiveToTemp(dir, part.file);
        if (part.file.truncated) throw new AppError(413, 'FILE_TOO_LARGE', '文件超过允许的大小');
        file = { name: (part.filename || 'signed-copy').slice(0, 200), mime };
      } else if (part.fieldname === 'commandId') {
        const value = typeof part.value === 'string' ? part.value : String(part.value);
        if (!COMMAND_ID.test(value))
          throw badRequest('INVALID_COMMAND_ID', '命令编号格式不正确（8–100 位字母、数字、-、_）');
        commandId = value;
      } else {
        throw badRequest('UNKNOWN_FIELD', `不认识的字段 ${part.fieldname.slice(0, 40)}`);
      }
    }
    if (!received || !file) throw badRequest('FILE_REQUIRED', '请选择签收件文件（字段名 file）');
  } catch (err) {
    if (received) await discard(received.tmpPath);
    throw multipartError(err);
  }
  const r: Received = received;
  const stored = await commitObject(dir, r);
  return {
    value: { doc, received: r, file, stored },
    fingerprint: { sha256: r.sha256, size: r.size, name: file.name },
    ...(commandId ? { commandId } : {}),
    abandon: async () => {
      if (!stored.created) return;
      const used = await app.db.selectFrom('evidence').select('id').where('sha256', '=', r.sha256).executeTakeFirst();
      if (!used) await removeObject(dir, r.sha256);
    },
  };
}

/** Beijing time as the evidence register writes it: YYYY-MM-DDTHH:MM. */
const beijingMinute = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 16);

export async function registerSignedCopy(
  ctx: WriteContext<{ id: string }, unknown, unknown, undefined, SignedCopyUpload>,
): Promise<{ id: string; evidenceId: string; sha256: string }> {
  const { app, uow, tx } = ctx;
  const { doc, received, file, stored } = ctx.received;
  const actor = ctx.actor!;
  const now = uow.now;
  const existing = await tx
    .selectFrom('evidence')
    .select('id')
    .where('case_id', '=', doc.caseId)
    .where('sha256', '=', received.sha256)
    .executeTakeFirst();
  if (existing) throw conflict('EVIDENCE_EXISTS', '该文件已在本案登记', { id: existing.id });
  const evidenceId = crypto.randomUUID();
  const id = crypto.randomUUID();
  const title = `${doc.title}${doc.number ? `（${doc.number}）` : ''}签收件`;
  await tx
    .insertInto('evidence')
    .values({
      id: evidenceId,
      case_id: doc.caseId,
      agency_id: doc.agencyId,
      sha256: received.sha256,
      size: received.size,
      mime: file.mime,
      file_name: file.name,
      storage_path: stored.relativePath,
      kind: 'documentary',
      title,
      captured_at: beijingMinute(now),
      location: null,
      officer_ids: [],
      uploaded_by: actor.userId,
      uploaded_at: now,
    })
    .execute();
  await appendLedger(tx, app.keys.auditSeal, {
    caseId: doc.caseId,
    evidenceId,
    event: 'uploaded',
    contentSha256: received.sha256,
    metadata: {
      kind: 'documentary',
      title,
      fileName: file.name,
      mime: file.mime,
      size: received.size,
      documentId: doc.id,
    },
    actorId: actor.userId,
    actorName: actor.name,
    at: now,
    sourceIp: ctx.ip,
    details: { signedCopyOf: doc.id, newObject: stored.created },
  });
  await tx
    .insertInto('document_signed_copies')
    .values({
      id,
      document_id: doc.id,
      evidence_id: evidenceId,
      sha256: received.sha256,
      file_name: file.name,
      uploaded_by: actor.userId,
      uploaded_at: now,
    })
    .execute();
  ctx.audited({
    objectType: 'document',
    objectId: doc.id,
    details: { signedCopy: id, evidenceId, sha256: received.sha256 },
  });
  return { id, evidenceId, sha256: received.sha256 };
}
