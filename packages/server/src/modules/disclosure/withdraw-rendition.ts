// Withdraw a rendition by hand (a decision found wrongly published, an error in the text): its
// public address answers 410 with the reason from then on.
import type { UnitOfWork } from '../../platform/unit-of-work';
import { lockTask, requireStatus, type LockedTask } from './lock-task';
import { WITHDRAWABLE } from './withdraw-on-change';

export async function withdrawRendition(
  uow: UnitOfWork,
  userId: string,
  id: string,
  reason: string,
  authorize: (t: LockedTask) => void,
): Promise<LockedTask> {
  const task = await lockTask(uow.tx, id);
  authorize(task);
  requireStatus(task, WITHDRAWABLE, '撤回');
  await uow.tx
    .updateTable('disclosure_renditions')
    .set({
      status: 'withdrawn',
      withdrawn_at: uow.now,
      withdrawn_on: uow.today,
      withdrawn_by: userId,
      withdrawal_ground: 'manual',
      withdrawal_reason: reason,
      updated_at: uow.now,
    })
    .where('id', '=', id)
    .execute();
  return task;
}
