import { z } from 'zod';
import { text } from './common';

export const meView = z.object({
  id: z.string(),
  username: z.string(),
  name: z.string(),
  /** The account's person record (officer registry), null for administrators. */
  personId: z.string().nullable(),
  roles: z.array(z.string()),
  permissions: z.array(z.string()),
  agency: z
    .object({ id: z.string(), name: z.string(), shortName: z.string(), kind: z.string(), regionCode: z.string() })
    .nullable(),
  totpEnabled: z.boolean(),
});
export type Me = z.infer<typeof meView>;

export const signInBody = z.strictObject({ username: text(64, 1), password: text(256, 1) });
export const signedIn = z.object({ status: z.literal('ok'), user: meView, otherSessions: z.number().int() });
export const signInResult = z.discriminatedUnion('status', [
  signedIn,
  z.object({ status: z.literal('secondFactorRequired') }),
  z.object({ status: z.literal('enrolmentRequired'), otpauthUrl: z.string(), qrDataUrl: z.string() }),
]);
export type SignInResult = z.infer<typeof signInResult>;

export const secondFactorBody = z.strictObject({ code: z.string().regex(/^\d{6}$/, '动态验证码为 6 位数字') });

export const endOtherSessionsBody = z.strictObject({});
export const endOtherSessionsResult = z.object({ ended: z.number().int() });

export const changePasswordBody = z.strictObject({ currentPassword: text(256, 1), newPassword: text(256, 1) });
export const changePasswordResult = z.object({ ok: z.literal(true), endedSessions: z.number().int() });
