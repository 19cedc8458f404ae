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

export interface WriteContext<P, Q, B> extends RouteContext<P, Q, B> {
  tx: Tx;
  /** Runs once the transaction has committed (e.g. to drop a cache other requests may have refilled meanwhile). */
  afterCommit: (fn: () => void) => void;
  /**
   * Routes with `claimsCommand`: the command id this request must claim in its first statement
   * (null when the request carries none). The handler sends the claim with its first read
   * (claimCommandQuery) and calls `commandTaken()` when the claim was not its own.
   */
  commandClaim: CommandClaim | null;
}

export interface CommandClaim {
  actorId: string;
  commandId: string;
  fingerprint: string;
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

export interface WriteSpec<PS, QS, BS, RS> extends BaseSpec<PS, QS, BS, RS> {
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Audit event type written in the same transaction as the change. */
  auditEvent: string;
  /**
   * Most writes run in one transaction with their audit row. Routes that manage their own
   * transactions (login: a failed attempt must still be counted and audited) set `manualTx`.
   */
  manualTx?: boolean;
  /**
   * The handler claims the command id itself, in the statement of its first read (one round
   * trip fewer on the busiest write: case commands). It must throw `commandTaken()` when the
   * claim was not its own; the registry then answers with the first result.
   */
  claimsCommand?: boolean;
  handler: (ctx: WriteContext<Infer<PS>, Infer<QS>, Infer<BS>>) => Promise<z.infer<RS & Schema>>;
}

export type RouteSpec = ReadSpec<any, any, any> | WriteSpec<any, any, any, any>;

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
>(spec: WriteSpec<PS, QS, BS, RS>): RouteSpec {
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
