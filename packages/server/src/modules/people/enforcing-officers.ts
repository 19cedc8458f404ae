// The one guard every enforcement act goes through (cases, inspections): who counts as an
// enforcing officer on a given day in a given domain. The rule itself is the domain's
// `canActAsEnforcingOfficer`; this file only loads the people and their certificates.

import { canActAsEnforcingOfficer, type EnforcementActContext, type OfficerRefusalCode } from '@zhifa/domain';
import type { ExpressionBuilder, Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import { toCertificateRow, toOfficerCertificate, type CertificateRow } from './queries';

export type EnforcingOfficerRefusal = OfficerRefusalCode | 'unknownPerson' | 'inactive';

export interface EnforcingOfficerResult {
  personId: string;
  /** Empty when the person does not exist. */
  name: string;
  ok: boolean;
  /** Chinese, citing the articles; present when `ok` is false. */
  reason?: string;
  code?: EnforcingOfficerRefusal;
  /** The certificate that qualifies the person, when `ok`. */
  certificateNumber?: string;
}

/**
 * One result per requested id, in the order given (a repeated id answers twice; the two-officer
 * count is the caller's, see `checkTwoOfficers`). Works with the app database or a transaction.
 */
export async function checkEnforcingOfficers(
  db: Kysely<DB>,
  personIds: readonly string[],
  act: EnforcementActContext,
): Promise<EnforcingOfficerResult[]> {
  return checkLoadedOfficers(await loadEnforcingOfficers(db, personIds), personIds, act);
}

export interface LoadedOfficers {
  byId: Map<string, { id: string; name: string; post: string; active: boolean }>;
  certs: Map<string, CertificateRow[]>;
}

/** The columns officersFromRows reads: a person and their certificates as a JSON array. */
export function personWithCertificates(eb: ExpressionBuilder<DB, 'persons'>) {
  return [
    'persons.id',
    'persons.name',
    'persons.post',
    'persons.active',
    jsonArrayFrom(
      eb
        .selectFrom('certificates')
        .selectAll()
        .whereRef('certificates.person_id', '=', 'persons.id')
        .orderBy('valid_to', 'desc'),
    ).as('certificates'),
  ] as const;
}

/** The people and their certificates in one statement (a case command asks on every action). */
export async function loadEnforcingOfficers(db: Kysely<DB>, personIds: readonly string[]): Promise<LoadedOfficers> {
  const ids = [...new Set(personIds)];
  const people = ids.length
    ? await db.selectFrom('persons').select(personWithCertificates).where('persons.id', 'in', ids).execute()
    : [];
  return officersFromRows(people);
}

/** Rows of persons with a `certificates` JSON array (this file's query, or a case command's snapshot). */
export function officersFromRows(people: readonly Record<string, any>[]): LoadedOfficers {
  const certs = new Map<string, CertificateRow[]>();
  for (const p of people) {
    const rows = (typeof p.certificates === 'string' ? JSON.parse(p.certificates) : p.certificates) as Record<
      string,
      any
    >[];
    certs.set(p.id, rows.map(toCertificateRow));
  }
  return {
    byId: new Map(
      people.map((p) => [
        p.id as string,
        { id: p.id as string, name: p.name as string, post: p.post as string, active: p.active as boolean },
      ]),
    ),
    certs,
  };
}

/** The rule applied to people already loaded (one load serves several domains). */
export function checkLoadedOfficers(
  { byId, certs }: LoadedOfficers,
  personIds: readonly string[],
  act: EnforcementActContext,
): EnforcingOfficerResult[] {
  return personIds.map((personId): EnforcingOfficerResult => {
    const person = byId.get(personId);
    if (!person) return { personId, name: '', ok: false, code: 'unknownPerson', reason: '执法人员不存在' };
    if (!person.active) {
      return {
        personId,
        name: person.name,
        ok: false,
        code: 'inactive',
        reason: `${person.name}已离岗或停用，不得作为执法人员`,
      };
    }
    const check = canActAsEnforcingOfficer(
      {
        id: person.id,
        post: person.post === 'auxiliary' ? 'auxiliary' : 'officer',
        certificates: (certs.get(person.id) ?? []).map(toOfficerCertificate),
      },
      act,
    );
    if (check.ok) return { personId, name: person.name, ok: true, certificateNumber: check.certificate.number };
    return { personId, name: person.name, ok: false, code: check.code, reason: `${person.name}：${check.reason}` };
  });
}

export interface UserOfficer {
  personId: string;
  name: string;
  agencyId: string;
  post: 'establishment' | 'auxiliary';
  active: boolean;
}

/** The person record behind a user account, or null (administrators have none). */
export async function officerForUser(db: Kysely<DB>, userId: string): Promise<UserOfficer | null> {
  const row = await db
    .selectFrom('users')
    .innerJoin('persons', 'persons.id', 'users.person_id')
    .select(['persons.id', 'persons.name', 'persons.agency_id', 'persons.post', 'persons.active'])
    .where('users.id', '=', userId)
    .executeTakeFirst();
  if (!row) return null;
  return { personId: row.id, name: row.name, agencyId: row.agency_id, post: row.post, active: row.active };
}
