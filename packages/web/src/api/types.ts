// Shapes of the server's JSON answers (see /api/docs). Kept by hand: the server's zod schemas
// live in a Node package the browser bundle must not import.

export type AgencyKind =
  | 'township'
  | 'street'
  | 'countyDepartment'
  | 'judicialBureau'
  | 'coordinationOffice'
  | 'justiceStation'
  | 'countyGovernment';

export interface Me {
  id: string;
  username: string;
  name: string;
  /** The account's person record; null for administrators. */
  personId: string | null;
  roles: string[];
  permissions: string[];
  agency: { id: string; name: string; shortName: string; kind: string; regionCode: string } | null;
  totpEnabled: boolean;
}

export type SignInResult =
  | { status: 'ok'; user: Me; otherSessions: number }
  | { status: 'secondFactorRequired' }
  | { status: 'enrolmentRequired'; otpauthUrl: string; qrDataUrl: string };

export interface Region {
  code: string;
  name: string;
  level: string;
  parentCode: string | null;
  provisional: boolean;
}

export interface Team {
  id: string;
  name: string;
}

export interface Agency {
  id: string;
  name: string;
  shortName: string;
  kind: AgencyKind;
  regionCode: string;
  regionName: string;
  parentId: string | null;
  creditCode: string | null;
  docPrefix: string;
  domains: string[];
  teams: Team[];
}

export interface AgencyInput {
  name: string;
  shortName: string;
  kind: AgencyKind;
  regionCode: string;
  parentId?: string | null;
  creditCode?: string | null;
  docPrefix: string;
  domains: string[];
}

export interface UserRow {
  id: string;
  username: string;
  name: string;
  roles: string[];
  agencyId: string | null;
  agencyName: string | null;
  disabled: boolean;
  locked: boolean;
  lockedUntil: string | null;
  totpEnabled: boolean;
  lastLoginAt: string | null;
  /** Warned as idle (80 days unused); disabled at 90 unless used before. */
  idleWarnedAt: string | null;
}

export interface NewUserInput {
  username: string;
  name: string;
  agencyId: string;
  password: string;
}

export interface RoleInfo {
  role: string;
  label: string;
  admin: boolean;
  grants: {
    permission: string;
    label: string;
    /** 'agency' | 'region' | 'all' today; open to scopes a newer server adds. */ scope: string;
  }[];
}

export interface AuditEntry {
  seq: string;
  at: string;
  actorName: string | null;
  actorRole: string | null;
  agencyId: string | null;
  sourceIp: string | null;
  eventType: string;
  objectType: string | null;
  objectId: string | null;
  /** 'success' | 'failure' | 'denied' today; open to outcomes a newer server adds. */
  outcome: string;
  requestId: string | null;
  details: unknown;
}

export interface AuditPage {
  items: AuditEntry[];
  nextBefore: string | null;
}

export interface AuditVerification {
  ok: boolean;
  checked: number;
  lastSeq: string | null;
  firstBroken?: { seq: string; reason: string };
  /** The head last anchored outside the database that the chain was compared with. */
  checkpoint?: { seq: string; count: number; at: string } | null;
}

export interface WorkbenchItem {
  id: string;
  title: string;
  subtitle?: string;
  due?: string;
  /** A case status, an action type, or for deadlines 'overdue' / 'dueSoon'. */
  status?: string;
  href: string;
}

export interface Workbench {
  todo: WorkbenchItem[];
  deadlines: WorkbenchItem[];
  cases: WorkbenchItem[];
}
