import crypto from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { hasPermission } from '@zhifa/domain';
import { resolveSession } from '../modules/auth/sessions';
import { appendAudit, appendAuditStandalone, type AuditEntry } from './audit';
import type { AppContext } from './context';
import { AppError, AuditedRefusal, badRequest, forbidden, unauthorized } from './errors';
import { claimCommand, CommandTaken, completeCommandQuery, fingerprint, storedResult } from './idempotency';
import { scopeHelpers, type AuditInfo, type RouteSpec, type SessionActor } from './route';

type RequestWithActor = FastifyRequest & { zhifaActor?: SessionActor | null };

const COMMAND_ID = /^[A-Za-z0-9_-]{8,100}$/;

function commandIdOf(req: FastifyRequest): string | null {
  const header = req.headers['idempotency-key'];
  const fromBody = (req.body as { commandId?: unknown } | undefined)?.commandId;
  const id = typeof header === 'string' ? header : typeof fromBody === 'string' ? fromBody : null;
  if (id !== null && !COMMAND_ID.test(id))
    throw badRequest('INVALID_COMMAND_ID', '命令编号格式不正确（8–100 位字母、数字、-、_）');
  return id;
}

/** The audit row of something this request did, by whoever is signed in. */
function requestAudit(
  req: FastifyRequest,
  actor: SessionActor | null,
  eventType: string,
  info: AuditInfo,
  outcome: AuditEntry['outcome'] = 'success',
): AuditEntry {
  return {
    actorId: actor?.userId ?? null,
    actorName: actor?.name ?? null,
    actorRole: actor?.primaryRole ?? null,
    agencyId: actor?.agencyId ?? null,
    sourceIp: req.ip,
    eventType,
    objectType: info.objectType ?? null,
    objectId: info.objectId ?? null,
    outcome,
    requestId: req.id,
    details: info.details ?? {},
  };
}

async function authenticate(app: AppContext, req: FastifyRequest, spec: RouteSpec): Promise<SessionActor | null> {
  if (spec.access === 'public') {
    return resolveSession(app, req).catch(() => null);
  }
  const actor = await resolveSession(app, req);
  if (!actor) throw unauthorized();
  if (spec.access !== 'authenticated' && !hasPermission(actor, spec.access)) {
    await appendAuditStandalone(
      app.db,
      app.keys.auditSeal,
      requestAudit(
        req,
        actor,
        'access.denied',
        { objectType: 'route', objectId: `${spec.method} ${spec.url}`, details: { permission: spec.access } },
        'denied',
      ),
    );
    throw forbidden();
  }
  return actor;
}

