// Who may act as an enforcing officer on a given day and in a given domain.
// 行政处罚法 第42条: penalties are imposed by officers with enforcement qualification, at least two;
// 行政强制法 第17条: coercive measures only by qualified officers; 粤府办〔2025〕15号: helpers, grid
// staff and temporary staff without a certificate may not inspect.

import { assertIsoDate, daysBetween } from './iso-date';

export const CERTIFICATE_STATUSES = ['valid', 'suspended', 'revoked', 'expired'] as const;
export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number];
/** Status on a given day: the stored status, corrected by the validity dates. */
export type CertificateStatusOn = CertificateStatus | 'notYetValid';

export interface OfficerCertificate {
  number: string;
  status: CertificateStatus;
  validFrom: string;
  validTo: string;
  /** Enforcement domains (执法领域) printed on the certificate. */
  domains: readonly string[];
}

export type PersonPost = 'officer' | 'auxiliary' | 'legalReviewer' | 'agencyHead';

export interface EnforcementPerson {
  id: string;
  post: PersonPost;
  certificates: readonly OfficerCertificate[];
}

export interface EnforcementActContext {
  date: string;
  domain: string;
}

export type OfficerRefusalCode =
  | 'auxiliary'
  | 'noCertificate'
  | 'domainNotCovered'
  | 'certificateNotYetValid'
  | 'certificateExpired'
  | 'certificateSuspended'
  | 'certificateRevoked';

export type OfficerCheck =
  { ok: true; certificate: OfficerCertificate } | { ok: false; code: OfficerRefusalCode; reason: string };

const BASIS = '（行政处罚法 第42条；行政强制法 第17条；粤府办〔2025〕15号）';

export function certificateStatusOn(cert: OfficerCertificate, date: string): CertificateStatusOn {
  assertIsoDate(date, '日期');
  if (cert.status !== 'valid') return cert.status;
  if (cert.validTo < date) return 'expired';
  if (date < cert.validFrom) return 'notYetValid';
  return 'valid';
}

const STATUS_REFUSAL: Record<Exclude<CertificateStatusOn, 'valid'>, [OfficerRefusalCode, string]> = {
  notYetValid: ['certificateNotYetValid', '尚未生效'],
  expired: ['certificateExpired', '已过有效期'],
  suspended: ['certificateSuspended', '已被暂扣'],
  revoked: ['certificateRevoked', '已被吊销或注销'],
};

export function canActAsEnforcingOfficer(person: EnforcementPerson, ctx: EnforcementActContext): OfficerCheck {
  assertIsoDate(ctx.date, '执法日期');
  if (person.post === 'auxiliary') {
    return { ok: false, code: 'auxiliary', reason: `执法辅助人员不得作为执法人员实施执法${BASIS}` };
  }
  if (person.certificates.length === 0) {
    return { ok: false, code: 'noCertificate', reason: `未取得行政执法证，不得从事执法活动${BASIS}` };
  }
  const inDomain = person.certificates.filter((c) => c.domains.includes(ctx.domain));
  if (inDomain.length === 0) {
    return { ok: false, code: 'domainNotCovered', reason: `行政执法证的执法领域不含“${ctx.domain}”${BASIS}` };
  }
  const usable = inDomain.find((c) => certificateStatusOn(c, ctx.date) === 'valid');
  if (usable) return { ok: true, certificate: usable };
  // Explain with the most recent certificate: it is the one the person would expect to use.
  const latest = inDomain.reduce((a, b) => (b.validTo > a.validTo ? b : a));
  const status = certificateStatusOn(latest, ctx.date) as Exclude<CertificateStatusOn, 'valid'>;
  const [code, words] = STATUS_REFUSAL[status];
  return { ok: false, code, reason: `行政执法证${latest.number}于${ctx.date}${words}${BASIS}` };
}

export type TwoOfficersCheck =
  | { ok: true; officerIds: string[] }
  | {
      ok: false;
      code: 'fewerThanTwoOfficers';
      reason: string;
      officerIds: string[];
      refused: Array<{ personId: string; code: OfficerRefusalCode; reason: string }>;
    };

/**
 * Records of investigation, inspection and coercive measures need two distinct qualified officers
 * (行政处罚法 第42条、第55条; 行政强制法 第18条). A person listed twice counts once.
 */
export function checkTwoOfficers(people: readonly EnforcementPerson[], ctx: EnforcementActContext): TwoOfficersCheck {
  const officerIds: string[] = [];
  const refused: Array<{ personId: string; code: OfficerRefusalCode; reason: string }> = [];
  const seen = new Set<string>();
  for (const person of people) {
    if (seen.has(person.id)) continue;
    seen.add(person.id);
    const check = canActAsEnforcingOfficer(person, ctx);
    if (check.ok) officerIds.push(person.id);
    else refused.push({ personId: person.id, code: check.code, reason: check.reason });
  }
  if (officerIds.length >= 2) return { ok: true, officerIds };
  return {
    ok: false,
    code: 'fewerThanTwoOfficers',
    reason: `具有执法资格的执法人员不得少于两人，现有${officerIds.length}人（行政处罚法 第42条、第55条；行政强制法 第18条）`,
    officerIds,
    refused,
  };
}

export const CERTIFICATE_REMINDER_TIERS = [30, 60] as const;
export type CertificateReminderTier = (typeof CERTIFICATE_REMINDER_TIERS)[number];

export interface CertificateReminder<C extends OfficerCertificate = OfficerCertificate> {
  certificate: C;
  /** Days from today to validTo; 0 means it expires at the end of today. */
  daysLeft: number;
  tier: CertificateReminderTier;
}

/**
 * Certificates valid today that expire within 60 days, in two tiers: within 30 days (urgent) and
 * within 31–60 days. Soonest first.
 */
export function certificateReminders<C extends OfficerCertificate>(
  certs: readonly C[],
  today: string,
): CertificateReminder<C>[] {
  const reminders: CertificateReminder<C>[] = [];
  for (const certificate of certs) {
    if (certificateStatusOn(certificate, today) !== 'valid') continue;
    const daysLeft = daysBetween(today, certificate.validTo);
    if (daysLeft > 60) continue;
    reminders.push({ certificate, daysLeft, tier: daysLeft <= 30 ? 30 : 60 });
  }
  return reminders.sort((a, b) => a.daysLeft - b.daysLeft);
}
