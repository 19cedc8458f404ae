// POST /api/cases/:id/evidence — multipart upload, in two steps. Before any transaction opens
// (receiveEvidence), the file is hashed while it streams to a temporary file; a hash that differs
// from the one the client computed at capture is refused and nothing is kept, and a verified file
// goes into the write-once store. Then, in the route's unit of work like any command
// (registerEvidence), the case gets its 登记证据 action (through decide()), the evidence row and
// the ledger rows (captured, uploaded); the registry adds the audit row and the command id's result.
import crypto from 'node:crypto';
import { isBrokenMultipart } from '../../../platform/http';
import type { z } from 'zod';
import { AppError, badRequest, conflict, unprocessable } from '../../../platform/errors';
import type { Received as ReceivedStep, RouteContext, WriteContext } from '../../../platform/route';
import { evidenceUploadFields as fieldsSchema } from '@zhifa/contract';
import { caseActorOf } from '../case-actor';
import type { LockedCase } from '../commands/command-snapshot';
import { appendLedger } from './evidence-ledger';
import { commitObject, discard, receiveToTemp, removeObject, type Received } from './evidence-store';
import { executeCaseCommand } from '../commands/execute-command';
import { loadCaseRow } from '../load-case';

const MAX_FIELD = 2000;

type Fields = z.infer<typeof fieldsSchema>;

function multipartError(err: unknown): unknown {
  if (err instanceof AppError) return err;
  if (isBrokenMultipart(err))
    return badRequest('INVALID_MULTIPART', '上传内容不完整或格式不正确（传输可能中断），请重新上传');
  const e = err as { statusCode?: number; code?: string };
  if (e.statusCode === 413 || e.code === 'FST_REQ_FILE_TOO_LARGE')
    return new AppError(413, 'FILE_TOO_LARGE', '文件或表单字段超过允许的大小或数量');
  if (e.statusCode && e.statusCode >= 400 && e.statusCode < 500)
    return badRequest('INVALID_MULTIPART', '上传内容格式不正确（应为 multipart/form-data）');
  return err;
}

async function readUpload(ctx: RouteContext<{ id: string }, unknown, unknown>): Promise<{
  fields: Record<string, string[]>;
  received: Received | null;
  file: { name: string; mime: string } | null;
}> {
  const dir = ctx.app.config.evidenceDir;
  const fields: Record<string, string[]> = {};
  let received: Received | null = null;
  let file: { name: string; mime: string } | null = null;
  try {
    for await (const part of ctx.req.parts()) {
      if (part.type === 'file') {
        const f = part;
        if (f.fieldname !== 'file' || received) {
          f.file.resume();
          throw badRequest('FILE_FIELD', '只能上传一个文件，字段名为 file');
        }
        received = await receiveToTemp(dir, f.file);
        if (f.file.truncated) throw new AppError(413, 'FILE_TOO_LARGE', '文件超过允许的大小');
        file = {
          name: (f.filename || 'evidence').slice(0, 200),
          mime: (f.mimetype || 'application/octet-stream').slice(0, 100),
        };
      } else {
        const v = part;
        const value = typeof v.value === 'string' ? v.value : String(v.value);
        if (value.length > MAX_FIELD) throw badRequest('FIELD_TOO_LONG', `字段 ${v.fieldname.slice(0, 40)} 过长`);
        (fields[v.fieldname] ??= []).push(value);
      }
    }
  } catch (err) {
    if (received) await discard(received.tmpPath);
    throw multipartError(err);
  }
  return { fields, received, file };
}

function parseFields(raw: Record<string, string[]>): Fields {
  const single: Record<string, unknown> = {};
  for (const [k, values] of Object.entries(raw)) {
    if (k === 'officerIds')
      single[k] = values
        .flatMap((v) => v.split(','))
        .map((s) => s.trim())
        .filter(Boolean);
    else single[k] = values.at(-1);
  }
  const r = fieldsSchema.safeParse(single);
  if (!r.success) {
    throw badRequest(
      'VALIDATION_FAILED',
      '证据信息不符合要求',
      r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    );
  }
  return r.data;
}

/** The verified file, already in the store, and what the form said about it. */
export interface EvidenceUpload {
  fields: Fields;
  received: Received;
  file: { name: string; mime: string };
  stored: Awaited<ReturnType<typeof commitObject>>;
}

