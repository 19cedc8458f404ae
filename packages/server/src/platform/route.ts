import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import {
  scopeContains,
  scopeFor,
  type Actor,
  type DataScope,
  type Permission,
  type RecordLocation,
  type Role,
} from '@zhifa/domain';
import type { Tx } from '../db/schema';
import type { AppContext } from './context';
import type { Preload, UnitOfWork } from './unit-of-work';
import { notFound } from './errors';

export type Access = Permission | 'public' | 'authenticated';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The permission a route declares (read by the route-coverage test). */
    access?: Access;
  }
}

export interface SessionActor extends Actor {
  username: string;
  name: string;
  sessionId: string;
  /** persons.id of the account's person record (officers, reviewers, heads); null for administrators. */
  personId: string | null;
  /** The role written to audit rows: the first (primary) role of the account. */
  primaryRole: Role;
}

export interface AuditInfo {
  objectType?: string;
  objectId?: string;
  details?: Record<string, unknown>;
}

export interface RouteContext<P, Q, B> {
  app: AppContext;
  req: FastifyRequest;
  reply: FastifyReply;
  params: P;
  query: Q;
  body: B;
  actor: SessionActor | null;
  requestId: string;
  ip: string;
  /** The data scope the route's permission gives this actor (for list queries). */
  scope: () => DataScope;
  /** Refuse (404, never data) a record outside the actor's scope for the route's permission. */
  authorize: (record: RecordLocation, permission?: Permission) => void;
  /** Describe the object a write touched; the registry writes the audit row with it. */
  audited: (info: AuditInfo) => void;
  /** Put a read on the audit record (full personal data, an export), before the data leaves. */
  auditRead: (info: AuditInfo & { eventType: string }) => Promise<void>;
}

/** A write handler's context: the request, and the unit of work it writes through. */
export interface WriteContext<P, Q, B, L = undefined, R = undefined> extends RouteContext<P, Q, B> {
  /** The unit of work (platform/unit-of-work.ts): its transaction, clock reading, command id and batch. */
  uow: UnitOfWork;
  /** The unit of work's transaction (`uow.tx`). */
  tx: Tx;
  /** Runs once the transaction has committed (`uow.afterCommit`). */
  afterCommit: (fn: () => void) => void;
  /** What the route's `preload` read first (undefined for routes without one). */
  preloaded: L;
  /** What the route's `receive` step took from the request body before the transaction opened. */
  received: R;
}

/** What a `receive` step hands on: the value, and what stands for the body in the command id's fingerprint. */
export interface Received<R> {
  value: R;
  /** Fingerprinted instead of the request body (a multipart body is not parsed into `req.body`). */
  fingerprint: unknown;
  /** Runs when no unit of work committed with the value (refused, failed, or replayed). */
  abandon?: () => Promise<void>;
  /** The command id a multipart form carried as a field (checked by the receive step). */
  commandId?: string;
}

type Schema = z.ZodType;
type Infer<S> = S extends z.ZodType ? z.infer<S> : undefined;

interface BaseSpec<PS, QS, BS, RS> {
  url: string;
  /** Permission the caller needs: every route declares one (a test enforces it). */
  access: Access;
  summary: string;
  tags: string[];
  params?: PS;
  query?: QS;
  body?: BS;
  response: RS;
  /** Status code of a successful answer (default 200). */
  successStatus?: number;
  /** Sign-in routes: limited per source address (config.loginRateLimit). */
  rateLimited?: boolean;
}

export interface ReadSpec<PS, QS, RS> extends BaseSpec<PS, QS, undefined, RS> {
  method: 'GET';
  handler: (ctx: RouteContext<Infer<PS>, Infer<QS>, undefined>) => Promise<z.infer<RS & Schema>> | z.infer<RS & Schema>;
}

export interface WriteSpec<PS, QS, BS, RS, L = undefined, R = undefined> extends BaseSpec<PS, QS, BS, RS> {
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Audit event type written in the same transaction as the change. */
  auditEvent: string;
  /**
   * Most writes run in one unit of work with their audit row. Routes that manage their own
   * transactions (login: a failed attempt must still be counted and audited) set `manualTx`.
   */
  manualTx?: boolean;
  /**
   * Runs before the transaction opens, once however often the unit of work is retried: a
   * multipart upload streams its file to storage here (a transaction must not wait on a slow
   * client). Its value reaches the handler as `ctx.received`.
   */
  receive?: (ctx: RouteContext<Infer<PS>, Infer<QS>, Infer<BS>>) => Promise<Received<R>>;
  /**
   * The command's first read (the case row locked with what the command needs): the command id
   * is claimed in the same statement, one round trip fewer on the busiest writes. Its value
   * reaches the handler as `ctx.preloaded`; the handler does not run when the id was taken.
   */
  preload?: (ctx: RouteContext<Infer<PS>, Infer<QS>, Infer<BS>>) => Preload<any, L>;
  handler: (ctx: WriteContext<Infer<PS>, Infer<QS>, Infer<BS>, L, R>) => Promise<z.infer<RS & Schema>>;
}

export type RouteSpec = ReadSpec<any, any, any> | WriteSpec<any, any, any, any, any, any>;

export function defineRead<PS extends Schema | undefined, QS extends Schema | undefined, RS extends Schema>(
  spec: ReadSpec<PS, QS, RS>,
): RouteSpec {
  return spec as RouteSpec;
}

export function defineWrite<
  PS extends Schema | undefined,
  QS extends Schema | undefined,
  BS extends Schema | undefined,
  RS extends Schema,
  L = undefined,
  R = undefined,
>(spec: WriteSpec<PS, QS, BS, RS, L, R>): RouteSpec {
  return spec as RouteSpec;
}

export function scopeHelpers(actor: SessionActor | null, access: Access) {
  return {
    scope(): DataScope {
      if (access === 'public' || access === 'authenticated') return { kind: 'all' };
      if (!actor) return { kind: 'none' };
      return scopeFor(actor, access);
    },
    authorize(record: RecordLocation, permission?: Permission) {
      const p = permission ?? (access === 'public' || access === 'authenticated' ? undefined : access);
      if (!p) return;
      if (!actor || !scopeContains(scopeFor(actor, p), record)) throw notFound();
    },
  };
}
