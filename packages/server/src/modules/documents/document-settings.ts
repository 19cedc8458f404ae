// Each agency's document settings: its 机关代字 (agencies.doc_prefix), the 代字 of each series, and
// the account fines are paid to. Numbers issued after a change carry the new codes (shared/numbers.ts).
import { DOCUMENT_SERIES, type DocumentSeries } from '@zhifa/domain';
import type { DocumentSettingsBody, DocumentSettingsView } from '@zhifa/contract';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { notFound } from '../../platform/errors';
import type { UnitOfWork } from '../../platform/unit-of-work';
import { payeeOf } from './document-queries';

export async function agencyLocation(db: Kysely<DB>, agencyId: string) {
  const a = await db
    .selectFrom('agencies')
    .select(['id', 'region_code', 'doc_prefix'])
    .where('id', '=', agencyId)
    .executeTakeFirst();
  if (!a) throw notFound();
  return { agencyId: a.id, regionCode: a.region_code, docPrefix: a.doc_prefix };
}

export async function getDocumentSettings(db: Kysely<DB>, agencyId: string): Promise<DocumentSettingsView> {
  const [agency, codes, payee] = await Promise.all([
    agencyLocation(db, agencyId),
    db.selectFrom('document_series_codes').select(['series', 'code']).where('agency_id', '=', agencyId).execute(),
    payeeOf(db, agencyId),
  ]);
  const byKey = new Map(codes.map((c) => [c.series, c.code]));
  return {
    docPrefix: agency.docPrefix,
    series: (Object.keys(DOCUMENT_SERIES) as DocumentSeries[]).map((series) => ({
      series,
      title: DOCUMENT_SERIES[series],
      code: byKey.get(series) ?? series,
    })),
    payee,
  };
}

export async function updateDocumentSettings(
  uow: UnitOfWork,
  agencyId: string,
  body: DocumentSettingsBody,
): Promise<DocumentSettingsView> {
  const { tx, now } = uow;
  if (body.docPrefix !== undefined) {
    await tx.updateTable('agencies').set({ doc_prefix: body.docPrefix }).where('id', '=', agencyId).execute();
  }
  for (const s of body.series ?? []) {
    await tx
      .insertInto('document_series_codes')
      .values({ agency_id: agencyId, series: s.series, code: s.code, updated_at: now })
      .onConflict((oc) => oc.columns(['agency_id', 'series']).doUpdateSet({ code: s.code, updated_at: now }))
      .execute();
  }
  if (body.payee === null) {
    await tx.deleteFrom('agency_payees').where('agency_id', '=', agencyId).execute();
  } else if (body.payee) {
    const p = { account_name: body.payee.accountName, bank: body.payee.bank, account_number: body.payee.accountNumber };
    await tx
      .insertInto('agency_payees')
      .values({ agency_id: agencyId, ...p, updated_at: now })
      .onConflict((oc) => oc.column('agency_id').doUpdateSet({ ...p, updated_at: now }))
      .execute();
  }
  return getDocumentSettings(tx, agencyId);
}
