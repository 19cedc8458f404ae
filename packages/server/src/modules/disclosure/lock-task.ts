// A disclosure task locked for a transition: read with its agency's region (for the data scope)
// `for update`, so two reviewers acting at once take turns and the second sees the first's status.
import type { Tx } from '../../db/schema';
import { conflict, notFound } from '../../platform/errors';
import type { DisclosureStatus } from '../../db/tables/disclosure';
import { DISCLOSURE_STATUS_LABELS } from '@zhifa/contract';

export async function lockTask(tx: Tx, id: string) {
  const row = await tx
    .selectFrom('disclosure_renditions as d')
    .innerJoin('agencies', 'agencies.id', 'd.agency_id')
    .select([
      'd.id',
      'd.case_id',
      'd.agency_id',
      'd.status',
      'd.findings',
      'd.rendition',
      'd.released_at',
      'd.document_number',
      'agencies.region_code',
    ])
    .where('d.id', '=', id)
    .forUpdate('d')
    .executeTakeFirst();
  if (!row) throw notFound('公示任务不存在或无权查看', 'DISCLOSURE_NOT_FOUND');
  return row;
}

export type LockedTask = Awaited<ReturnType<typeof lockTask>>;

export function requireStatus(task: LockedTask, allowed: readonly DisclosureStatus[], action: string): void {
  if (!allowed.includes(task.status))
    throw conflict('DISCLOSURE_STATUS', `公示任务当前为“${DISCLOSURE_STATUS_LABELS[task.status]}”，不能${action}`, {
      status: task.status,
    });
}
