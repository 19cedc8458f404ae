// Staff reads of disclosure tasks, within the reader's data scope.
import { decisionPublicUrl, FINDING_LABELS, type DataScope } from '@zhifa/domain';
import type { DisclosureTaskDetail, DisclosureTaskRow } from '@zhifa/contract';
import { sql } from 'kysely';
import type { Db } from '../../db/schema';
import type { AppContext } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { loadCalendar } from '../../shared/calendar-store';
import { addWorkingDays } from '@zhifa/domain';
import { agencyInScope, escapeLike } from '../../shared/scope';

export interface TaskFilter {
  status?: DisclosureTaskRow['status'] | undefined;
  agencyId?: string | undefined;
  due?: 'late' | 'dueSoon' | undefined;
  q?: string | undefined;
  page: number;
  pageSize: number;
}

const OPEN = ['pending', 'held'] as const;
/** Beyond this many tasks the list says 「超过 10000 项」 instead of counting them all. */
const COUNT_CAP = 10_000;

function baseQuery(db: Db, scope: DataScope) {
  return db
    .selectFrom('disclosure_renditions as d')
    .innerJoin('agencies', 'agencies.id', 'd.agency_id')
    .where(agencyInScope(scope));
}

export async function listTasks(db: Db, scope: DataScope, f: TaskFilter, today: string) {
  let q = baseQuery(db, scope);
  if (f.status) q = q.where('d.status', '=', f.status);
  if (f.agencyId) q = q.where('d.agency_id', '=', f.agencyId);
  if (f.q) q = q.where('d.document_number', 'ilike', `%${escapeLike(f.q)}%`);
  if (f.due === 'late') q = q.where('d.status', 'in', OPEN).where('d.due_on', '<', today);
  if (f.due === 'dueSoon') {
    const soon = addWorkingDays(today, 3, await loadCalendar(db));
    q = q.where('d.status', 'in', OPEN).where('d.due_on', '<=', soon);
  }
  const [rows, count] = await Promise.all([
    q
      .select([
        'd.id',
        'd.case_id',
        'd.document_id',
        'd.agency_id',
        'd.agency_name',
        'd.document_number',
        sql<string | null>`d.rendition->'party'->>'name'`.as('party_name'),
        'd.decided_on',
        'd.due_on',
        'd.status',
        sql<number>`jsonb_array_length(d.findings)`.as('finding_count'),
        'd.published_on',
        'd.publication_ends_on',
      ])
      .orderBy('d.due_on', 'asc')
      .orderBy('d.id', 'asc')
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize)
      .execute(),
    // Counted up to a cap: an exact count reads every task in scope on each page turn.
    db
      .selectFrom(
        q
          .select('d.id')
          .limit(COUNT_CAP + 1)
          .as('t'),
      )
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  const total = Number(count.n);
  return {
    items: rows.map((r) => toRow(r, today)),
    total: Math.min(total, COUNT_CAP),
    ...(total > COUNT_CAP ? { totalCapped: true } : {}),
  };
}

interface RowShape {
  id: string;
  case_id: string;
  document_id: string;
  agency_id: string;
  agency_name: string;
  document_number: string;
  party_name: string | null;
  decided_on: string;
  due_on: string;
  status: DisclosureTaskRow['status'];
  finding_count: number;
  published_on: string | null;
  publication_ends_on: string | null;
}

function toRow(r: RowShape, today: string): DisclosureTaskRow {
  const open = r.status === 'pending' || r.status === 'held';
  return {
    id: r.id,
    caseId: r.case_id,
    documentId: r.document_id,
    agencyId: r.agency_id,
    agencyName: r.agency_name,
    documentNumber: r.document_number,
    partyName: r.party_name,
    decidedOn: r.decided_on,
    dueOn: r.due_on,
    status: r.status,
    // Late: still not published after the due date, or published after it.
    late: open ? r.due_on < today : r.published_on !== null && r.published_on > r.due_on,
    findingCount: Number(r.finding_count),
    publishedOn: r.published_on,
    publicationEndsOn: r.publication_ends_on,
  };
}

const stamp = (at: Date | null, by: string | null, reason: string | null) =>
  at ? { at: at.toISOString(), by, reason } : null;

export async function taskDetail(
  app: AppContext,
  id: string,
  authorize: (loc: { agencyId: string; regionCode: string }) => void,
): Promise<DisclosureTaskDetail> {
  const today = app.today();
  const r = await app.db
    .selectFrom('disclosure_renditions as d')
    .innerJoin('agencies', 'agencies.id', 'd.agency_id')
    .leftJoin('users as hu', 'hu.id', 'd.held_by')
    .leftJoin('users as ru', 'ru.id', 'd.released_by')
    .leftJoin('users as pu', 'pu.id', 'd.published_by')
    .leftJoin('users as wu', 'wu.id', 'd.withdrawn_by')
    .selectAll('d')
    .select([
      'agencies.region_code',
      sql<string | null>`d.rendition->'party'->>'name'`.as('party_name'),
      sql<number>`jsonb_array_length(d.findings)`.as('finding_count'),
      'hu.name as held_by_name',
      'ru.name as released_by_name',
      'pu.name as published_by_name',
      'wu.name as withdrawn_by_name',
    ])
    .where('d.id', '=', id)
    .executeTakeFirst();
  if (!r) throw notFound('公示任务不存在或无权查看', 'DISCLOSURE_NOT_FOUND');
  authorize({ agencyId: r.agency_id, regionCode: r.region_code });
  return {
    ...toRow(r, today),
    excludedReason: r.excluded_reason,
    rendition: r.rendition,
    redactions: r.redactions,
    findings: r.findings.map((f) => ({ ...f, label: FINDING_LABELS[f.kind] ?? f.kind })),
    held: stamp(r.held_at, r.held_by_name, r.hold_reason),
    released: stamp(r.released_at, r.released_by_name, r.release_reason),
    published: stamp(r.published_at, r.published_by_name, null),
    withdrawn: stamp(r.withdrawn_at, r.withdrawn_by_name, r.withdrawal_reason),
    noticeServedOn: r.notice_served_on,
    publicUrl: decisionPublicUrl(app.config.publicBaseUrl, r.document_id),
  };
}