/** The route's receive step: stream, hash and store the file before the transaction opens. */
export async function receiveEvidence(
  ctx: RouteContext<{ id: string }, unknown, unknown>,
): Promise<ReceivedStep<EvidenceUpload>> {
  const { app, req } = ctx;
  const row = await loadCaseRow(app.db, ctx.params.id);
  ctx.authorize({ agencyId: row.agencyId, regionCode: row.regionCode });
  if (!req.isMultipart()) throw new AppError(415, 'MULTIPART_REQUIRED', '请以 multipart/form-data 方式上传证据文件');
  const upload = await readUpload(ctx);
  let fields: Fields;
  try {
    fields = parseFields(upload.fields);
    if (!upload.received || !upload.file) throw badRequest('FILE_REQUIRED', '请选择要上传的证据文件（字段名 file）');
  } catch (err) {
    if (upload.received) await discard(upload.received.tmpPath);
    throw err;
  }
  const received = upload.received;
  if (received.sha256 !== fields.sha256) {
    await discard(received.tmpPath);
    throw unprocessable(
      'HASH_MISMATCH',
      '服务器计算的 SHA-256 与采集端提供的不一致，文件可能在传输中损坏或被改动，未予保存',
      {
        declared: fields.sha256,
        computed: received.sha256,
      },
    );
  }
  const dir = app.config.evidenceDir;
  const stored = await commitObject(dir, received);
  return {
    value: { fields, received, file: upload.file, stored },
    fingerprint: { ...fields, size: received.size },
    // A new object no committed evidence row names is removed again; one another case shares stays.
    abandon: async () => {
      if (!stored.created) return;
      const used = await app.db
        .selectFrom('evidence')
        .select('id')
        .where('sha256', '=', received.sha256)
        .executeTakeFirst();
      if (!used) await removeObject(dir, received.sha256);
    },
  };
}

/** The route's handler, in the unit of work: the case row is locked by the route's preload. */
export async function registerEvidence(
  ctx: WriteContext<{ id: string }, unknown, unknown, LockedCase, EvidenceUpload>,
) {
  const { app, uow, tx } = ctx;
  const { fields, received, file, stored } = ctx.received;
  const { row } = ctx.preloaded;
  ctx.authorize({ agencyId: row.agencyId, regionCode: row.regionCode });
  const actor = caseActorOf(ctx.actor!);
  const now = uow.now;
  const existing = await tx
    .selectFrom('evidence')
    .select('id')
    .where('case_id', '=', row.id)
    .where('sha256', '=', received.sha256)
    .executeTakeFirst();
  if (existing) throw conflict('EVIDENCE_EXISTS', '该文件已作为本案证据登记', { id: existing.id });
  const evidenceId = crypto.randomUUID();
  const officerIds = fields.officerIds ?? [actor.domainId];
  await executeCaseCommand(
    uow,
    actor,
    row.id,
    {
      type: 'addEvidence',
      payload: {
        evidenceId,
        kind: fields.kind,
        title: fields.title,
        source: fields.source ?? 'onSite',
        capturedBy: officerIds,
        capturedAt: fields.capturedAt,
        ...(fields.location ? { place: fields.location } : {}),
        contentHash: received.sha256,
      },
      expectedVersion: null,
    },
    ctx.preloaded,
  );
  await tx
    .insertInto('evidence')
    .values({
      id: evidenceId,
      case_id: row.id,
      agency_id: row.agencyId,
      sha256: received.sha256,
      size: received.size,
      mime: file.mime,
      file_name: file.name,
      storage_path: stored.relativePath,
      kind: fields.kind,
      title: fields.title,
      captured_at: fields.capturedAt,
      location: fields.location ?? null,
      officer_ids: officerIds,
      uploaded_by: actor.userId,
      uploaded_at: now,
    })
    .execute();
  const metadata = {
    kind: fields.kind,
    title: fields.title,
    capturedAt: fields.capturedAt,
    location: fields.location ?? null,
    officerIds,
    fileName: file.name,
    mime: file.mime,
    size: received.size,
  };
  const base = {
    caseId: row.id,
    evidenceId,
    contentSha256: received.sha256,
    metadata,
    actorId: actor.userId,
    actorName: actor.name,
    at: now,
    sourceIp: ctx.ip,
  };
  await appendLedger(tx, app.keys.auditSeal, {
    ...base,
    event: 'captured',
    details: {
      capturedAt: fields.capturedAt,
      location: fields.location ?? null,
      officerIds,
      declaredSha256: fields.sha256,
    },
  });
  await appendLedger(tx, app.keys.auditSeal, {
    ...base,
    event: 'uploaded',
    details: { verified: true, size: received.size, mime: file.mime, newObject: stored.created },
  });
  ctx.audited({
    objectType: 'evidence',
    objectId: evidenceId,
    details: { caseId: row.id, sha256: received.sha256, size: received.size },
  });
  return { id: evidenceId, sha256: received.sha256 };
}
