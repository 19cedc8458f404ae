// 更正: a corrected document is a new version rendered from the current record, with the reason
// printed on it; every earlier version stays readable, byte for byte (the table refuses changes).
import type { UnitOfWork } from '../../platform/unit-of-work';
import { loadDocument, latestVersion } from './document-queries';
import { renderVersion, versionRow } from './render-document';

export async function correctDocument(
  uow: UnitOfWork,
  documentId: string,
  reason: string,
  actorUserId: string,
  authorize: (doc: { agencyId: string; regionCode: string }) => void,
): Promise<{ version: number }> {
  const { tx, app, now } = uow;
  // The row lock orders concurrent corrections of one document: each reads the latest version after the last.
  const doc = await loadDocument(tx, documentId, true);
  authorize(doc);
  let latest = await latestVersion(tx, doc.id);
  if (latest === 0) {
    // Never printed: the original is version 1, so the correction is recorded against it.
    const first = await renderVersion(app, tx, doc, 1, null, doc.issuedAt);
    await tx
      .insertInto('document_versions')
      .values(versionRow(doc.id, first, null, null, now))
      .execute();
    latest = 1;
  }
  const version = latest + 1;
  const r = await renderVersion(app, tx, doc, version, reason, now);
  await tx
    .insertInto('document_versions')
    .values(versionRow(doc.id, r, reason, actorUserId, now))
    .execute();
  return { version };
}
