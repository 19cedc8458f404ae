// Reads of the documents module: a document with its agency, its versions, the agency's payee.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { notFound } from '../../platform/errors';

type Reader = Kysely<DB>;

export interface DocumentRow {
  id: string;
  caseId: string;
  agencyId: string;
  agencyName: string;
  regionCode: string;
  kind: string;
  number: string | null;
  title: string;
  actionSeq: number;
  issuedOn: string;
  issuedAt: Date;
  payload: Record<string, unknown>;
}

export async function loadDocument(db: Reader, id: string, lock = false): Promise<DocumentRow> {
  let q = db
    .selectFrom('documents')
    .innerJoin('agencies', 'agencies.id', 'documents.agency_id')
    .select([
      'documents.id',
      'documents.case_id',
      'documents.agency_id',
      'agencies.name as agency_name',
      'agencies.region_code',
      'documents.kind',
      'documents.number',
      'documents.title',
      'documents.action_seq',
      'documents.issued_on',
      'documents.issued_at',
      'documents.payload',
    ])
    .where('documents.id', '=', id);
  if (lock) q = q.forUpdate('documents');
  const r = await q.executeTakeFirst();
  if (!r) throw notFound();
  return {
    id: r.id,
    caseId: r.case_id,
    agencyId: r.agency_id,
    agencyName: r.agency_name,
    regionCode: r.region_code,
    kind: r.kind,
    number: r.number,
    title: r.title,
    actionSeq: r.action_seq,
    issuedOn: r.issued_on,
    issuedAt: r.issued_at,
    payload: (r.payload ?? {}) as Record<string, unknown>,
  };
}

export async function latestVersion(db: Reader, documentId: string): Promise<number> {
  const r = await db
    .selectFrom('document_versions')
    .select((eb) => eb.fn.max('version').as('v'))
    .where('document_id', '=', documentId)
    .executeTakeFirst();
  return Number(r?.v ?? 0);
}

export async function versionPdf(db: Reader, documentId: string, version: number) {
  return db
    .selectFrom('document_versions')
    .select(['pdf', 'sha256', 'version'])
    .where('document_id', '=', documentId)
    .where('version', '=', version)
    .executeTakeFirst();
}

export async function payeeOf(db: Reader, agencyId: string) {
  const r = await db.selectFrom('agency_payees').selectAll().where('agency_id', '=', agencyId).executeTakeFirst();
  return r ? { accountName: r.account_name, bank: r.bank, accountNumber: r.account_number } : null;
}

/** A party-facing deadline of the case rests on a year without a loaded holiday notice. */
export async function hasProvisionalDeadline(db: Reader, caseId: string): Promise<boolean> {
  const r = await db
    .selectFrom('case_deadlines')
    .select('key')
    .where('case_id', '=', caseId)
    .where('provisional', '=', true)
    .where('party_facing', '=', true)
    .executeTakeFirst();
  return !!r;
}
