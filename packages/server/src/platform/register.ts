import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { hasPermission } from '@zhifa/domain';
import { appendAuditStandalone, type AuditEntry } from './audit';
import type { AppContext } from './context';
import { AppError, AuditedRefusal, badRequest, forbidden, unauthorized } from './errors';
import { fingerprint } from './idempotency';
import { scopeHelpers, type AuditInfo, type Received, type RouteSpec, type SessionActor } from './route';
import { runUnitOfWork, type CommandClaim } from './unit-of-work';

/** Who signs a request in: the session behind its cookie, or null (the auth module supplies it). */
export type ResolveSession = (app: AppContext, req: FastifyRequest) => Promise<SessionActor | null>;

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

async function authenticate(
  app: AppContext,
  resolveSession: ResolveSession,
  req: FastifyRequest,
  spec: RouteSpec,
): Promise<SessionActor | null> {
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

/** Every route goes through here: schema, authentication, permission, unit of work, audit. */
export function registerRoutes(
  fastify: FastifyInstance,
  app: AppContext,
  routes: RouteSpec[],
  resolveSession: ResolveSession,
) {
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
        (req as RequestWithActor).zhifaActor = await authenticate(app, resolveSession, req, spec);
      },
      handler: async (req: FastifyRequest, reply: FastifyReply) => {
        const actor = (req as RequestWithActor).zhifaActor ?? null;
        let audit: AuditInfo = {};
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
          ...scopeHelpers(actor, spec.access),
        };
        reply.status(spec.successStatus ?? 200);
        if (spec.method === 'GET') {
          return spec.handler(base as never);
        }
        if (spec.manualTx) {
          return spec.handler({ ...base, uow: null, tx: null, preloaded: undefined, received: undefined } as never);
        }
        const headerCommandId = actor ? commandIdOf(req) : null;
        // Built before anything is received or opened: building it may refuse the request.
        const preload = spec.preload?.(base as never);
        const received: Received<unknown> | null = spec.receive ? await spec.receive(base as never) : null;
        // A multipart body may carry the command id as a form field, which only its receive step reads.
        const commandId = headerCommandId ?? (actor ? (received?.commandId ?? null) : null);
        const described = audit;
        const claim: CommandClaim | null =
          actor && commandId
            ? {
                actorId: actor.userId,
                commandId,
                fingerprint: fingerprint(spec.method, req.url, received ? received.fingerprint : req.body),
              }
            : null;
        const outcome = await runUnitOfWork(app, claim, preload, async (uow, preloaded) => {
          // A retried unit starts again: what the rolled-back attempt described is gone with it.
          audit = described;
          reply.status(spec.successStatus ?? 200);
          const response = await spec.handler({
            ...base,
            uow,
            tx: uow.tx,
            afterCommit: (fn: () => void) => uow.afterCommit(fn),
            preloaded,
            received: received?.value,
          } as never);
          const statusCode = reply.statusCode;
          return {
            audit: requestAudit(req, actor, spec.auditEvent, {
              ...audit,
              details: { ...(commandId ? { commandId } : {}), ...audit.details },
            }),
            result: { statusCode, response },
          };
        }).catch(async (err) => {
          // The request's own error is the answer; a failed clean-up must not replace it.
          await received?.abandon?.().catch((e: unknown) => req.log.error(e));
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
        if (outcome.replay) {
          await received?.abandon?.();
          reply.header('idempotent-replay', 'true');
        }
        reply.status(outcome.statusCode);
        return outcome.response;
      },
    });
  }
}

export function isAppError(err: unknown): err is AppError {
  return err instanceof AppError;
}
