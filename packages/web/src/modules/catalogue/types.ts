// Shapes of the catalogue API (packages/server/src/modules/catalogue/schemas.ts).
import type { ItemDomain, ItemKind, ItemLevel, PenaltySpec } from '@zhifa/domain';

export type { ItemDomain, ItemKind, ItemLevel, PenaltySpec };

export interface Citation {
  citation: string;
  lawTitle: string;
  /** Law-library article for the link to /laws/articles/:id. */
  articleId: string | null;
}

export interface PenaltyView extends PenaltySpec {
  countyReserved: boolean;
}

export interface Item {
  id: string;
  code: string;
  name: string;
  kind: ItemKind;
  domain: string;
  departmentId: string;
  departmentName: string;
  level: ItemLevel;
  basis: Citation[];
  penaltyBasis: Citation[];
  penalties: PenaltyView[];
  reservedFlag: boolean;
  countyReserved: boolean;
  note: string | null;
  active: boolean;
  revision: number;
  updatedAt: string;
}

export interface ItemDetail extends Omit<Item, 'basis' | 'penaltyBasis'> {
  basis: (Citation & { text: string | null })[];
  penaltyBasis: (Citation & { text: string | null })[];
  delegatedTo: { agencyId: string; agencyName: string; from: string; documentNo: string }[];
}

export interface ItemFilter {
  domain?: string;
  kind?: string;
  departmentId?: string;
  q?: string;
  reserved?: 'true' | 'false';
  active?: 'true' | 'false' | 'all';
  limit: number;
  offset: number;
}

export interface Department {
  id: string;
  name: string;
  shortName: string;
}

export interface ItemInput {
  name: string;
  kind: ItemKind;
  domain: ItemDomain;
  departmentId: string;
  level: ItemLevel;
  basis: string[];
  penaltyBasis: string[];
  penalties: PenaltySpec[];
  reservedFlag: boolean;
  note: string | null;
}

export interface ImportRowProblem {
  sheet: string;
  row: number;
  code: string | null;
  errors: { field: string; column: string; message: string }[];
}
