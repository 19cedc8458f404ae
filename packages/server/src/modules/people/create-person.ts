import { type z } from 'zod';
import type { WriteContext } from '../../platform/route';
import { sealIdNumber, sealPhone } from './identity';
import { agencyLocation, assertIdNumberFree, assertTeamOfAgency } from './save-person';
import type { personBody } from '@zhifa/contract';

export async function createPerson(
  ctx: WriteContext<unknown, unknown, z.infer<typeof personBody>>,
): Promise<{ id: string }> {
  const { app, tx, body } = ctx;
  const location = await agencyLocation(tx, body.agencyId);
  ctx.authorize(location);
  await assertTeamOfAgency(tx, body.teamId, body.agencyId);
  const id = sealIdNumber(app, body.idNumber, app.today());
  await assertIdNumberFree(app, tx, body.idNumber);
  const row = await tx
    .insertInto('persons')
    .values({
      agency_id: body.agencyId,
      team_id: body.teamId ?? null,
      name: body.name.trim(),
      ...id,
      ...sealPhone(app, body.phone ?? null),
      post: body.post,
      has_legal_qualification: body.hasLegalQualification,
      legal_reviewer: body.legalReviewer,
      updated_at: app.now(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  // Only the masked number enters the audit trail (security.md 16).
  ctx.audited({
    objectType: 'person',
    objectId: row.id,
    details: {
      name: body.name.trim(),
      agencyId: body.agencyId,
      post: body.post,
      idNumber: id.id_number_masked,
      legalReviewer: body.legalReviewer,
    },
  });
  return { id: row.id };
}
