// Shapes of the people module's answers (see /api/docs, tag 执法人员).

export type Post = 'establishment' | 'auxiliary';
export type CertificateStatus = 'valid' | 'notYetValid' | 'suspended' | 'expired' | 'revoked';
export type CertificateSummary = CertificateStatus | 'none';
export type ReminderTier = 30 | 60;

export interface CertificateView {
  id: string;
  number: string;
  issuer: string;
  domains: string[];
  validFrom: string;
  validTo: string;
  storedStatus: 'valid' | 'suspended' | 'revoked' | 'expired';
  status: CertificateStatus;
  statusLabel: string;
  daysLeft: number;
  reminderTier: ReminderTier | null;
  verifyToken: string;
}

export interface PersonRow {
  id: string;
  name: string;
  agencyId: string;
  agencyName: string;
  teamName: string | null;
  post: Post;
  idNumberMasked: string | null;
  phoneMasked: string | null;
  hasLegalQualification: boolean;
  legalReviewer: boolean;
  active: boolean;
  certificateStatus: CertificateSummary;
  certificateStatusLabel: string;
  certificates: CertificateView[];
  expiringTier: ReminderTier | null;
  roles: string[];
}

export interface PeoplePage {
  total: number;
  items: PersonRow[];
}

export interface TrainingRecord {
  id: string;
  course: string;
  provider: string | null;
  date: string;
  minutes: number | null;
  hours: number | null;
  credited: number;
  /** 'manual' | 'import' today; open to sources a newer server adds. */
  source: string;
}

export interface PersonDetail extends Omit<PersonRow, 'certificates' | 'expiringTier' | 'roles' | 'agencyName'> {
  agencyName: string;
  agencyShortName: string;
  teamId: string | null;
  certificates: CertificateView[];
  training: TrainingRecord[];
  trainingYear: { year: number; hours: number; required: number; shortfall: number; met: boolean };
  accounts: { id: string; username: string; roles: string[]; disabled: boolean }[];
  permissions: { manage: boolean; viewIdentity: boolean };
}

export interface PersonInput {
  agencyId: string;
  teamId?: string | null;
  name: string;
  idNumber?: string;
  phone?: string | null;
  post: Post;
  hasLegalQualification: boolean;
  legalReviewer: boolean;
  active?: boolean;
}

export interface CertificateInput {
  number: string;
  issuer: string;
  domains: string[];
  validFrom: string;
  validTo: string;
}

export interface TrainingInput {
  course: string;
  provider?: string | null;
  date: string;
  minutes?: number | null;
  hours?: number | null;
}

export interface Reminder {
  certificateId: string;
  number: string;
  validTo: string;
  daysLeft: number;
  tier: ReminderTier;
  personId: string;
  personName: string;
  agencyId: string;
  agencyName: string;
}

export interface ShortfallReport {
  year: number;
  agencies: {
    agencyId: string;
    agencyName: string;
    requirement: number;
    officers: number;
    shortCount: number;
    people: { personId: string; name: string; hours: number; required: number; shortfall: number; met: boolean }[];
  }[];
}

export interface ReviewerRatioRow {
  agencyId: string;
  agencyName: string;
  officers: number;
  reviewers: { personId: string; name: string }[];
  minRatio: number;
  ratio: number;
  required: number;
  ok: boolean;
}

export interface PeopleSettings {
  yearlyTrainingHours: number;
  minReviewerRatio: number;
  custom: boolean;
}

export interface ImportProblem {
  row: number;
  column: string;
  message: string;
}

export interface PublicCertificate {
  name: string;
  agency: string;
  certificateNumber: string;
  domains: string[];
  validNow: boolean;
  status: string;
}
