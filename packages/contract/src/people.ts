import { z } from 'zod';
import { CERTIFICATE_STATUSES } from '@zhifa/domain';
import { isoDate, text, uuid } from './common';

export const POSTS = ['establishment', 'auxiliary'] as const;
export type Post = (typeof POSTS)[number];
/** A certificate's status today: the stored one corrected by its validity dates. */
export const CERTIFICATE_STATUSES_TODAY = ['valid', 'notYetValid', 'suspended', 'expired', 'revoked'] as const;
export type CertificateStatusToday = (typeof CERTIFICATE_STATUSES_TODAY)[number];
/** A person's certificate summary (the list filter): a status today, or no certificate. */
export const CERT_FILTERS = [...CERTIFICATE_STATUSES_TODAY, 'none'] as const;
export type CertificateSummary = (typeof CERT_FILTERS)[number];
const reminderTier = z.union([z.literal(30), z.literal(60)]);
export type ReminderTier = z.infer<typeof reminderTier>;

const personName = text(50, 1).refine((s) => s.trim().length > 0, '姓名不能为空');
const domain = text(20, 1).refine((s) => s.trim().length > 0, '执法领域不能为空');

export const personBody = z.strictObject({
  agencyId: uuid,
  teamId: uuid.nullable().optional(),
  name: personName,
  idNumber: text(30, 1),
  phone: text(20).nullable().optional(),
  post: z.enum(POSTS),
  hasLegalQualification: z.boolean().default(false),
  legalReviewer: z.boolean().default(false),
});

/** Omitted idNumber/phone keep the stored value; phone null or '' clears it. */
export const personUpdateBody = personBody.extend({
  idNumber: text(30, 1).optional(),
  active: z.boolean().default(true),
});

export const certificateBody = z.strictObject({
  number: text(40, 4).refine((s) => /^[\p{L}\p{N}\-（）()〔〕]+$/u.test(s), '执法证号只能包含文字、数字、括号和短横线'),
  issuer: text(60, 2),
  domains: z
    .array(domain)
    .min(1, '至少填写一个执法领域')
    .max(20)
    .refine((d) => new Set(d).size === d.length, '执法领域不能重复'),
  validFrom: isoDate,
  validTo: isoDate,
});

export const certificateView = z.object({
  id: z.string(),
  number: z.string(),
  issuer: z.string(),
  domains: z.array(z.string()),
  validFrom: z.string(),
  validTo: z.string(),
  /** Stored status (what an administrator set). */
  storedStatus: z.enum(CERTIFICATE_STATUSES),
  /** Status today: the stored one corrected by the validity dates. */
  status: z.enum(CERTIFICATE_STATUSES_TODAY),
  statusLabel: z.string(),
  daysLeft: z.number().int(),
  reminderTier: reminderTier.nullable(),
  verifyToken: z.string(),
});

export const personAccountView = z.object({
  id: z.string(),
  username: z.string(),
  roles: z.array(z.string()),
  disabled: z.boolean(),
});

export const personListItem = z.object({
  id: z.string(),
  name: z.string(),
  agencyId: z.string(),
  agencyName: z.string(),
  teamName: z.string().nullable(),
  post: z.enum(POSTS),
  idNumberMasked: z.string().nullable(),
  phoneMasked: z.string().nullable(),
  hasLegalQualification: z.boolean(),
  legalReviewer: z.boolean(),
  active: z.boolean(),
  certificateStatus: z.enum(CERT_FILTERS),
  certificateStatusLabel: z.string(),
  certificates: z.array(certificateView),
  /** Soonest reminder tier among valid certificates (30 = within 30 days, 60 = within 60). */
  expiringTier: reminderTier.nullable(),
  roles: z.array(z.string()),
});

export const trainingView = z.object({
  id: z.string(),
  course: z.string(),
  provider: z.string().nullable(),
  date: z.string(),
  minutes: z.number().nullable(),
  hours: z.number().nullable(),
  credited: z.number(),
  source: z.string(),
});

export const trainingBody = z.strictObject({
  course: text(200, 1),
  provider: text(100).nullable().optional(),
  date: isoDate,
  minutes: z.number().int().min(1).max(100_000).nullable().optional(),
  hours: z.number().min(0.01).max(1000).nullable().optional(),
});

const bool = z.enum(['true', 'false']).transform((v) => v === 'true');

