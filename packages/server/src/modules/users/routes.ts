import {
  createUserBody,
  disableUserBody,
  idParams,
  idResult,
  listUsersQuery,
  okResponse,
  roleInfoListView,
  userListView,
  userRolesBody,
} from '@zhifa/contract';
import { sql } from 'kysely';
import {
  PERMISSIONS,
  ROLE_GRANTS,
  ROLE_LABELS,
  ROLES,
  isAdminRole,
  isRole,
  validateRoleSet,
  type Role,
} from '@zhifa/domain';
import type { Tx } from '../../db/schema';
import { AuditedRefusal, badRequest, forbidden, notFound } from '../../platform/errors';
import { defineRead, defineWrite } from '../../platform/route';
import { assertPasswordPolicy, hashPassword } from '../auth/passwords';
import { forgetSessions } from '../auth/sessions';

const tags = ['用户与角色'];

/**
 * 三权分立: no administrator changes another administrator's account alone. Over the API every
 * such attempt is refused and audited; on the server, `npm run admin:account` does it with the
 * credentials of two other administrators (src/cli/admin-account.ts).
 */
async function refuseAdministratorTarget(tx: Tx, id: string, eventType: string, details: Record<string, unknown> = {}) {
  const target = await tx.selectFrom('users').select(['roles']).where('id', '=', id).executeTakeFirst();
  if (!target) throw notFound();
  if (target.roles.some((r) => isRole(r) && isAdminRole(r))) {
    throw new AuditedRefusal(
      forbidden(
        '管理员账号不能由其他管理员单独停用、调整角色或重置（三权分立）；确需变更的，须在服务器上由另外两名管理员共同确认',
        'ADMIN_ACCOUNT_PROTECTED',
      ),
      {
        eventType,
        objectType: 'user',
        objectId: id,
        details: { ...details, targetRoles: target.roles, reason: 'administratorTarget' },
      },
    );
  }
  return target;
}

