// A case's documents with their versions, codes and signed copies (GET /api/cases/:id/documents).
import type { DocumentListItem } from '@zhifa/contract';
import type { AppContext } from '../../platform/context';
import { hasProvisionalDeadline } from './document-queries';
import { publicUrlOf, statesDeadlines } from './render-document';

export async function listCaseDocuments(app: AppContext, caseId: string): Promise<DocumentListItem[]> {
  const db = app.db;
  const [docs, versions, copies, provisional] = await Promise.all([
    db
      .selectFrom('documents')
      .select(['id', 'kind', 'title', 'number', 'issued_on', 'action_seq'])
      .where('case_id', '=', caseId)
      .orderBy('action_seq')
      .orderBy('issued_at')
      .execute(),
    db
      .selectFrom('document_versions')
      .innerJoin('documents', 'documents.id', 'document_versions.document_id')
      .select([
        'document_versions.document_id',
        'document_versions.version',
        'document_versions.created_at',
        'document_versions.reason',
        'document_versions.sha256',
        'document_versions.verification_code',
        'document_versions.provisional',
      ])
      .where('documents.case_id', '=', caseId)
      .orderBy('document_versions.version')
      .execute(),
    db
      .selectFrom('document_signed_copies')
      .innerJoin('documents', 'documents.id', 'document_signed_copies.document_id')
      .select([
        'document_signed_copies.id',
        'document_signed_copies.document_id',
        'document_signed_copies.evidence_id',
        'document_signed_copies.uploaded_at',
        'document_signed_copies.sha256',
        'document_signed_copies.file_name',
      ])
      .where('documents.case_id', '=', caseId)
      .orderBy('document_signed_copies.uploaded_at')
      .execute(),
    hasProvisionalDeadline(db, caseId),
  ]);
  return docs.map((d) => {
    const mine = versions.filter((v) => v.document_id === d.id);
    const last = mine.at(-1);
    return {
      id: d.id,
      kind: d.kind,
      title: d.title,
      number: d.number,
      issuedOn: d.issued_on,
      actionSeq: d.action_seq,
      version: last?.version ?? 0,
      verificationCode: last?.verification_code ?? null,
      publicUrl: publicUrlOf(app, d),
      // As printed; before the first print, as it would print now.
      provisional: last ? last.provisional : provisional && statesDeadlines(d.kind),
      versions: mine.map((v) => ({
        version: v.version,
        createdAt: v.created_at.toISOString(),
        reason: v.reason,
        sha256: v.sha256,
      })),
      signedCopies: copies
        .filter((c) => c.document_id === d.id)
        .map((c) => ({
          id: c.id,
          evidenceId: c.evidence_id,
          uploadedAt: c.uploaded_at.toISOString(),
          sha256: c.sha256,
          fileName: c.file_name,
        })),
    };
  });
}
