import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { notFound } from '../../platform/errors';
import { resolveCitation } from '../laws/resolve-citation';
import { holdersOn } from '../delegation/holders';
import type { AppContext } from '../../platform/context';
import { findItem } from './queries';

/**
 * One item with the text of each cited provision (resolved again, so a law imported since shows
 * its current wording and link) and the townships that may exercise it today.
 */
export async function itemDetail(app: AppContext, db: Kysely<DB>, id: string) {
  const item = await findItem(db, { id });
  if (!item) throw notFound();
  const withText = async (list: typeof item.basis) =>
    Promise.all(
      list.map(async (c) => {
        const r = await resolveCitation(db, c.citation);
        return r.ok ? { ...c, articleId: r.articleId, text: r.text } : { ...c, text: null };
      }),
    );
  const { departmentRegion: _region, ...view } = item;
  return {
    ...view,
    basis: await withText(item.basis),
    penaltyBasis: await withText(item.penaltyBasis),
    delegatedTo: await holdersOn(db, item.code, app.today()),
  };
}
