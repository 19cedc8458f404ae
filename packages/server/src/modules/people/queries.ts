import {
  DEFAULT_LEGAL_REVIEWER_RATIO,
  DEFAULT_YEARLY_TRAINING_HOURS,
  certificateStatusOn,
  type CertificateStatus,
  type CertificateStatusOn,
  type OfficerCertificate,
} from '@zhifa/domain';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { notFound } from '../../platform/errors';

type Reader = Kysely<DB>;

export interface PersonLocation {
  personId: string;
  name: string;
  agencyId: string;
  regionCode: string;
  post: 'establishment' | 'auxiliary';
  active: boolean;
}

export async function findPersonLocation(db: Reader, personId: string): Promise<PersonLocation | null> {
  const row = await db
    .selectFrom('persons')
    .innerJoin('agencies', 'agencies.id', 'persons.agency_id')
    .select([
      'persons.id',
      'persons.name',
      'persons.agency_id',
      'agencies.region_code',
      'persons.post',
      'persons.active',
    ])
    .where('persons.id', '=', personId)
    .executeTakeFirst();
  if (!row) return null;
  return {
    personId: row.id,
    name: row.name,
    agencyId: row.agency_id,
    regionCode: row.region_code,
    post: row.post,
    active: row.active,
  };
}

/** The person, or 404 — the caller then checks the scope with `authorize`. */
export async function personLocation(db: Reader, personId: string): Promise<PersonLocation> {
  const found = await findPersonLocation(db, personId);
  if (!found) throw notFound();
  return found;
}

export interface CertificateRow {
  id: string;
  personId: string;
  number: string;
  issuer: string;
  domains: string[];
  validFrom: string;
  validTo: string;
  status: CertificateStatus;
  verifyToken: string;
}

export async function certificatesOf(db: Reader, personIds: readonly string[]): Promise<Map<string, CertificateRow[]>> {
  const byPerson = new Map<string, CertificateRow[]>();
  if (personIds.length === 0) return byPerson;
  const rows = await db
    .selectFrom('certificates')
    .selectAll()
    .where('person_id', 'in', [...personIds])
    .orderBy('valid_to', 'desc')
    .execute();
  for (const r of rows) {
    const list = byPerson.get(r.person_id) ?? [];
    list.push(toCertificateRow(r));
    byPerson.set(r.person_id, list);
  }
  return byPerson;
}

/** A certificates row, as a query returns it or as JSON. */
export function toCertificateRow(r: Record<string, any>): CertificateRow {
  return {
    id: r.id,
    personId: r.person_id,
    number: r.number,
    issuer: r.issuer,
    domains: r.domains,
    validFrom: r.valid_from,
    validTo: r.valid_to,
    status: r.status,
    verifyToken: r.verify_token,
  };
}

export function toOfficerCertificate(c: CertificateRow): OfficerCertificate {
  return { number: c.number, status: c.status, validFrom: c.validFrom, validTo: c.validTo, domains: c.domains };
}

export type CertificateSummary = CertificateStatusOn | 'none';

// When a person holds several certificates, the list shows the most useful one's state.
const SUMMARY_ORDER: CertificateSummary[] = ['valid', 'notYetValid', 'suspended', 'expired', 'revoked', 'none'];

export function certificateSummary(certs: readonly CertificateRow[], today: string): CertificateSummary {
  let best: CertificateSummary = 'none';
  for (const c of certs) {
    const s = certificateStatusOn(toOfficerCertificate(c), today);
    if (SUMMARY_ORDER.indexOf(s) < SUMMARY_ORDER.indexOf(best)) best = s;
  }
  return best;
}

export const CERTIFICATE_STATUS_LABELS: Record<CertificateSummary, string> = {
  valid: '有效',
  notYetValid: '尚未生效',
  suspended: '已暂扣',
  expired: '已过期',
  revoked: '已吊销',
  none: '无执法证',
};

export interface PeopleSettings {
  yearlyTrainingHours: number;
  minReviewerRatio: number;
  /** False when the agency uses the platform defaults. */
  custom: boolean;
}

export const DEFAULT_PEOPLE_SETTINGS: PeopleSettings = {
  yearlyTrainingHours: DEFAULT_YEARLY_TRAINING_HOURS,
  minReviewerRatio: DEFAULT_LEGAL_REVIEWER_RATIO,
  custom: false,
};

export async function peopleSettingsOf(db: Reader, agencyIds: readonly string[]): Promise<Map<string, PeopleSettings>> {
  const map = new Map<string, PeopleSettings>();
  for (const id of agencyIds) map.set(id, DEFAULT_PEOPLE_SETTINGS);
  if (agencyIds.length === 0) return map;
  const rows = await db
    .selectFrom('agency_people_settings')
    .selectAll()
    .where('agency_id', 'in', [...agencyIds])
    .execute();
  for (const r of rows) {
    map.set(r.agency_id, {
      yearlyTrainingHours: r.yearly_training_hours,
      minReviewerRatio: r.min_reviewer_ratio,
      custom: true,
    });
  }
  return map;
}

export async function accountsOf(db: Reader, personIds: readonly string[]) {
  const map = new Map<string, { id: string; username: string; roles: string[]; disabled: boolean }[]>();
  if (personIds.length === 0) return map;
  const rows = await db
    .selectFrom('users')
    .select(['id', 'username', 'roles', 'disabled', 'person_id'])
    .where('person_id', 'in', [...personIds])
    .orderBy('username')
    .execute();
  for (const r of rows) {
    const list = map.get(r.person_id!) ?? [];
    list.push({ id: r.id, username: r.username, roles: r.roles, disabled: r.disabled });
    map.set(r.person_id!, list);
  }
  return map;
}
