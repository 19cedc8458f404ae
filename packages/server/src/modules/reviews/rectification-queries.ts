// Rectification tasks of case-file reviews as their agency and the reviewers see them.
import { isRectificationOverdue, type DataScope, type RectificationStatus } from '@zhifa/domain';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { agencyInScope } from '../../shared/scope';

function base(db: Kysely<DB>, scope: DataScope) {
  return db
    .selectFrom('review_rectifications as r')
    .innerJoin('agencies', 'agencies.id', 'r.agency_id')
    .innerJoin('file_reviews as f', 'f.id', 'r.review_id')
    .innerJoin('review_plans as p', 'p.id', 'f.plan_id')
    .innerJoin('cases', 'cases.id', 'f.case_id')
    .where(agencyInScope(scope));
}

export async function listRectifications(
  db: Kysely<DB>,
  scope: DataScope,
  today: string,
  q: { status?: RectificationStatus; agencyId?: string; limit: number; offset: number },
) {
  let where = base(db, scope);
  if (q.status) where = where.where('r.status', '=', q.status);
  if (q.agencyId) where = where.where('r.agency_id', '=', q.agencyId);
  const [rows, total] = await Promise.all([
    where
      .select([
        'r.id',
        'r.review_id',
        'p.name as plan_name',
        'f.case_id',
        'cases.number as case_number',
        'cases.title as case_title',
        'r.agency_id',
        'agencies.short_name as agency_name',
        'r.requirement',
        'r.due',
        'r.status',
        'r.reply',
        'r.replied_on',
        'r.replied_by_name',
        'r.review_note',
        'r.reviewed_on',
        'r.history',
      ])
      .orderBy('r.due')
      .orderBy('r.created_at')
      .orderBy('r.id')
      .limit(q.limit)
      .offset(q.offset)
      .execute(),
    where.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    items: rows.map((r) => ({
      id: r.id,
      reviewId: r.review_id,
      planName: r.plan_name,
      caseId: r.case_id,
      caseNumber: r.case_number,
      caseTitle: r.case_title,
      agencyId: r.agency_id,
      agencyName: r.agency_name,
      requirement: r.requirement,
      due: r.due,
      status: r.status,
      overdue: isRectificationOverdue(r.status, r.due, today),
      reply: r.reply,
      repliedOn: r.replied_on,
      repliedByName: r.replied_by_name,
      reviewNote: r.review_note,
      reviewedOn: r.reviewed_on,
      history: r.history,
    })),
    total: Number(total.n),
  };
}