/** Every route goes through here: schema, authentication, permission, transaction, audit. */
export function registerRoutes(fastify: FastifyInstance, app: AppContext, routes: RouteSpec[]) {
  const typed = fastify.withTypeProvider<ZodTypeProvider>();
  for (const spec of routes) {
    typed.route({
      method: spec.method,
      url: spec.url,
      config: {
        access: spec.access,
        ...(spec.rateLimited
          ? { rateLimit: { max: app.config.loginRateLimit.max, timeWindow: app.config.loginRateLimit.windowMs } }
          : {}),
      },
      schema: {
        summary: spec.summary,
        tags: spec.tags,
        ...(spec.params ? { params: spec.params } : {}),
        ...(spec.query ? { querystring: spec.query } : {}),
        ...(spec.method !== 'GET' && spec.body ? { body: spec.body } : {}),
        response: { [spec.successStatus ?? 200]: spec.response },
      },
      // Authenticate and authorise before the body is even validated: a caller without the
      // permission learns nothing about the route's schema.
      onRequest: async (req: FastifyRequest) => {
        (req as RequestWithActor).zhifaActor = await authenticate(app, req, spec);
      },
      handler: async (req: FastifyRequest, reply: FastifyReply) => {
        const actor = (req as RequestWithActor).zhifaActor ?? null;
        let audit: AuditInfo = {};
        const committed: (() => void)[] = [];
        const base = {
          app,
          req,
          reply,
          params: req.params,
          query: req.query,
          body: req.body,
          actor,
          requestId: req.id,
          ip: req.ip,
          audited: (info: AuditInfo) => {
            audit = { ...audit, ...info, details: { ...audit.details, ...info.details } };
          },
          auditRead: (info: AuditInfo & { eventType: string }) =>
            appendAuditStandalone(app.db, app.keys.auditSeal, requestAudit(req, actor, info.eventType, info)),
          afterCommit: (fn: () => void) => committed.push(fn),
          ...scopeHelpers(actor, spec.access),
        };
        reply.status(spec.successStatus ?? 200);
        if (spec.method === 'GET') {
          return spec.handler(base as never);
        }
        if (spec.manualTx) {
          return spec.handler({ ...base, tx: null, commandClaim: null } as never);
        }
        const commandId = actor ? commandIdOf(req) : null;
        const print = commandId ? fingerprint(spec.method, req.url, req.body) : '';
        const run = () =>
          app.db
            .transaction()
            // Read committed for every write (docs/SERVER-CONVENTIONS.md, "Concurrency"): a
            // read-then-decide write locks the rows it decides on (the case, the lead, the
            // counter), and no write may run serializable, because the audit chain's tail is
            // read under a lock and must be the latest committed row, not a snapshot's.
            .setIsolationLevel('read committed')
            .execute(async (tx) => {
              const claim = actor && commandId ? { actorId: actor.userId, commandId, fingerprint: print } : null;
              if (claim && !spec.claimsCommand) {
                const earlier = await claimCommand(tx, claim.actorId, claim.commandId, claim.fingerprint);
                if (earlier) return { replay: true as const, ...earlier };
              }
              const response = await spec.handler({
                ...base,
                tx,
                commandClaim: spec.claimsCommand ? claim : null,
              } as never);
              const statusCode = reply.statusCode;
              // Last, so the chain lock it takes is held only for the append and the commit; the
              // command's stored result goes in the same statement.
              const complete =
                actor && commandId
                  ? completeCommandQuery(actor.userId, commandId, { statusCode, response })
                  : undefined;
              await appendAudit(
                tx,
                app.keys.auditSeal,
                requestAudit(req, actor, spec.auditEvent, {
                  ...audit,
                  details: { ...(commandId ? { commandId } : {}), ...audit.details },
                }),
                complete,
                // The transaction's last statement: on PostgreSQL it commits in the same round trip.
                app.database.kind === 'postgres',
              );
              return { replay: false as const, statusCode, response };
            });
        // A `claimsCommand` handler found its id taken: its transaction is rolled back, and the
        // first attempt (which the claim waited for) has committed its result.
        const runOrReplay = () =>
          run().catch(async (err) => {
            if (!(err instanceof CommandTaken) || !actor || !commandId) throw err;
            return { replay: true as const, ...(await storedResult(app.db, actor.userId, commandId, print)) };
          });
        const result = await withSerializationRetry(runOrReplay, 2).catch(async (err) => {
          if (err instanceof AuditedRefusal) {
            const { eventType, ...info } = err.audit;
            await appendAuditStandalone(
              app.db,
              app.keys.auditSeal,
              requestAudit(req, actor, eventType, info, 'denied'),
            );
          }
          throw err;
        });
        if (!result.replay) for (const fn of committed) fn();
        if (result.replay) reply.header('idempotent-replay', 'true');
        reply.status(result.statusCode);
        return result.response;
      },
    });
  }
}

/** SQLSTATE 40001/40P01 (a deadlock between two writes locking rows in opposite order): PostgreSQL asks the application to retry (docs, "Serialization Failure Handling"). */
async function withSerializationRetry<T>(fn: () => Promise<T>, retries: number): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      const code = (err as { code?: string }).code;
      if ((code === '40001' || code === '40P01') && attempt < retries) {
        await new Promise((r) => setTimeout(r, 5 + crypto.randomInt(20) * (attempt + 1)));
        continue;
      }
      throw err;
    }
  }
}

export function isAppError(err: unknown): err is AppError {
  return err instanceof AppError;
}
