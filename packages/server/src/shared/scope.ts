import { sql, type RawBuilder } from 'kysely';
import type { DataScope } from '@zhifa/domain';

/**
 * The data scope as a WHERE condition on the joined `agencies` row: an agency scope matches the
 * agency, a region scope every agency whose region code starts with the actor's (GB/T 2260 codes
 * of townships extend the county's).
 */
export function agencyInScope(scope: DataScope): RawBuilder<boolean> {
  switch (scope.kind) {
    case 'all':
      return sql<boolean>`true`;
    case 'none':
      return sql<boolean>`false`;
    case 'agency':
      return sql<boolean>`${sql.ref('agencies.id')} = ${scope.agencyId}`;
    case 'region':
      // Region codes are digits only (checked on entry), so no LIKE escaping is needed.
      return sql<boolean>`${sql.ref('agencies.region_code')} like ${`${scope.regionCode}%`}`;
  }
}

export function escapeLike(s: string): string {
  return s.replace(/[%_\\]/g, '\\$&');
}
