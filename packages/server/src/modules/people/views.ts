import { calendarDaysBetween, certificateReminders, certificateStatusOn, trainingHours } from '@zhifa/domain';
import { CERTIFICATE_STATUS_LABELS, toOfficerCertificate, type CertificateRow } from './queries';

export function viewCertificate(c: CertificateRow, today: string) {
  const status = certificateStatusOn(toOfficerCertificate(c), today);
  const reminder = certificateReminders([toOfficerCertificate(c)], today)[0];
  return {
    id: c.id,
    number: c.number,
    issuer: c.issuer,
    domains: c.domains,
    validFrom: c.validFrom,
    validTo: c.validTo,
    storedStatus: c.status,
    status,
    statusLabel: CERTIFICATE_STATUS_LABELS[status],
    daysLeft: calendarDaysBetween(today, c.validTo),
    reminderTier: reminder?.tier ?? null,
    verifyToken: c.verifyToken,
  };
}

export interface TrainingRowDb {
  id: string;
  course: string;
  provider: string | null;
  date: string;
  minutes: number | null;
  hours: number | null;
  source: string;
}

export function durationOf(r: { minutes: number | null; hours: number | null }) {
  return { ...(r.minutes !== null ? { minutes: r.minutes } : {}), ...(r.hours !== null ? { hours: r.hours } : {}) };
}

export function viewTraining(r: TrainingRowDb) {
  return {
    id: r.id,
    course: r.course,
    provider: r.provider,
    date: r.date,
    minutes: r.minutes,
    hours: r.hours,
    credited: trainingHours(durationOf(r)),
    source: r.source,
  };
}
