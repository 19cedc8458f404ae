// Release a held rendition after review (the reviewer states why the findings are not personal
// information, or that the hold is over): it waits to be published again.
import type { UnitOfWork } from '../../platform/unit-of-work';
import { lockTask, requireStatus, type LockedTask } from './lock-task';

export async function releaseRendition(
  uow: UnitOfWork,
  userId: string,
  id: string,
  reason: string,
  authorize: (t: LockedTask) => void,
): Promise<LockedTask> {
  const task = await lockTask(uow.tx, id);
  authorize(task);
  requireStatus(task, ['held'], '复核放行');
  await uow.tx
    .updateTable('disclosure_renditions')
    .set({ status: 'pending', released_at: uow.now, released_by: userId, release_reason: reason, updated_at: uow.now })
    .where('id', '=', id)
    .execute();
  return task;
}