export const listPeopleQuery = z.strictObject({
  agencyId: uuid.optional(),
  post: z.enum(POSTS).optional(),
  certificateStatus: z.enum(CERT_FILTERS).optional(),
  expiring: bool.optional(),
  active: bool.optional(),
  q: text(50).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export const peoplePageView = z.object({ total: z.number().int(), items: z.array(personListItem) });

export const personDetailView = z.object({
  id: z.string(),
  name: z.string(),
  agencyId: z.string(),
  agencyName: z.string(),
  agencyShortName: z.string(),
  teamId: z.string().nullable(),
  teamName: z.string().nullable(),
  post: z.enum(POSTS),
  idNumberMasked: z.string().nullable(),
  phoneMasked: z.string().nullable(),
  hasLegalQualification: z.boolean(),
  legalReviewer: z.boolean(),
  active: z.boolean(),
  certificateStatus: z.enum(CERT_FILTERS),
  certificateStatusLabel: z.string(),
  certificates: z.array(certificateView),
  training: z.array(trainingView),
  trainingYear: z.object({
    year: z.number(),
    hours: z.number(),
    required: z.number(),
    shortfall: z.number(),
    met: z.boolean(),
  }),
  accounts: z.array(personAccountView),
  permissions: z.object({ manage: z.boolean(), viewIdentity: z.boolean() }),
});
export const personIdentityView = z.object({ idNumber: z.string().nullable(), phone: z.string().nullable() });

export const CERTIFICATE_ACTIONS = ['suspend', 'revoke', 'restore'] as const;
export type CertificateAction = (typeof CERTIFICATE_ACTIONS)[number];
export const certificateStatusBody = z.strictObject({
  action: z.enum(CERTIFICATE_ACTIONS),
  reason: text(500, 2),
});
export const certificateStatusResult = z.object({ id: z.string(), status: z.string() });

export const certificateReminderView = z.object({
  certificateId: z.string(),
  number: z.string(),
  validTo: z.string(),
  daysLeft: z.number().int(),
  tier: reminderTier,
  personId: z.string(),
  personName: z.string(),
  agencyId: z.string(),
  agencyName: z.string(),
});
export const certificateRemindersView = z.object({ today: z.string(), items: z.array(certificateReminderView) });

export const verifyTokenParams = z.strictObject({
  token: text(64, 16).regex(/^[A-Za-z0-9_-]+$/, '核验码格式不正确'),
});
export const publicCertificateView = z.strictObject({
  name: z.string(),
  agency: z.string(),
  certificateNumber: z.string(),
  domains: z.array(z.string()),
  validNow: z.boolean(),
  status: z.string(),
});

export const reviewerRatioView = z.object({
  agencyId: z.string(),
  agencyName: z.string(),
  officers: z.number().int(),
  reviewers: z.array(z.object({ personId: z.string(), name: z.string() })),
  minRatio: z.number(),
  ratio: z.number(),
  required: z.number().int(),
  ok: z.boolean(),
});
export const peopleSettingsView = z.object({
  yearlyTrainingHours: z.number(),
  minReviewerRatio: z.number(),
  custom: z.boolean(),
});
export const peopleSettingsBody = z.strictObject({
  yearlyTrainingHours: z.number().min(0).max(1000),
  /** A fraction: 0.05 is 5%. */
  minReviewerRatio: z.number().min(0).max(1),
});

export const importTrainingResult = z.object({ imported: z.number().int(), hours: z.number() });
export const shortfallQuery = z.strictObject({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  agencyId: uuid.optional(),
});
export const shortfallView = z.object({
  year: z.number().int(),
  agencies: z.array(
    z.object({
      agencyId: z.string(),
      agencyName: z.string(),
      requirement: z.number(),
      officers: z.number().int(),
      shortCount: z.number().int(),
      people: z.array(
        z.object({
          personId: z.string(),
          name: z.string(),
          hours: z.number(),
          required: z.number(),
          shortfall: z.number(),
          met: z.boolean(),
        }),
      ),
    }),
  ),
});

export type CertificateView = z.infer<typeof certificateView>;
export type PersonRow = z.infer<typeof personListItem>;
export type PeoplePage = z.infer<typeof peoplePageView>;
export type TrainingRecord = z.infer<typeof trainingView>;
export type PersonDetail = z.infer<typeof personDetailView>;
export type PersonInput = Omit<z.input<typeof personUpdateBody>, 'idNumber'> & { idNumber?: string };
export type CertificateInput = z.input<typeof certificateBody>;
export type TrainingInput = z.input<typeof trainingBody>;
export type Reminder = z.infer<typeof certificateReminderView>;
export type ShortfallReport = z.infer<typeof shortfallView>;
export type ReviewerRatioRow = z.infer<typeof reviewerRatioView>;
export type PeopleSettings = z.infer<typeof peopleSettingsView>;
export type PublicCertificate = z.infer<typeof publicCertificateView>;

/** One refused row of a training workbook (the details of a refused import). */
export const trainingImportProblemView = z.object({ row: z.number().int(), column: z.string(), message: z.string() });
export type ImportProblem = z.infer<typeof trainingImportProblemView>;

export const reviewerRatioListView = z.array(reviewerRatioView);
/** The certificate's QR code: a PNG image, described for the OpenAPI document only. */
export const certificateQrResponse = z.any().describe('image/png');
