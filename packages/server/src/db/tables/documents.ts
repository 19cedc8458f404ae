// Printed documents: series codes, payee accounts, immutable rendered versions and signed copies
// (migration 0140).
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface DocumentSeriesCodesTable {
  agency_id: string;
  series: string;
  code: string;
  updated_at: Timestamp;
}

export interface AgencyPayeesTable {
  agency_id: string;
  account_name: string;
  bank: string;
  account_number: string;
  updated_at: Timestamp;
}

export interface DocumentVersionsTable {
  document_id: string;
  version: number;
  pdf: Buffer;
  sha256: string;
  content_sha256: string;
  verification_code: string;
  provisional: boolean;
  reason: string | null;
  created_by: string | null;
  created_at: Timestamp;
}

export interface DocumentSignedCopiesTable {
  id: Generated<string>;
  document_id: string;
  evidence_id: string;
  sha256: string;
  file_name: string;
  uploaded_by: string;
  uploaded_at: Timestamp;
}

export interface DocumentTables {
  document_series_codes: DocumentSeriesCodesTable;
  agency_payees: AgencyPayeesTable;
  document_versions: DocumentVersionsTable;
  document_signed_copies: DocumentSignedCopiesTable;
}
