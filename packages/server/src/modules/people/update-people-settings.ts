import type { z } from 'zod';
import type { peopleSettingsBody } from '@zhifa/contract';
import { forbidden, notFound } from '../../platform/errors';
import type { WriteContext } from '../../platform/route';
import { peopleSettingsOf } from './queries';

/**
 * The yearly 学时 requirement and the reviewer floor are county policy: only a manager whose
 * scope is the region (the county coordinator) sets them, for agencies inside that region.
 */
export async function updatePeopleSettings(
  ctx: WriteContext<{ id: string }, unknown, z.infer<typeof peopleSettingsBody>>,
) {
  const { tx, params, body, app } = ctx;
  const scope = ctx.scope();
  if (scope.kind !== 'region' && scope.kind !== 'all')
    throw forbidden('年度学时要求和法制审核人员比例由县级统筹部门设置', 'REGION_SCOPE_REQUIRED');
  const agency = await tx
    .selectFrom('agencies')
    .select(['id', 'region_code'])
    .where('id', '=', params.id)
    .executeTakeFirst();
  if (!agency) throw notFound();
  ctx.authorize({ agencyId: agency.id, regionCode: agency.region_code });
  const before = (await peopleSettingsOf(tx, [agency.id])).get(agency.id)!;
  await tx
    .insertInto('agency_people_settings')
    .values({
      agency_id: agency.id,
      yearly_training_hours: body.yearlyTrainingHours,
      min_reviewer_ratio: body.minReviewerRatio,
      updated_at: app.now(),
    })
    .onConflict((oc) =>
      oc.column('agency_id').doUpdateSet({
        yearly_training_hours: body.yearlyTrainingHours,
        min_reviewer_ratio: body.minReviewerRatio,
        updated_at: app.now(),
      }),
    )
    .execute();
  ctx.audited({
    objectType: 'agency',
    objectId: agency.id,
    details: {
      before: { yearlyTrainingHours: before.yearlyTrainingHours, minReviewerRatio: before.minReviewerRatio },
      after: body,
    },
  });
  return { yearlyTrainingHours: body.yearlyTrainingHours, minReviewerRatio: body.minReviewerRatio, custom: true };
}
