import { type z } from 'zod';
import type { WriteContext } from '../../platform/route';
import { sealIdNumber, sealPhone } from './identity';
import { personLocation } from './queries';
import { agencyLocation, assertIdNumberFree, assertTeamOfAgency } from './save-person';
import type { personUpdateBody } from '@zhifa/contract';

export async function updatePerson(
  ctx: WriteContext<{ id: string }, unknown, z.infer<typeof personUpdateBody>>,
): Promise<{ id: string }> {
  const { app, tx, body, params } = ctx;
  const before = await personLocation(tx, params.id);
  ctx.authorize(before);
  // Moving a person to another agency needs the scope over both.
  const target = body.agencyId === before.agencyId ? before : await agencyLocation(tx, body.agencyId);
  ctx.authorize(target);
  await assertTeamOfAgency(tx, body.teamId, body.agencyId);

  const changes: Record<string, unknown> = {};
  let idMasked: string | undefined;
  let sealedId = {};
  if (body.idNumber !== undefined) {
    const sealed = sealIdNumber(app, body.idNumber, app.today());
    await assertIdNumberFree(app, tx, body.idNumber, params.id);
    sealedId = sealed;
    idMasked = sealed.id_number_masked;
    changes.idNumber = idMasked;
  }
  const sealedPhone = body.phone !== undefined ? sealPhone(app, body.phone) : {};
  if (body.phone !== undefined) changes.phone = 'changed';

  const old = await tx
    .selectFrom('persons')
    .select(['name', 'post', 'legal_reviewer', 'has_legal_qualification', 'active', 'team_id'])
    .where('id', '=', params.id)
    .executeTakeFirstOrThrow();
  await tx
    .updateTable('persons')
    .set({
      agency_id: body.agencyId,
      team_id: body.teamId ?? null,
      name: body.name.trim(),
      post: body.post,
      has_legal_qualification: body.hasLegalQualification,
      legal_reviewer: body.legalReviewer,
      active: body.active,
      updated_at: app.now(),
      ...sealedId,
      ...sealedPhone,
    })
    .where('id', '=', params.id)
    .execute();
  const after = {
    name: body.name.trim(),
    post: body.post,
    legal_reviewer: body.legalReviewer,
    has_legal_qualification: body.hasLegalQualification,
    active: body.active,
    team_id: body.teamId ?? null,
  };
  for (const key of Object.keys(after) as (keyof typeof after)[]) {
    if (old[key] !== after[key]) changes[key] = { before: old[key], after: after[key] };
  }
  if (body.agencyId !== before.agencyId) changes.agencyId = { before: before.agencyId, after: body.agencyId };
  ctx.audited({ objectType: 'person', objectId: params.id, details: { changes } });
  return { id: params.id };
}