export const userRoutes = [
  defineRead({
    method: 'GET',
    url: '/api/users',
    access: 'user:read',
    summary: '用户列表',
    tags,
    query: listUsersQuery,
    response: userListView,
    handler: async ({ app, query }) => {
      let q = app.db
        .selectFrom('users')
        .leftJoin('agencies', 'agencies.id', 'users.agency_id')
        .select([
          'users.id',
          'users.username',
          'users.name',
          'users.roles',
          'users.agency_id',
          'users.disabled',
          'users.locked_until',
          'users.totp_enabled',
          'users.last_login_at',
          'users.idle_warned_at',
          'agencies.short_name as agency_name',
        ]);
      if (query.agencyId) q = q.where('users.agency_id', '=', query.agencyId);
      if (query.role) q = q.where(sql<boolean>`${query.role} = any(users.roles)`);
      if (query.q) {
        const like = `%${query.q.replace(/[%_\\]/g, '\\$&')}%`;
        q = q.where((eb) => eb.or([eb('users.username', 'like', like), eb('users.name', 'like', like)]));
      }
      const rows = await q.orderBy('users.username').limit(500).execute();
      const now = app.now();
      return rows.map((r) => ({
        id: r.id,
        username: r.username,
        name: r.name,
        roles: r.roles,
        agencyId: r.agency_id,
        agencyName: r.agency_name,
        disabled: r.disabled,
        locked: r.locked_until !== null && new Date(r.locked_until) > now,
        lockedUntil: r.locked_until ? new Date(r.locked_until).toISOString() : null,
        totpEnabled: r.totp_enabled,
        lastLoginAt: r.last_login_at ? new Date(r.last_login_at).toISOString() : null,
        idleWarnedAt: r.idle_warned_at ? new Date(r.idle_warned_at).toISOString() : null,
      }));
    },
  }),
  defineWrite({
    method: 'POST',
    url: '/api/users',
    access: 'user:manage',
    summary: '新建用户（系统管理员；新账号没有角色，角色由安全管理员授予）',
    tags,
    // No roles here (三权分立): see createUserBody.
    body: createUserBody,
    response: idResult,
    successStatus: 201,
    auditEvent: 'user.created',
    handler: async ({ app, tx, body, audited }) => {
      assertPasswordPolicy(body.password, body.username);
      const agency = await tx.selectFrom('agencies').select('id').where('id', '=', body.agencyId).executeTakeFirst();
      if (!agency) throw badRequest('UNKNOWN_AGENCY', '所属执法主体不存在');
      const exists = await tx.selectFrom('users').select('id').where('username', '=', body.username).executeTakeFirst();
      if (exists) throw badRequest('USERNAME_TAKEN', `用户名 ${body.username} 已被使用`);
      const row = await tx
        .insertInto('users')
        .values({
          username: body.username,
          name: body.name,
          agency_id: body.agencyId,
          roles: [],
          password_hash: await hashPassword(body.password),
          created_at: app.now(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      audited({ objectType: 'user', objectId: row.id, details: { username: body.username, roles: [] } });
      return { id: row.id };
    },
  }),
  defineWrite({
    method: 'POST',
    url: '/api/users/:id/disable',
    access: 'user:manage',
    summary: '停用或启用账号（下一次请求即生效）',
    tags,
    params: idParams,
    body: disableUserBody,
    response: okResponse,
    auditEvent: 'user.disabledChanged',
    handler: async ({ app, tx, params, body, audited, actor }) => {
      if (params.id === actor!.userId) throw badRequest('SELF_DISABLE', '不能停用自己的账号');
      await refuseAdministratorTarget(tx, params.id, 'user.disabledChanged', { disabled: body.disabled });
      // Re-enabling restarts the idle count (idle-accounts.ts), or the sweep would disable it again at once.
      const patch = body.disabled
        ? { disabled: true }
        : { disabled: false, reenabled_at: app.now(), idle_warned_at: null };
      const r = await tx.updateTable('users').set(patch).where('id', '=', params.id).executeTakeFirst();
      if (!r.numUpdatedRows) throw notFound();
      if (body.disabled) await tx.deleteFrom('sessions').where('user_id', '=', params.id).execute();
      forgetSessions(app);
      audited({ objectType: 'user', objectId: params.id, details: { disabled: body.disabled } });
      return { ok: true as const };
    },
  }),
  defineWrite({
    method: 'POST',
    url: '/api/users/:id/unlock',
    access: 'user:unlock',
    summary: '解锁账号（安全管理员）',
    tags,
    params: idParams,
    response: okResponse,
    auditEvent: 'auth.unlock',
    handler: async ({ tx, params, audited }) => {
      const r = await tx
        .updateTable('users')
        .set({ locked_until: null, failed_attempts: 0 })
        .where('id', '=', params.id)
        .executeTakeFirst();
      if (!r.numUpdatedRows) throw notFound();
      audited({ objectType: 'user', objectId: params.id });
      return { ok: true as const };
    },
  }),
  defineWrite({
    method: 'PUT',
    url: '/api/users/:id/roles',
    access: 'role:assign',
    summary: '授予或取消用户角色（安全管理员；不能授予或改动管理员角色）',
    tags,
    params: idParams,
    body: userRolesBody,
    response: okResponse,
    auditEvent: 'user.rolesChanged',
    handler: async ({ app, tx, params, body, audited, actor }) => {
      if (body.roles.length > 0) {
        const check = validateRoleSet(body.roles);
        if (!check.ok) throw badRequest('INVALID_ROLES', check.message);
      }
      if (params.id === actor!.userId) throw badRequest('SELF_ROLE_CHANGE', '不能调整自己的角色');
      const before = await refuseAdministratorTarget(tx, params.id, 'user.rolesChanged', { after: body.roles });
      if (body.roles.some(isAdminRole)) {
        throw new AuditedRefusal(
          forbidden('管理员角色只能在服务器上通过 npm run admin:init 创建，不能在线授予', 'ADMIN_ROLE_GRANT'),
          {
            eventType: 'user.rolesChanged',
            objectType: 'user',
            objectId: params.id,
            details: { before: before.roles, after: body.roles, reason: 'administratorRole' },
          },
        );
      }
      await tx.updateTable('users').set({ roles: body.roles }).where('id', '=', params.id).execute();
      // Sessions carry no roles, but a role change should be felt at once: sign the user out.
      await tx.deleteFrom('sessions').where('user_id', '=', params.id).execute();
      forgetSessions(app);
      audited({ objectType: 'user', objectId: params.id, details: { before: before.roles, after: body.roles } });
      return { ok: true as const };
    },
  }),
  defineWrite({
    method: 'POST',
    url: '/api/users/:id/reset-second-factor',
    access: 'user:unlock',
    summary: '重置动态验证码绑定（安全管理员）',
    tags,
    params: idParams,
    response: okResponse,
    auditEvent: 'auth.secondFactorReset',
    handler: async ({ app, tx, params, audited }) => {
      await refuseAdministratorTarget(tx, params.id, 'auth.secondFactorReset');
      const r = await tx
        .updateTable('users')
        .set({ totp_enabled: false, totp_secret_enc: null, totp_last_counter: null })
        .where('id', '=', params.id)
        .executeTakeFirst();
      if (!r.numUpdatedRows) throw notFound();
      await tx.deleteFrom('sessions').where('user_id', '=', params.id).execute();
      forgetSessions(app);
      audited({ objectType: 'user', objectId: params.id });
      return { ok: true as const };
    },
  }),
  defineRead({
    method: 'GET',
    url: '/api/roles',
    access: 'role:read',
    summary: '角色与权限对照',
    tags,
    response: roleInfoListView,
    handler: () =>
      ROLES.map((role: Role) => ({
        role,
        label: ROLE_LABELS[role],
        admin: isAdminRole(role),
        grants: ROLE_GRANTS[role].map((g) => ({
          permission: g.permission,
          label: PERMISSIONS[g.permission],
          scope: g.scope,
        })),
      })),
  }),
];
