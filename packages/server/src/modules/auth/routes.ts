import {
  changePasswordBody,
  changePasswordResult,
  endOtherSessionsBody,
  endOtherSessionsResult,
  meView,
  okResponse,
  secondFactorBody,
  signedIn,
  signInBody,
  signInResult,
} from '@zhifa/contract';
import { appendAudit } from '../../platform/audit';
import { unauthorized } from '../../platform/errors';
import { defineRead, defineWrite } from '../../platform/route';
import { loadMe } from './current-user';
import { confirmSecondFactor } from './second-factor';
import { changePassword } from './change-password';
import { destroySession, endOtherSessions } from './sessions';
import { signIn } from './sign-in';

const tags = ['认证'];

export const authRoutes = [
  defineWrite({
    method: 'POST',
    url: '/api/auth/login',
    access: 'public',
    summary: '用户名密码登录（如需动态验证码，返回下一步）',
    tags,
    body: signInBody,
    response: signInResult,
    auditEvent: 'auth.login',
    manualTx: true,
    rateLimited: true,
    handler: ({ app, req, reply, body }) => signIn(app, req, reply, body.username, body.password),
  }),
  defineWrite({
    method: 'POST',
    url: '/api/auth/totp',
    access: 'public',
    summary: '提交动态验证码完成登录（首次登录同时完成绑定）',
    tags,
    body: secondFactorBody,
    response: signedIn,
    auditEvent: 'auth.secondFactor',
    manualTx: true,
    rateLimited: true,
    handler: async ({ app, req, reply, body }) => ({
      status: 'ok' as const,
      ...(await confirmSecondFactor(app, req, reply, body.code)),
    }),
  }),
  defineWrite({
    method: 'POST',
    url: '/api/auth/logout',
    access: 'public',
    summary: '退出登录（服务端作废会话）',
    tags,
    response: okResponse,
    auditEvent: 'auth.logout',
    manualTx: true,
    handler: async ({ app, req, reply, actor }) => {
      const userId = await destroySession(app, req, reply);
      if (userId) {
        await app.db.transaction().execute((tx) =>
          appendAudit(tx, app.keys.auditSeal, {
            actorId: userId,
            actorName: actor?.name ?? null,
            actorRole: actor?.primaryRole ?? null,
            agencyId: actor?.agencyId ?? null,
            sourceIp: req.ip,
            eventType: 'auth.logout',
            objectType: 'user',
            objectId: userId,
            outcome: 'success',
            requestId: req.id,
          }),
        );
      }
      return { ok: true as const };
    },
  }),
  defineRead({
    method: 'GET',
    url: '/api/auth/me',
    access: 'authenticated',
    summary: '当前登录用户、角色与权限',
    tags,
    response: meView,
    handler: async ({ app, actor }) => {
      if (!actor) throw unauthorized();
      return loadMe(app, actor.userId);
    },
  }),
  defineWrite({
    method: 'POST',
    url: '/api/auth/sessions/end-others',
    access: 'authenticated',
    summary: '退出本账号在其他设备上的登录',
    tags,
    body: endOtherSessionsBody,
    response: endOtherSessionsResult,
    auditEvent: 'auth.otherSessionsEnded',
    handler: async ({ app, tx, actor, audited }) => {
      const ended = await endOtherSessions(app, tx, actor!.userId, actor!.sessionId);
      audited({ objectType: 'user', objectId: actor!.userId, details: { ended } });
      return { ended };
    },
  }),
  defineWrite({
    method: 'POST',
    url: '/api/auth/password',
    access: 'authenticated',
    summary: '修改本人密码（其他设备上的登录随之退出）',
    tags,
    body: changePasswordBody,
    response: changePasswordResult,
    auditEvent: 'auth.passwordChanged',
    // Own transactions: a wrong current password must be counted (and audited) although the
    // change itself is refused, so that a stolen session cannot guess the password unlimited.
    manualTx: true,
    rateLimited: true,
    handler: ({ app, req, actor, body }) => changePassword(app, req, actor!, body.currentPassword, body.newPassword),
  }),
];
