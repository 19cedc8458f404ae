import crypto from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { idleTimeoutMinutes, isRole, type Role } from '@zhifa/domain';
import type { Db, Tx } from '../../db/schema';
import type { AppContext } from '../../platform/context';
import type { SessionActor } from '../../platform/route';

export const SESSION_COOKIE = 'zhifa_sid';

const hashToken = (token: string) => crypto.createHash('sha256').update(token).digest('hex');

export function isHttps(req: FastifyRequest): boolean {
  return req.protocol === 'https';
}

/** A fresh session id at every login (session fixation); only its hash is stored. */
export async function createSession(
  app: AppContext,
  reply: FastifyReply,
  req: FastifyRequest,
  userId: string,
  secondFactorPending: boolean,
): Promise<string> {
  const token = crypto.randomBytes(32).toString('base64url');
  const id = hashToken(token);
  await app.db
    .insertInto('sessions')
    .values({
      id,
      user_id: userId,
      second_factor_pending: secondFactorPending,
      source_ip: req.ip,
      created_at: app.now(),
      last_seen_at: app.now(),
    })
    .execute();
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: isHttps(req),
  });
  return id;
}

/** End every other session of the account (password change, "sign out elsewhere"); returns how many. */
export async function endOtherSessions(app: AppContext, db: Db | Tx, userId: string, keepId: string): Promise<number> {
  const rows = await db
    .deleteFrom('sessions')
    .where('user_id', '=', userId)
    .where('id', '!=', keepId)
    .returning('id')
    .execute();
  forgetSessions(app);
  return rows.length;
}

/**
 * After a complete sign-in: end the account's older sessions (ZHIFA_SESSIONS_ON_LOGIN=end), or
 * count them so the client can offer to end them (`offer`, the default).
 */
export async function afterSignIn(app: AppContext, userId: string, sessionId: string): Promise<number> {
  if (app.config.sessionsOnLogin === 'end') {
    await endOtherSessions(app, app.db, userId, sessionId);
    return 0;
  }
  const row = await app.db
    .selectFrom('sessions')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('user_id', '=', userId)
    .where('id', '!=', sessionId)
    .where('second_factor_pending', '=', false)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export function sessionToken(req: FastifyRequest): string | null {
  const token = req.cookies?.[SESSION_COOKIE];
  return typeof token === 'string' && /^[A-Za-z0-9_-]{20,100}$/.test(token) ? token : null;
}

export async function destroySession(
  app: AppContext,
  req: FastifyRequest,
  reply: FastifyReply,
): Promise<string | null> {
  const token = sessionToken(req);
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
  if (!token) return null;
  forgetSessions(app, hashToken(token));
  const row = await app.db
    .deleteFrom('sessions')
    .where('id', '=', hashToken(token))
    .returning('user_id')
    .executeTakeFirst();
  return row?.user_id ?? null;
}

export async function sessionRow(app: AppContext, req: FastifyRequest) {
  const token = sessionToken(req);
  if (!token) return null;
  return app.db.selectFrom('sessions').selectAll().where('id', '=', hashToken(token)).executeTakeFirst() ?? null;
}

export async function completeSecondFactor(app: AppContext, req: FastifyRequest, reply: FastifyReply, userId: string) {
  // Rotate the id again once the second factor is done.
  const token = sessionToken(req);
  if (token) await app.db.deleteFrom('sessions').where('id', '=', hashToken(token)).execute();
  return createSession(app, reply, req, userId, false);
}

// Every request reads its session; a request right after another of the same session reuses
// the row read within the last second instead of asking the database again. Whatever ends a
// session or changes an account in this process forgets the cache at once (forgetSessions);
// another server process on the same database sees the change within that second.
const SESSION_REUSE_MS = 1_000;
type SessionRead = NonNullable<Awaited<ReturnType<typeof querySession>>>;
const recent = new WeakMap<AppContext, Map<string, { row: SessionRead; at: number }>>();

function recentSession(app: AppContext, id: string): SessionRead | undefined {
  const hit = recent.get(app)?.get(id);
  if (!hit) return undefined;
  const age = app.now().getTime() - hit.at;
  return age >= 0 && age < SESSION_REUSE_MS ? hit.row : undefined;
}

async function readSession(app: AppContext, id: string): Promise<SessionRead | undefined> {
  const row = await querySession(app, id);
  if (row && !row.second_factor_pending && !row.disabled) {
    const map = recent.get(app) ?? recent.set(app, new Map()).get(app)!;
    if (map.size > 10_000) map.clear();
    map.set(id, { row, at: app.now().getTime() });
  }
  return row;
}

/** Forget reused session rows: one session (`id`), or all of them after an account changed. */
export function forgetSessions(app: AppContext, id?: string): void {
  if (id) recent.get(app)?.delete(id);
  else recent.get(app)?.clear();
}

function querySession(app: AppContext, id: string) {
  return app.db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .leftJoin('agencies', 'agencies.id', 'users.agency_id')
    .select([
      'sessions.id as sessionId',
      'sessions.created_at',
      'sessions.last_seen_at',
      'sessions.second_factor_pending',
      'users.id as userId',
      'users.username',
      'users.name',
      'users.roles',
      'users.agency_id',
      'users.disabled',
      'users.person_id',
      'agencies.region_code',
    ])
    .where('sessions.id', '=', id)
    .executeTakeFirst();
}

/**
 * The signed-in actor for this request, or null. Enforces the idle timeout (15 min for
 * administrators, 30 for others), the 12-hour absolute limit, and account disabling at once.
 */
export async function resolveSession(app: AppContext, req: FastifyRequest): Promise<SessionActor | null> {
  const token = sessionToken(req);
  if (!token) return null;
  const id = hashToken(token);
  const row = recentSession(app, id) ?? (await readSession(app, id));
  if (!row || row.second_factor_pending || row.disabled) return null;
  const roles: Role[] = row.roles.filter(isRole);
  if (roles.length === 0) return null;
  const now = app.now().getTime();
  const idleMs = idleTimeoutMinutes(roles) * 60_000;
  const absoluteMs = app.config.session.absoluteHours * 3_600_000;
  if (now - new Date(row.last_seen_at).getTime() > idleMs || now - new Date(row.created_at).getTime() > absoluteMs) {
    forgetSessions(app, id);
    await app.db.deleteFrom('sessions').where('id', '=', id).execute();
    return null;
  }
  // Touch at most once a minute: the idle clock does not need finer grain than that.
  if (now - new Date(row.last_seen_at).getTime() > 60_000) {
    await app.db
      .updateTable('sessions')
      .set({ last_seen_at: new Date(now) })
      .where('id', '=', id)
      .execute();
    row.last_seen_at = new Date(now);
  }
  return {
    userId: row.userId,
    username: row.username,
    name: row.name,
    roles,
    primaryRole: roles[0],
    agencyId: row.agency_id,
    regionCode: row.region_code ?? null,
    sessionId: id,
    personId: row.person_id,
  };
}
