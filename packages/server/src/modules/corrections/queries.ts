import type { DataScope } from '@zhifa/domain';
import { isCorrectionOverdue } from '@zhifa/domain';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { agencyInScope } from '../../shared/scope';

function base(db: Kysely<DB>) {
  return db
    .selectFrom('correction_notices as n')
    .innerJoin('agencies', 'agencies.id', 'n.agency_id')
    .innerJoin('agencies as issuer', 'issuer.id', 'n.issuing_agency_id')
    .leftJoin('cases', 'cases.id', 'n.case_id');
}

function select(q: ReturnType<typeof base>) {
  return q.select([
    'n.id',
    'n.number',
    'issuer.short_name as issuing_agency_name',
    'n.agency_id',
    'agencies.short_name as agency_name',
    'agencies.region_code',
    'n.case_id',
    'cases.number as case_number',
    'n.subject',
    'n.findings',
    'n.requirement',
    'n.due_on',
    'n.status',
    'n.issued_on',
    'n.issued_by',
    'n.issued_by_name',
    'n.reply',
    'n.replied_on',
    'n.replied_by_name',
    'n.review_note',
    'n.reviewed_on',
    'n.history',
    'n.updated_at',
    // Full names and the case's title for the printed notice.
    'issuer.name as issuing_agency_full_name',
    'agencies.name as agency_full_name',
    'cases.title as case_title',
  ]);
}

export type CorrectionRow = Awaited<ReturnType<ReturnType<typeof select>['executeTakeFirstOrThrow']>>;

function view(r: CorrectionRow, today: string) {
  return {
    id: r.id,
    number: r.number,
    issuingAgencyName: r.issuing_agency_name,
    agencyId: r.agency_id,
    agencyName: r.agency_name,
    caseId: r.case_id,
    caseNumber: r.case_number,
    subject: r.subject,
    findings: r.findings,
    requirement: r.requirement,
    dueOn: r.due_on,
    status: r.status,
    overdue: isCorrectionOverdue(r.status, r.due_on, today),
    issuedOn: r.issued_on,
    issuedByName: r.issued_by_name,
    reply: r.reply,
    repliedOn: r.replied_on,
    repliedByName: r.replied_by_name,
    reviewNote: r.review_note,
    reviewedOn: r.reviewed_on,
    history: r.history,
  };
}

export async function listCorrections(
  db: Kysely<DB>,
  scope: DataScope,
  today: string,
  q: { status?: 'issued' | 'replied' | 'accepted' | 'returned'; agencyId?: string; limit: number; offset: number },
) {
  let where = base(db).where(agencyInScope(scope));
  if (q.status) where = where.where('n.status', '=', q.status);
  if (q.agencyId) where = where.where('n.agency_id', '=', q.agencyId);
  const [rows, total] = await Promise.all([
    select(where).orderBy('n.issued_on', 'desc').orderBy('n.number', 'desc').limit(q.limit).offset(q.offset).execute(),
    where.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map((r) => view(r, today)), total: Number(total.n) };
}

export async function findCorrection(db: Kysely<DB>, id: string) {
  const r = await select(base(db).where('n.id', '=', id)).executeTakeFirst();
  return r ?? null;
}

export function correctionDetail(r: CorrectionRow, today: string) {
  return view(r, today);
}
