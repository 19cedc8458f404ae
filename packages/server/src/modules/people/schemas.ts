import { z } from 'zod';
import { isoDate, text, uuid } from '../../platform/schemas';

export const tags = ['执法人员'];

export const POSTS = ['establishment', 'auxiliary'] as const;
export const POST_LABELS: Record<(typeof POSTS)[number], string> = {
  establishment: '在编执法人员',
  auxiliary: '执法辅助人员',
};
export const CERT_FILTERS = ['valid', 'notYetValid', 'suspended', 'expired', 'revoked', 'none'] as const;

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
  storedStatus: z.string(),
  /** Status today: the stored one corrected by the validity dates. */
  status: z.string(),
  statusLabel: z.string(),
  daysLeft: z.number().int(),
  reminderTier: z.union([z.literal(30), z.literal(60)]).nullable(),
  verifyToken: z.string(),
});

export const account = z.object({
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
  expiringTier: z.union([z.literal(30), z.literal(60)]).nullable(),
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
