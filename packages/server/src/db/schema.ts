import type { Kysely, Transaction } from 'kysely';
import type { FoundationTables } from './tables/foundation';
import type { LibraryTables } from './tables/libraries';
import type { CaseTables } from './tables/cases';

export interface DB extends FoundationTables, LibraryTables, CaseTables {}
export type Db = Kysely<DB>;
export type Tx = Transaction<DB>;
export type { AgencyKind } from './tables/foundation';
