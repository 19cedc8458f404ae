// A run of the alert rules shares the server with the people working in it. The run therefore
// works in short steps (a slice of the cases, one rule's findings applied, one person's queue) and
// after each pauses a multiple of the step's time, capped (ADR 0020). On PGlite the database runs
// in the server's own thread on its one connection, so whatever the run does is time no command
// gets: pausing as long as each step took leaves commands half the thread, and a command waits for
// at most one step. On PostgreSQL the run's statements execute in a backend of their own, beside
// the commands' backends, on the machine's cores: what a command loses there is the cores' time
// the run takes, so the run pauses three times as long as each step (a quarter of one core at
// most, the run four times its work long; measured in docs/BENCHMARKS.md).
import type { DatabaseKind } from '../../db/database';

export interface Pace {
  <T>(step: () => Promise<T>): Promise<T>;
  /** Cases per slice of the rules that read every case (rules/case-slices.ts): a step's size. */
  readonly slice: number;
}

/**
 * Pause after a step, as a multiple of its time, the longest pause, and the slice. On PGlite a
 * command waits for the step in progress: slices of 500 cases keep that wait near 20 ms at a
 * million cases.
 */
const PACING: Record<DatabaseKind, { factor: number; maxPauseMs: number; slice: number }> = {
  pglite: { factor: 1, maxPauseMs: 250, slice: 500 },
  postgres: { factor: 3, maxPauseMs: 750, slice: 2000 },
};

export function pacedFor(kind: DatabaseKind): Pace {
  const { factor, maxPauseMs, slice } = PACING[kind];
  const pace = async <T>(step: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    const out = await step();
    const took = performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, Math.min(took * factor, maxPauseMs)));
    return out;
  };
  return Object.assign(pace, { slice });
}

/** Inside a transaction (a recheck, the demo seed) a pause would only hold the connection longer. */
export const unpaced: Pace = Object.assign(<T>(step: () => Promise<T>) => step(), { slice: 2000 });
