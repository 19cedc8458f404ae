// What supervision asks of a person now: the agency answers correction notices and review
// rectification tasks still open or returned to it; the supervisor reviews the answers it got.
// Read straight from their tables (the workbench only lists them; the modules own their writes).
import { isCorrectionOverdue, isRectificationOverdue, type DataScope } from '@zhifa/domain';
import type { AppContext } from '../../platform/context';
import { agencyInScope } from '../../shared/scope';
import type { WorkbenchItem } from './workbench-item';

const LIMIT = 100;

/** 执法监督意见书 waiting for the agency's reply, or its reply waiting for the supervisor. */
export async function correctionsDue(
  app: AppContext,
  scope: DataScope,
  side: 'agency' | 'supervisor',
): Promise<WorkbenchItem[]> {
  const today = app.today();
  const rows = await app.db
    .selectFrom('correction_notices as n')
    .innerJoin('agencies', 'agencies.id', side === 'agency' ? 'n.agency_id' : 'n.issuing_agency_id')
    .select(['n.id', 'n.number', 'n.subject', 'n.due_on', 'n.status', 'n.replied_on'])
    .where(agencyInScope(scope))
    .where('n.status', 'in', side === 'agency' ? ['issued', 'returned'] : ['replied'])
    .orderBy(side === 'agency' ? 'n.due_on' : 'n.replied_on')
    .limit(LIMIT)
    .execute();
  return rows.map((r) => ({
    id: `correction:${r.id}`,
    title:
      side === 'agency'
        ? `${r.status === 'returned' ? '执法监督意见书（已退回）待重新回复' : '执法监督意见书待回复'}：${r.subject}`
        : `整改回复待审查：${r.subject}`,
    subtitle: r.number,
    ...(side === 'agency' ? { due: r.due_on } : {}),
    status:
      side === 'agency' ? (isCorrectionOverdue(r.status, r.due_on, today) ? 'overdue' : 'dueSoon') : 'correctionReply',
    href: `/oversight/corrections/${r.id}`,
  }));
}

/** 案卷评查 rectification tasks waiting for the agency's reply, or its reply waiting for the reviewer. */
export async function rectificationsDue(
  app: AppContext,
  scope: DataScope,
  side: 'agency' | 'supervisor',
): Promise<WorkbenchItem[]> {
  const today = app.today();
  const rows = await app.db
    .selectFrom('review_rectifications as r')
    .innerJoin('file_reviews as f', 'f.id', 'r.review_id')
    .innerJoin('cases', 'cases.id', 'f.case_id')
    // A plan covers agencies, not an issuer: a reviewer sees the answers of the agencies in scope.
    .innerJoin('agencies', 'agencies.id', 'r.agency_id')
    .select(['r.id', 'r.due', 'r.status', 'cases.number', 'cases.title'])
    .where(agencyInScope(scope))
    .where('r.status', 'in', side === 'agency' ? ['open', 'returned'] : ['replied'])
    .orderBy('r.due')
    .limit(LIMIT)
    .execute();
  return rows.map((r) => ({
    id: `rectification:${r.id}`,
    title: side === 'agency' ? `评查整改待回复：${r.title}` : `评查整改回复待审查：${r.title}`,
    subtitle: r.number,
    ...(side === 'agency' ? { due: r.due } : {}),
    status:
      side === 'agency'
        ? isRectificationOverdue(r.status, r.due, today)
          ? 'overdue'
          : 'dueSoon'
        : 'rectificationReply',
    // The agency's tasks may be open or returned: its link shows them all.
    href: side === 'agency' ? '/oversight/rectifications' : '/oversight/rectifications?status=replied',
  }));
}
