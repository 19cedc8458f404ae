// Shapes of the delegation API (packages/server/src/modules/delegation/schemas.ts).
import type { ItemKind } from '@zhifa/domain';

export type DecisionKind = 'delegate' | 'addItems' | 'revoke';

export interface Township {
  id: string;
  name: string;
  shortName: string;
  regionCode: string;
  groups: string[];
  itemCount: number;
}

export interface TownshipGroup {
  id: string;
  name: string;
  description: string | null;
  members: { agencyId: string; name: string }[];
}

export interface DecisionTarget {
  agencyId: string;
  name: string;
  viaGroup: string | null;
}

export interface DecisionSummary {
  id: string;
  kind: DecisionKind;
  documentNo: string;
  title: string;
  announcementDate: string;
  effectiveDate: string;
  amendsId: string | null;
  itemCount: number;
  groups: string[];
  targets: DecisionTarget[];
  createdAt: string;
}

export interface ItemBrief {
  code: string;
  name: string;
  kind: ItemKind;
  domain: string;
  departmentName: string;
  countyReserved: boolean;
}

export interface DecisionDetail extends DecisionSummary {
  note: string | null;
  amends: { id: string; documentNo: string; title: string } | null;
  items: ItemBrief[];
  createdBy: string | null;
}

export interface DecisionInput {
  kind: DecisionKind;
  documentNo: string;
  title: string;
  announcementDate: string;
  effectiveDate: string;
  amendsId?: string | null;
  note?: string | null;
  agencyIds: string[];
  groupIds: string[];
  itemCodes: string[];
}

export interface AgencyItems {
  agency: { id: string; name: string };
  date: string;
  items: (ItemBrief & { id: string; from: string; documentNo: string; decisionId: string | null })[];
}

export interface AgencyHistory {
  agency: { id: string; name: string };
  decisions: {
    id: string;
    kind: DecisionKind;
    documentNo: string;
    title: string;
    announcementDate: string;
    effectiveDate: string;
    itemCodes: string[];
  }[];
  intervals: {
    itemCode: string;
    itemName: string;
    from: string;
    to: string | null;
    delegatedBy: string;
    revokedBy: string | null;
  }[];
}

export interface IdleReport {
  asOf: string;
  months: number;
  townships: {
    agencyId: string;
    agencyName: string;
    delegatedCount: number;
    idle: { code: string; name: string; domain: string; delegatedFrom: string; lastUsedOn: string | null }[];
  }[];
}

export interface ConsistencyReport {
  date: string;
  townships: {
    agencyId: string;
    agencyName: string;
    exercisableCount: number;
    violations: {
      itemCode: string;
      itemName: string | null;
      code: 'notInCatalogue' | 'countyReserved';
      message: string;
    }[];
  }[];
}
