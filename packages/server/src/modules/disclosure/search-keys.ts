// The public search's month keys (ADR 0018): a rendition's character pairs, tagged with the month
// it was published in, so that a rare word's matches are found one month at a time, newest first.
import { sql, type RawBuilder } from 'kysely';

/** The month of a date as one number (year × 12 + month − 1); the migration computes the same. */
export function monthIndex(date: string): number {
  return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
}

/** The pairs of a search, tagged with a month. */
export function monthKeys(grams: readonly string[], month: number): string[] {
  return grams.map((g) => `${g}:${month}`);
}

/** The row's own pairs tagged with the month it is published on (set in the publishing update). */
export function publishedKeys(publishedOn: string): RawBuilder<string[]> {
  return sql<string[]>`array(select g || ':' || ${String(monthIndex(publishedOn))} from unnest(search_grams) g)`;
}
