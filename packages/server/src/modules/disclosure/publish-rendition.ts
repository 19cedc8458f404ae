// Publish a rendition (security.md: every publish names the approving user, audited in the same
// transaction). A rendition the detector held is published only after a reviewer released it.
import { publicationEndsOn } from '@zhifa/domain';
import type { UnitOfWork } from '../../platform/unit-of-work';
import { conflict } from '../../platform/errors';
import { loadCalendar } from '../../shared/calendar-store';
import { lockTask, requireStatus, type LockedTask } from './lock-task';
import { publishedKeys } from './search-keys';
import { loadDisclosureSettings } from './settings';

export async function publishRendition(
  uow: UnitOfWork,
  userId: string,
  id: string,
  authorize: (t: LockedTask) => void,
): Promise<LockedTask> {
  const task = await lockTask(uow.tx, id);
  authorize(task);
  requireStatus(task, ['pending'], '发布');
  if (!task.rendition) throw conflict('DISCLOSURE_NO_RENDITION', '该决定没有可公开的文本');
  if (task.findings.length > 0 && !task.released_at)
    throw conflict('DISCLOSURE_FINDINGS', '检测发现疑似个人信息，须复核放行后才能发布');
  const sector = (await uow.tx.selectFrom('cases').select('domain').where('id', '=', task.case_id).executeTakeFirst())
    ?.domain;
  const settings = await loadDisclosureSettings(uow.tx, task.agency_id, sector ?? null);
  const calendar = await loadCalendar(uow.tx);
  await uow.tx
    .updateTable('disclosure_renditions')
    .set({
      status: 'published',
      published_on: uow.today,
      published_at: uow.now,
      published_by: userId,
      publication_ends_on: publicationEndsOn(uow.today, settings, calendar),
      search_keys: publishedKeys(uow.today),
      updated_at: uow.now,
    })
    .where('id', '=', id)
    .execute();
  return task;
}
