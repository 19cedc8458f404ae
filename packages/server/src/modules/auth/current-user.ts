import type { Me } from '@zhifa/contract';
import { isRole, permissionsOf, type Role } from '@zhifa/domain';
import type { AppContext } from '../../platform/context';

export async function loadMe(app: AppContext, userId: string): Promise<Me> {
  const row = await app.db
    .selectFrom('users')
    .leftJoin('agencies', 'agencies.id', 'users.agency_id')
    .select([
      'users.id',
      'users.username',
      'users.name',
      'users.roles',
      'users.totp_enabled',
      'users.person_id',
      'agencies.id as agencyId',
      'agencies.name as agencyName',
      'agencies.short_name as agencyShort',
      'agencies.kind as agencyKind',
      'agencies.region_code as regionCode',
    ])
    .where('users.id', '=', userId)
    .executeTakeFirstOrThrow();
  const roles: Role[] = row.roles.filter(isRole);
  return {
    id: row.id,
    username: row.username,
    name: row.name,
    personId: row.person_id,
    roles,
    permissions: permissionsOf(roles),
    agency: row.agencyId
      ? {
          id: row.agencyId,
          name: row.agencyName!,
          shortName: row.agencyShort!,
          kind: row.agencyKind!,
          regionCode: row.regionCode!,
        }
      : null,
    totpEnabled: row.totp_enabled,
  };
}
