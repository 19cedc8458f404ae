// Writes a checked item and its citations. Shared by the form (create, update) and the import.

import type { Tx } from '../../db/schema';
import type { PreparedItem } from './prepare-item';
import { indexItemWords } from '../laws/search/index-words';

async function writeCitations(tx: Tx, itemId: string, prepared: PreparedItem): Promise<void> {
  await tx.deleteFrom('item_citations').where('item_id', '=', itemId).execute();
  if (prepared.citations.length === 0) return;
  await tx
    .insertInto('item_citations')
    .values(
      prepared.citations.map((c) => ({
        item_id: itemId,
        role: c.role,
        position: c.position,
        citation: c.citation,
        law_title: c.parsed.lawTitle,
        article: c.parsed.article,
        article_suffix: c.parsed.articleSuffix ?? null,
        paragraph: c.parsed.paragraph ?? null,
        item: c.parsed.item ?? null,
        article_id: c.articleId,
      })),
    )
    .execute();
}

function columns(prepared: PreparedItem) {
  const { item } = prepared;
  return {
    name: item.name,
    kind: item.kind,
    domain: item.domain,
    department_id: prepared.department.id,
    level: item.level,
    penalties: JSON.stringify(item.penalties),
    reserved_flag: item.reservedFlag,
    county_reserved: prepared.countyReserved,
  };
}

export async function insertItem(tx: Tx, prepared: PreparedItem, note: string | null, active = true): Promise<string> {
  const row = await tx
    .insertInto('enforcement_items')
    .values({ code: prepared.item.code, ...columns(prepared), note, active })
    .returning('id')
    .executeTakeFirstOrThrow();
  await writeCitations(tx, row.id, prepared);
  await indexItemWords(tx, row.id);
  return row.id;
}

export async function updateItem(
  tx: Tx,
  id: string,
  prepared: PreparedItem,
  extra: { note: string | null; active: boolean },
  now: Date,
): Promise<void> {
  await tx
    .updateTable('enforcement_items')
    .set((eb) => ({
      ...columns(prepared),
      note: extra.note,
      active: extra.active,
      revision: eb('revision', '+', 1),
      updated_at: now,
    }))
    .where('id', '=', id)
    .execute();
  await writeCitations(tx, id, prepared);
  await indexItemWords(tx, id);
}
