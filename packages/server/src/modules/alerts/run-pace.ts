// A run of the alert rules shares the server with the people working in it: on PGlite the
// database runs in the server's own thread on its one connection, so whatever the run does is
// time no command gets. The run therefore works in short steps (a slice of the cases, one rule's
// findings applied, one person's queue) and after each pauses as long as the step took, at most
// MAX_PAUSE_MS: it takes about half the server's time while it runs, and a command waits for at
// most one step (ADR 0020).
export type Pace = <T>(step: () => Promise<T>) => Promise<T>;

const MAX_PAUSE_MS = 250;

export const paced: Pace = async (step) => {
  const started = performance.now();
  const out = await step();
  const took = performance.now() - started;
  await new Promise((resolve) => setTimeout(resolve, Math.min(took, MAX_PAUSE_MS)));
  return out;
};

/** Inside a transaction (a recheck, the demo seed) a pause would only hold the connection longer. */
export const unpaced: Pace = (step) => step();
