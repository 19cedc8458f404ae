import { z } from 'zod';
import { ROLES } from '@zhifa/domain';
import { text } from './common';

export const userView = z.object({
  id: z.string(),
  username: z.string(),
  name: z.string(),
  roles: z.array(z.string()),
  agencyId: z.string().nullable(),
  agencyName: z.string().nullable(),
  disabled: z.boolean(),
  locked: z.boolean(),
  lockedUntil: z.string().nullable(),
  totpEnabled: z.boolean(),
  lastLoginAt: z.string().nullable(),
  /** Warned as idle (80 days unused); disabled at 90 unless used before. */
  idleWarnedAt: z.string().nullable(),
});
export type UserRow = z.infer<typeof userView>;

export const listUsersQuery = z.strictObject({
  q: text(50).optional(),
  agencyId: z.string().uuid().optional(),
  role: z.enum(ROLES).optional(),
});

const username = z
  .string()
  .regex(/^[a-z][a-z0-9._-]{2,31}$/, '用户名为 3–32 位小写字母、数字、点、横线或下划线，以字母开头');

// No roles here (三权分立): the system administrator creates the account, the security
// administrator decides what it may do. A `roles` key is refused as unknown.
export const createUserBody = z.strictObject({
  username,
  name: text(50, 1),
  agencyId: z.string().uuid(),
  password: text(256, 1),
});
export type NewUserInput = z.input<typeof createUserBody>;

export const disableUserBody = z.strictObject({ disabled: z.boolean() });

// An empty list removes every role: the account stays but cannot sign in.
export const userRolesBody = z.strictObject({ roles: z.array(z.enum(ROLES)).max(7) });

export const roleInfoView = z.object({
  role: z.string(),
  label: z.string(),
  admin: z.boolean(),
  /** `scope` is 'agency' | 'region' | 'all' today; open to scopes a newer server adds. */
  grants: z.array(z.object({ permission: z.string(), label: z.string(), scope: z.string() })),
});
export type RoleInfo = z.infer<typeof roleInfoView>;

export const userListView = z.array(userView);
export const roleInfoListView = z.array(roleInfoView);
