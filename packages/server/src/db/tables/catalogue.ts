// Tables of the catalogue and delegation modules (migration 0003_catalogue.sql).
import type { ColumnType, Generated } from 'kysely';
import type { ItemKind, ItemLevel, PenaltySpec } from '@zhifa/domain';

type GeneratedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type DateOnly = ColumnType<string, string, string>;
/** jsonb: read back parsed, written as a JSON string. */

export interface EnforcementItemsTable {
  id: Generated<string>;
  code: string;
  name: string;
  kind: ItemKind;
  domain: string;
  department_id: string;
  level: ItemLevel;
  penalties: ColumnType<PenaltySpec[], string | undefined, string>;
  reserved_flag: Generated<boolean>;
  county_reserved: Generated<boolean>;
  note: string | null;
  active: Generated<boolean>;
  revision: Generated<number>;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
  /** tsvector of the segmented name and note (migration 0110). */
  words: ColumnType<string | null, never, never>;
}

export type CitationRole = 'basis' | 'penalty';

export interface ItemCitationsTable {
  item_id: string;
  role: CitationRole;
  position: number;
  citation: string;
  law_title: string;
  article: number;
  article_suffix: number | null;
  paragraph: number | null;
  item: number | null;
  article_id: string | null;
}

export interface TownshipGroupsTable {
  id: Generated<string>;
  name: string;
  description: string | null;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface TownshipGroupMembersTable {
  group_id: string;
  agency_id: string;
}

export type DecisionKind = 'delegate' | 'addItems' | 'revoke';

export interface DelegationDecisionsTable {
  id: Generated<string>;
  kind: DecisionKind;
  document_no: string;
  title: string;
  announcement_date: DateOnly;
  effective_date: DateOnly;
  amends_id: string | null;
  note: string | null;
  created_by: string | null;
  created_at: GeneratedTimestamp;
}

export interface DelegationDecisionItemsTable {
  decision_id: string;
  item_id: string;
}

export interface DelegationDecisionGroupsTable {
  decision_id: string;
  group_id: string;
  group_name: string;
}

export interface DelegationDecisionTargetsTable {
  decision_id: string;
  agency_id: string;
  via_group: string | null;
}

export interface DelegationStateTable {
  singleton: Generated<boolean>;
  epoch: Generated<string>;
  version: Generated<number>;
}

export type ItemUsageSource = 'case' | 'inspection';

export interface ItemUsageTable {
  agency_id: string;
  item_id: string;
  used_on: DateOnly;
  source: ItemUsageSource;
  source_id: string;
}

export interface CatalogueTables {
  enforcement_items: EnforcementItemsTable;
  item_citations: ItemCitationsTable;
  township_groups: TownshipGroupsTable;
  township_group_members: TownshipGroupMembersTable;
  delegation_decisions: DelegationDecisionsTable;
  delegation_decision_items: DelegationDecisionItemsTable;
  delegation_decision_groups: DelegationDecisionGroupsTable;
  delegation_decision_targets: DelegationDecisionTargetsTable;
  delegation_state: DelegationStateTable;
  item_usage: ItemUsageTable;
}
