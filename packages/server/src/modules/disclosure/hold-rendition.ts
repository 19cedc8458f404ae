// Hold a rendition for review: one waiting, or one already published (taken off the portal at
// once, 撤下待复核). The approving user and the reason are kept with the row and in the audit.
import type { UnitOfWork } from '../../platform/unit-of-work';
import { lockTask, requireStatus, type LockedTask } from './lock-task';

export async function holdRendition(
  uow: UnitOfWork,
  userId: string,
  id: string,
  reason: string,
  authorize: (t: LockedTask) => void,
): Promise<LockedTask> {
  const task = await lockTask(uow.tx, id);
  authorize(task);
  requireStatus(task, ['pending', 'published'], '暂缓');
  await uow.tx
    .updateTable('disclosure_renditions')
    .set({
      status: 'held',
      held_at: uow.now,
      held_by: userId,
      hold_reason: reason,
      released_at: null,
      released_by: null,
      release_reason: null,
      updated_at: uow.now,
    })
    .where('id', '=', id)
    .execute();
  return task;
}
