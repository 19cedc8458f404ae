// GET /api/cases — keyset pages ordered by (updated_at desc, id desc) over the data scope.
import {
  CASE_STATUS_LIST,
  isValidIdNumber,
  normaliseIdNumber,
  statusLabel,
  type CaseStatus,
  type DataScope,
} from '@zhifa/domain';
import { sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { AppContext } from '../../../platform/context';
import { badRequest } from '../../../platform/errors';
import { agencyInScope, escapeLike } from '../../../shared/scope';
import type { CaseActorInfo } from '../case-actor';
import { decodeCursor, encodeCursor } from '../../../shared/cursor';

export interface CaseListFilter {
  status?: string;
  procedure?: 'summary' | 'ordinary';
  assigned?: 'me';
  overdue?: boolean;
  q?: string;
  agencyId?: string;
  itemCode?: string;
  domain?: string;
  filedFrom?: string;
  filedTo?: string;
  closedFrom?: string;
  closedTo?: string;
  after?: string;
  limit: number;
}

export function parseStatuses(raw: string | undefined): CaseStatus[] | null {
  if (!raw) return null;
  const list = raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const bad = list.filter((s) => !(CASE_STATUS_LIST as string[]).includes(s));
  if (bad.length) throw badRequest('INVALID_STATUS', `未知的案件状态：${bad.join('、')}`);
  return list as CaseStatus[];
}

type DeadlineRow = { label: string; due: string | null; provisional: boolean };

/** The case's most pressing open deadline: the earliest due date (one without a date counts last). */
export function earliestDeadline(rows: readonly DeadlineRow[], today: string) {
  let best: DeadlineRow | null = null;
  for (const r of rows) if (!best || (r.due !== null && (best.due === null || r.due < best.due))) best = r;
  return best
    ? {
        label: best.label,
        due: best.due,
        provisional: best.provisional,
        status: best.due !== null && best.due < today ? ('overdue' as const) : ('open' as const),
      }
    : null;
}

export async function listCases(app: AppContext, scope: DataScope, viewer: CaseActorInfo, f: CaseListFilter) {
  const today = app.today();
  const statuses = parseStatuses(f.status);
  const cursor = decodeCursor(f.after);
  // Two steps: the page's ids in list order from the index alone (0010: agency, updated_at, id,
  // status), then those rows' columns. Filters that need the row itself (keyword) still work,
  // they only make the first step read the table.
  let q = app.db
    .selectFrom('cases')
    .innerJoin('agencies', 'agencies.id', 'cases.agency_id')
    .select(['cases.id', 'cases.updated_at'])
    .where(agencyInScope(scope));
  if (statuses) q = q.where('cases.status', 'in', statuses);
  if (f.procedure) q = q.where('cases.procedure', '=', f.procedure);
  if (f.agencyId) q = q.where('cases.agency_id', '=', f.agencyId);
  if (f.itemCode) q = q.where('cases.item_code', '=', f.itemCode);
  if (f.domain) q = q.where('cases.domain', '=', f.domain);
  if (f.filedFrom) q = q.where('cases.filed_on', '>=', f.filedFrom);
  if (f.filedTo) q = q.where('cases.filed_on', '<=', f.filedTo);
  if (f.closedFrom) q = q.where('cases.closed_on', '>=', f.closedFrom);
  if (f.closedTo) q = q.where('cases.closed_on', '<=', f.closedTo);
  if (f.assigned === 'me') {
    const me = viewer.personId;
    q = me
      ? q.where((eb) =>
          eb.exists(
            eb
              .selectFrom('case_officers')
              .select('case_officers.case_id')
              .whereRef('case_officers.case_id', '=', 'cases.id')
              .where('case_officers.person_id', '=', me)
              .where('case_officers.active', '=', true),
          ),
        )
      : q.where(sql<boolean>`false`);
  }
  if (f.overdue) {
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('case_deadlines')
          .select('case_deadlines.case_id')
          .whereRef('case_deadlines.case_id', '=', 'cases.id')
          .where('case_deadlines.due', '<', today),
      ),
    );
  }
  const keyword = f.q?.trim();
  if (keyword) {
    if (isValidIdNumber(keyword, today)) {
      // A full ID number is matched through its lookup HMAC; the number itself never reaches SQL.
      q = q.where('cases.party_id_hmac', '=', app.fieldCrypto.lookup(normaliseIdNumber(keyword), 'cases.party_id'));
    } else {
      const like = `%${escapeLike(keyword)}%`;
      q = q.where((eb) =>
        eb.or([
          eb('cases.number', 'like', like),
          eb('cases.title', 'like', like),
          eb('cases.party_name', 'like', like),
          eb('cases.item_name', 'like', like),
        ]),
      );
    }
  }
  if (cursor) {
    q = q.where((eb) =>
      eb.or([
        eb('cases.updated_at', '<', cursor.at),
        eb.and([eb('cases.updated_at', '=', cursor.at), eb('cases.id', '<', cursor.id)]),
      ]),
    );
  }
  const limited = q
    .orderBy('cases.updated_at', 'desc')
    .orderBy('cases.id', 'desc')
    .limit(f.limit + 1)
    .as('page');
  const rows = await app.db
    .selectFrom(limited)
    .innerJoin('cases', 'cases.id', 'page.id')
    .innerJoin('agencies', 'agencies.id', 'cases.agency_id')
    .select((eb) => [
      'cases.id',
      'cases.number',
      'cases.title',
      'cases.procedure',
      'cases.status',
      'cases.party_name',
      'cases.item_name',
      'agencies.short_name as agency_name',
      'cases.filed_on',
      'page.updated_at',
      'cases.version',
      jsonArrayFrom(
        eb
          .selectFrom('case_deadlines')
          .select(['case_deadlines.label', 'case_deadlines.due', 'case_deadlines.provisional'])
          .whereRef('case_deadlines.case_id', '=', 'cases.id'),
      ).as('deadlines'),
    ])
    .orderBy('page.updated_at', 'desc')
    .orderBy('page.id', 'desc')
    .execute();
  const page = rows.slice(0, f.limit);
  const last = page.at(-1);
  return {
    items: page.map((r) => ({
      id: r.id,
      number: r.number,
      title: r.title,
      procedure: r.procedure,
      status: r.status as CaseStatus,
      statusLabel: (CASE_STATUS_LIST as string[]).includes(r.status) ? statusLabel(r.status as CaseStatus) : r.status,
      partyName: r.party_name,
      itemName: r.item_name,
      agencyName: r.agency_name,
      filedOn: r.filed_on,
      nextDeadline: earliestDeadline(typeof r.deadlines === 'string' ? JSON.parse(r.deadlines) : r.deadlines, today),
      updatedAt: r.updated_at.toISOString(),
      version: Number(r.version),
    })),
    next: rows.length > f.limit && last ? encodeCursor(last.updated_at, last.id) : null,
  };
}
