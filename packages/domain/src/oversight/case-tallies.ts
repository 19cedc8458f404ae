// The dashboard's per-day counters (驾驶舱): what one case contributes to the day-by-agency-by-item
// tally of cases filed, decided and closed and of fines decided. The server keeps the counter table
// current in each case command's transaction by writing the difference between the case's
// contribution before and after the action, so a report never has to read the case table.
import { fineTotal } from '../procedure/penalty';
import type { CaseState } from '../procedure/state';

/** What a case counts for: the days it was filed, decided and closed, its item and its fines (元). */
export interface CaseTally {
  itemCode: string;
  filedOn: string | null;
  decidedOn: string | null;
  closedOn: string | null;
  fines: number;
}

export interface TallyRow {
  day: string;
  itemCode: string;
  filed: number;
  decided: number;
  closed: number;
  fines: number;
}

export function caseTally(s: CaseState): CaseTally {
  const decisions = s.decisions.length ? s.decisions : s.decision ? [s.decision] : [];
  const fines = decisions.reduce(
    (sum, d) => sum + (d.outcome === 'penalty' && d.penalty ? fineTotal(d.penalty) : 0),
    0,
  );
  return {
    itemCode: s.items[0]?.code ?? '',
    // 立案 of an ordinary case; a summary case counts as filed the day it is decided on the spot.
    filedOn: s.filing?.approvedOn ?? s.summary?.decidedOn ?? null,
    decidedOn: s.decision?.decidedOn ?? null,
    closedOn: s.closure?.on ?? null,
    fines: Math.round(fines * 100) / 100,
  };
}

function rowsOf(t: CaseTally, sign: 1 | -1): TallyRow[] {
  const out: TallyRow[] = [];
  const add = (day: string | null, r: Partial<TallyRow>) => {
    if (day) out.push({ day, itemCode: t.itemCode, filed: 0, decided: 0, closed: 0, fines: 0, ...r });
  };
  add(t.filedOn, { filed: sign });
  add(t.decidedOn, { decided: sign, fines: sign * t.fines });
  add(t.closedOn, { closed: sign });
  return out;
}

/**
 * The counter changes an action makes: after − before, merged by (day, item), zero rows dropped.
 * One row per key, so the server can upsert them all in one statement.
 */
export function tallyDelta(before: CaseTally | null, after: CaseTally): TallyRow[] {
  const merged = new Map<string, TallyRow>();
  for (const r of [...(before ? rowsOf(before, -1) : []), ...rowsOf(after, 1)]) {
    const key = `${r.day}|${r.itemCode}`;
    const m = merged.get(key);
    if (!m) merged.set(key, { ...r });
    else {
      m.filed += r.filed;
      m.decided += r.decided;
      m.closed += r.closed;
      m.fines = Math.round((m.fines + r.fines) * 100) / 100;
    }
  }
  return [...merged.values()].filter((r) => r.filed || r.decided || r.closed || r.fines);
}
