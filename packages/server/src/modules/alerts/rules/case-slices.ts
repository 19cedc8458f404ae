// The rules that read every case read them a slice at a time: pace.slice cases by id, the slice's
// upper bound found through the primary key (an index-only step). A statement then does a slice's
// work however many cases there are — a page with a limit would scan on for as long as matches are
// sparse — and the run paces itself between slices (../run-pace.ts).
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import type { Pace } from '../run-pace';

const FIRST = '00000000-0000-0000-0000-000000000000';
const LAST = 'ffffffff-ffff-ffff-ffff-ffffffffffff';

/** Calls `read(lo, hi)` for consecutive slices of case ids (lo exclusive, hi inclusive) and collects what it returns. */
export async function inCaseSlices<T>(
  db: Kysely<DB>,
  pace: Pace,
  read: (lo: string, hi: string) => Promise<T[]>,
): Promise<T[]> {
  const out: T[] = [];
  let lo = FIRST;
  for (;;) {
    const edge = await db
      .selectFrom('cases')
      .select('id')
      .where('id', '>', lo)
      .orderBy('id')
      .offset(pace.slice - 1)
      .limit(1)
      .executeTakeFirst();
    const hi = edge?.id ?? LAST;
    out.push(...(await pace(() => read(lo, hi))));
    if (!edge) return out;
    lo = hi;
  }
}
