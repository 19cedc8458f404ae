// Gapless numbers (security.md §6.3): one counter row per (agency, year, class), bumped inside the
// issuing transaction, so a refused or rolled-back command leaves no hole in the series.
import { sql } from 'kysely';
import { formatArchiveNumber, formatDocumentNumber } from '@zhifa/domain';
import type { Tx } from '../db/schema';

export async function nextSerial(tx: Tx, agencyId: string, year: number, docClass: string): Promise<number> {
  const row = await sql<{ last_serial: number }>`
    insert into document_counters (agency_id, year, doc_class, last_serial) values (${agencyId}, ${year}, ${docClass}, 1)
    on conflict (agency_id, year, doc_class) do update set last_serial = document_counters.last_serial + 1
    returning last_serial`.execute(tx);
  return Number(row.rows[0].last_serial);
}

/**
 * 机关代字 + document class: 蓬杜综执 + 罚 → 蓬杜综执罚. A department prefix that already ends in
 * 罚 (蓬城管罚) has it dropped first, so its notices read 蓬城管告, not 蓬城管罚告.
 */
export function classPrefix(docPrefix: string, docClass: string): string {
  return `${docPrefix.replace(/罚$/, '')}${docClass}`;
}

export interface NumberingAgency {
  id: string;
  docPrefix: string;
}

/** 代字〔YYYY〕N号 (GB/T 9704-2012 7.2.5). */
export async function issueDocumentNumber(
  tx: Tx,
  agency: NumberingAgency,
  year: number,
  docClass: string,
): Promise<string> {
  // The counter is per series; the 代字 printed for it is the agency's configured code (migration
  // 0140), read in the same statement, so a number issued after a change carries the new code.
  const row = await sql<{ last_serial: number; code: string | null }>`
    with bumped as (
      insert into document_counters (agency_id, year, doc_class, last_serial) values (${agency.id}, ${year}, ${docClass}, 1)
      on conflict (agency_id, year, doc_class) do update set last_serial = document_counters.last_serial + 1
      returning last_serial)
    select bumped.last_serial,
      (select code from document_series_codes where agency_id = ${agency.id} and series = ${docClass}) as code
    from bumped`.execute(tx);
  const { last_serial, code } = row.rows[0];
  return formatDocumentNumber(classPrefix(agency.docPrefix, code ?? docClass), year, Number(last_serial));
}

/** 4-digit filing year + 4-digit serial, gapless per agency. */
export async function issueArchiveNumber(tx: Tx, agencyId: string, year: number): Promise<string> {
  return formatArchiveNumber(year, await nextSerial(tx, agencyId, year, 'archive'));
}
