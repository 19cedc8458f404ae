import type { Kysely, Transaction } from 'kysely';
import type { FoundationTables } from './tables/foundation';
import type { LawTables } from './tables/laws';
import type { CatalogueTables } from './tables/catalogue';
import type { PeopleTables } from './tables/people';
import type { CaseTables } from './tables/cases';
import type { CaseSecretTables } from './tables/case-secrets';
import type { BenchmarkTables } from './tables/benchmarks';
import type { DocumentTables } from './tables/documents';
import type { OversightTables } from './tables/oversight';
import type { PortalTables } from './tables/portal';
import type { DisclosureTables } from './tables/disclosure';
import type { ReviewTables } from './tables/reviews';

export interface DB
  extends
    FoundationTables,
    LawTables,
    CatalogueTables,
    PeopleTables,
    CaseTables,
    CaseSecretTables,
    BenchmarkTables,
    DocumentTables,
    OversightTables,
    PortalTables,
    DisclosureTables,
    ReviewTables {}
export type Db = Kysely<DB>;
export type Tx = Transaction<DB>;
export type { AgencyKind } from './tables/foundation';
