// Tables of the portal module (migration 0160_portal_complaints.sql).
import type { ColumnType, Generated } from 'kysely';
import type { PhotoType } from '@zhifa/domain';

type Timestamp = ColumnType<Date, Date | string, Date | string>;

// Columns 0160 adds to `agencies`: how the public reaches the agency (merged into foundation's table).
declare module './foundation' {
  interface AgenciesTable {
    public_phone: ColumnType<string | null, string | null | undefined, string | null>;
    public_address: ColumnType<string | null, string | null | undefined, string | null>;
  }
}

export interface PublicComplaintsTable {
  id: Generated<string>;
  lead_id: string;
  agency_id: string;
  receipt_hash: string;
  problem_type: string;
  township_id: string;
  address: string;
  description: string;
  anonymous: boolean;
  name_enc: string | null;
  phone_enc: string | null;
  source_hash: string;
  created_at: Timestamp;
}

export interface PublicComplaintPhotosTable {
  id: Generated<string>;
  complaint_id: string;
  position: number;
  media_type: PhotoType;
  size_bytes: number;
  sha256: string;
}

export interface PortalTables {
  public_complaints: PublicComplaintsTable;
  public_complaint_photos: PublicComplaintPhotosTable;
}
