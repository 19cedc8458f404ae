// Create and update of a person share their checks: the agency and team exist and lie in the
// actor's scope, the ID number is valid (GB 11643) and not registered twice.

import type { RecordLocation } from '@zhifa/domain';
import type { Tx } from '../../db/schema';
import type { AppContext } from '../../platform/context';
import { badRequest, conflict } from '../../platform/errors';
import { idNumberLookup } from './identity';

export async function agencyLocation(
  tx: Tx,
  agencyId: string,
): Promise<RecordLocation & { agencyId: string; regionCode: string }> {
  const agency = await tx
    .selectFrom('agencies')
    .select(['id', 'region_code'])
    .where('id', '=', agencyId)
    .executeTakeFirst();
  if (!agency)
    throw badRequest('UNKNOWN_AGENCY', '所属执法主体不存在', [{ path: 'agencyId', message: '所属执法主体不存在' }]);
  return { agencyId: agency.id, regionCode: agency.region_code };
}

export async function assertTeamOfAgency(tx: Tx, teamId: string | null | undefined, agencyId: string): Promise<void> {
  if (!teamId) return;
  const team = await tx.selectFrom('teams').select('agency_id').where('id', '=', teamId).executeTakeFirst();
  if (!team || team.agency_id !== agencyId) {
    throw badRequest('TEAM_NOT_IN_AGENCY', '所选执法队不属于该执法主体', [
      { path: 'teamId', message: '所选执法队不属于该执法主体' },
    ]);
  }
}

export async function assertIdNumberFree(
  app: AppContext,
  tx: Tx,
  idNumber: string,
  exceptPersonId?: string,
): Promise<void> {
  let q = tx.selectFrom('persons').select('id').where('id_number_hmac', '=', idNumberLookup(app, idNumber));
  if (exceptPersonId) q = q.where('id', '<>', exceptPersonId);
  if (await q.executeTakeFirst()) {
    throw conflict('DUPLICATE_ID_NUMBER', '该身份证号码已登记在其他人员名下，同一人不能重复登记', [
      { path: 'idNumber', message: '该身份证号码已登记' },
    ]);
  }
}
