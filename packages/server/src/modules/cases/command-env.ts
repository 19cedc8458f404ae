// The environment a case command runs in, built from a write route's context.
import type { WriteContext } from '../../platform/route';
import { caseActorOf } from './case-actor';
import type { CommandEnv, CommandOutcome } from './execute-command';

/** The command id the registry keys idempotency on (header first, as the registry does). */
export function commandIdOf(ctx: WriteContext<any, any, any>): string | null {
  const header = ctx.req.headers['idempotency-key'];
  return typeof header === 'string' ? header : (ctx.body?.commandId ?? null);
}

export function commandEnv(ctx: WriteContext<any, any, any>): CommandEnv {
  return {
    tx: ctx.tx,
    app: ctx.app,
    actor: caseActorOf(ctx.actor!),
    today: ctx.app.today(),
    now: ctx.app.now(),
    commandId: commandIdOf(ctx),
  };
}

export function commandResponse(o: CommandOutcome) {
  return {
    version: o.version,
    status: o.status,
    statusLabel: o.statusLabel,
    seq: o.seq,
    warnings: o.warnings,
    documents: o.documents,
  };
}
