// Evidence of a case as the detail page shows it: every item the log registered, with the file
// facts (hash, size, type) of those uploaded.
import { EVIDENCE_KIND_LABELS, type CaseState, type EvidenceKind } from '@zhifa/domain';
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';

export interface EvidenceView {
  id: string;
  kind: EvidenceKind;
  kindLabel: string;
  title: string;
  sha256: string | null;
  capturedAt: string | null;
  location: string | null;
  fileName: string | null;
  mimeType: string | null;
  size: number | null;
  officerIds: string[];
  uploadedBy: string | null;
  uploadedAt: string | null;
  illegal: { reason: string } | null;
}

export async function caseEvidence(db: Kysely<DB>, caseId: string, state: CaseState): Promise<EvidenceView[]> {
  const rows = await db
    .selectFrom('evidence')
    .leftJoin('users', 'users.id', 'evidence.uploaded_by')
    .select([
      'evidence.id',
      'evidence.kind',
      'evidence.title',
      'evidence.sha256',
      'evidence.captured_at',
      'evidence.location',
      'evidence.file_name',
      'evidence.mime',
      'evidence.size',
      'evidence.officer_ids',
      'evidence.illegal',
      'evidence.illegal_reason',
      'evidence.uploaded_at',
      'users.name as uploader',
    ])
    .where('evidence.case_id', '=', caseId)
    .orderBy('evidence.uploaded_at')
    .execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  const fromLog = state.evidence.map((e): EvidenceView => {
    const r = byId.get(e.id);
    return {
      id: e.id,
      kind: e.kind,
      kindLabel: EVIDENCE_KIND_LABELS[e.kind],
      title: e.title,
      sha256: r?.sha256 ?? null,
      capturedAt: e.capturedAt,
      location: r?.location ?? null,
      fileName: r?.file_name ?? null,
      mimeType: r?.mime ?? null,
      size: r ? Number(r.size) : null,
      officerIds: e.capturedBy,
      uploadedBy: r?.uploader ?? null,
      uploadedAt: r ? r.uploaded_at.toISOString() : null,
      illegal: e.illegal ? { reason: e.illegal.reason } : null,
    };
  });
  return fromLog;
}
