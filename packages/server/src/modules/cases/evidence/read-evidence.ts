// Reading one evidence item is custody: its metadata (viewed) and its bytes (downloaded) each
// leave a ledger row and an audit row (security event), in one transaction, before any answer.
import fs from 'node:fs';
import { EVIDENCE_KIND_LABELS, isEvidenceKind, type RecordLocation } from '@zhifa/domain';
import type { AppContext } from '../../../platform/context';
import { appendAudit } from '../../../platform/audit';
import { notFound } from '../../../platform/errors';
import type { SessionActor } from '../../../platform/route';
import type { LedgerEvent } from '../../../db/tables/cases';
import { appendLedger, verifyLedger } from './evidence-ledger';
import { objectPath } from './evidence-store';

export interface EvidenceRecord {
  id: string;
  caseId: string;
  caseNumber: string;
  agencyId: string;
  regionCode: string;
  sha256: string;
  size: number;
  mime: string;
  fileName: string | null;
  kind: string;
  title: string;
  capturedAt: string;
  location: string | null;
  officerIds: string[];
  illegal: boolean;
  illegalReason: string | null;
  uploadedBy: string;
  uploadedAt: Date;
}

export async function loadEvidence(app: AppContext, id: string): Promise<EvidenceRecord> {
  const r = await app.db
    .selectFrom('evidence')
    .innerJoin('cases', 'cases.id', 'evidence.case_id')
    .innerJoin('agencies', 'agencies.id', 'evidence.agency_id')
    .select([
      'evidence.id',
      'evidence.case_id',
      'cases.number as case_number',
      'evidence.agency_id',
      'agencies.region_code',
      'evidence.sha256',
      'evidence.size',
      'evidence.mime',
      'evidence.file_name',
      'evidence.kind',
      'evidence.title',
      'evidence.captured_at',
      'evidence.location',
      'evidence.officer_ids',
      'evidence.illegal',
      'evidence.illegal_reason',
      'evidence.uploaded_by',
      'evidence.uploaded_at',
    ])
    .where('evidence.id', '=', id)
    .executeTakeFirst();
  if (!r) throw notFound();
  return {
    id: r.id,
    caseId: r.case_id,
    caseNumber: r.case_number,
    agencyId: r.agency_id,
    regionCode: r.region_code,
    sha256: r.sha256,
    size: Number(r.size),
    mime: r.mime,
    fileName: r.file_name,
    kind: r.kind,
    title: r.title,
    capturedAt: r.captured_at,
    location: r.location,
    officerIds: r.officer_ids,
    illegal: r.illegal,
    illegalReason: r.illegal_reason,
    uploadedBy: r.uploaded_by,
    uploadedAt: r.uploaded_at,
  };
}

export const location = (e: EvidenceRecord): RecordLocation => ({ agencyId: e.agencyId, regionCode: e.regionCode });

export function evidenceMetadata(e: EvidenceRecord) {
  return {
    kind: e.kind,
    title: e.title,
    capturedAt: e.capturedAt,
    location: e.location,
    officerIds: e.officerIds,
    fileName: e.fileName,
    mime: e.mime,
    size: e.size,
  };
}

export async function recordCustody(
  app: AppContext,
  e: EvidenceRecord,
  actor: SessionActor,
  event: Extract<LedgerEvent, 'viewed' | 'downloaded' | 'exported'>,
  request: { ip: string; requestId: string },
) {
  await app.db.transaction().execute(async (tx) => {
    const now = app.now();
    await appendLedger(tx, app.keys.auditSeal, {
      caseId: e.caseId,
      evidenceId: e.id,
      event,
      contentSha256: e.sha256,
      metadata: evidenceMetadata(e),
      actorId: actor.userId,
      actorName: actor.name,
      at: now,
      sourceIp: request.ip,
    });
    await appendAudit(tx, app.keys.auditSeal, {
      actorId: actor.userId,
      actorName: actor.name,
      actorRole: actor.primaryRole,
      agencyId: actor.agencyId,
      sourceIp: request.ip,
      eventType: `evidence.${event}`,
      objectType: 'evidence',
      objectId: e.id,
      outcome: 'success',
      requestId: request.requestId,
      details: { caseId: e.caseId, sha256: e.sha256 },
    });
  });
}

export function evidenceView(e: EvidenceRecord) {
  return {
    id: e.id,
    caseId: e.caseId,
    caseNumber: e.caseNumber,
    kind: e.kind,
    kindLabel: isEvidenceKind(e.kind) ? EVIDENCE_KIND_LABELS[e.kind] : e.kind,
    title: e.title,
    sha256: e.sha256,
    size: e.size,
    mimeType: e.mime,
    fileName: e.fileName,
    capturedAt: e.capturedAt,
    location: e.location,
    officerIds: e.officerIds,
    illegal: e.illegal ? { reason: e.illegalReason ?? '' } : null,
    uploadedAt: e.uploadedAt.toISOString(),
  };
}

// Only types a browser shows without running content; anything else downloads as bytes.
const INLINE_SAFE = /^(image\/(jpeg|png|gif|webp)|video\/(mp4|webm)|audio\/(mpeg|mp4|wav|webm|ogg)|application\/pdf)$/;

export function openEvidence(app: AppContext, e: EvidenceRecord) {
  const file = objectPath(app.config.evidenceDir, e.sha256);
  if (!fs.existsSync(file)) throw notFound('证据文件在存储中缺失，请联系系统管理员核查', 'EVIDENCE_FILE_MISSING');
  return {
    stream: fs.createReadStream(file),
    contentType: INLINE_SAFE.test(e.mime) ? e.mime : 'application/octet-stream',
    disposition: `attachment; filename*=UTF-8''${encodeURIComponent(e.fileName ?? `${e.sha256}.bin`)}`,
  };
}

const PREVIEWABLE = /^image\/(jpeg|png|gif|webp)$/;

/** Photos open inline (thumbnails and their preview); anything else is downloaded as the original. */
export function openEvidencePreview(app: AppContext, e: EvidenceRecord) {
  if (!PREVIEWABLE.test(e.mime)) throw notFound('该证据不是图片，无法预览，请下载原件查看', 'EVIDENCE_NO_PREVIEW');
  const opened = openEvidence(app, e);
  return { ...opened, disposition: 'inline' };
}

export async function ledgerOf(app: AppContext, e: EvidenceRecord) {
  const [rows, verification] = await Promise.all([
    app.db.selectFrom('evidence_ledger').selectAll().where('evidence_id', '=', e.id).orderBy('seq').execute(),
    verifyLedger(app.db, app.keys.auditSeal, e.caseId),
  ]);
  return {
    items: rows.map((r) => ({
      seq: r.seq,
      event: r.event,
      contentSha256: r.content_sha256,
      metadataSha256: r.metadata_sha256,
      actorName: r.actor_name,
      at: r.at.toISOString(),
      sourceIp: r.source_ip,
      details: r.details,
      prevHash: r.prev_hash,
      hash: r.hash,
    })),
    chain: verification,
  };
}
