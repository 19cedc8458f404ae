import { sql, type RawBuilder } from 'kysely';
import { searchTerms, type LawLevel } from '@zhifa/domain';
import type { Db } from '../../db/schema';
import { articleCitation } from './queries';

const MAX_TERMS = 8;
// Below this word_similarity a look-alike is noise; exact phrases score far higher.
const FUZZY_THRESHOLD = 0.3;
const SNIPPET_BEFORE = 30;
const SNIPPET_AFTER = 90;

export interface SearchParams {
  q: string;
  level?: LawLevel;
  limit: number;
  offset: number;
}

function likePattern(term: string): string {
  return `%${term.replace(/[%_\\]/g, '\\$&')}%`;
}

const sum = (parts: RawBuilder<number>[]) => sql<number>`(${sql.join(parts, sql` + `)})`;

/** The text around the first word found, so the reader sees the match in its sentence. */
export function snippetOf(text: string, terms: readonly string[]): string {
  const flat = text.replace(/\n/g, ' ');
  const lower = flat.toLowerCase();
  let at = -1;
  for (const t of terms) {
    const i = lower.indexOf(t);
    if (i >= 0 && (at < 0 || i < at)) at = i;
  }
  if (at < 0)
    return flat.length > SNIPPET_BEFORE + SNIPPET_AFTER ? `${flat.slice(0, SNIPPET_BEFORE + SNIPPET_AFTER)}…` : flat;
  const start = Math.max(0, at - SNIPPET_BEFORE);
  const end = Math.min(flat.length, at + SNIPPET_AFTER);
  return `${start > 0 ? '…' : ''}${flat.slice(start, end)}${end < flat.length ? '…' : ''}`;
}

interface HitRow {
  article_id: string;
  label: string;
  number: number;
  suffix: number | null;
  text: string;
  law_id: string;
  short_title: string;
  law_title: string;
  level: LawLevel;
  heading: string;
  title_hits: number;
  score: number;
  total: string | number;
}

/**
 * Articles of the versions in force containing every word (in the article, the headings above it
 * or the law's title). Laws whose title holds the words come first, then articles under a heading
 * holding them (a section 简易程序 is about exactly that), then articles holding more of the
 * words, more often, closer to the typed phrase (pg_trgm word_similarity). When no article contains the
 * words, trigram look-alikes are offered instead.
 */
export async function searchLaws(db: Db, params: SearchParams) {
  const terms = searchTerms(params.q).slice(0, MAX_TERMS);
  const empty = { q: params.q, terms, total: 0, fuzzy: false, laws: [], hits: [] };
  if (terms.length === 0) return empty;
  const phrase = terms.join(' ');
  const levelFilter = params.level ? sql`and v.level = ${params.level}` : sql``;

  const titleHits = sum(terms.map((t) => sql<number>`(case when v.title ilike ${likePattern(t)} then 1 else 0 end)`));
  const headingHits = sum(
    terms.map((t) => sql<number>`(case when a.heading ilike ${likePattern(t)} then 1 else 0 end)`),
  );
  const textHits = sum(terms.map((t) => sql<number>`(case when a.text ilike ${likePattern(t)} then 1 else 0 end)`));
  // How often the words occur, capped so a long article does not win on length alone.
  const occurrences = sum(
    terms.map((t) => sql<number>`least(5, (length(a.text) - length(replace(lower(a.text), ${t}, ''))) / ${t.length})`),
  );
  const everyTerm = sql.join(
    terms.map(
      (t) =>
        sql`(v.title ilike ${likePattern(t)} or a.heading ilike ${likePattern(t)} or a.text ilike ${likePattern(t)})`,
    ),
    sql` and `,
  );

  const select = (where: RawBuilder<unknown>, score: RawBuilder<number>) => sql<HitRow>`
    select a.id as article_id, a.label, a.number, a.suffix, a.text, a.heading,
           l.id as law_id, l.short_title, v.title as law_title, v.level,
           ${titleHits} as title_hits, ${score} as score, count(*) over () as total
    from law_articles a
    join law_versions v on v.id = a.version_id and v.valid_to is null
    join laws l on l.id = v.law_id
    where ${where} ${levelFilter}
    order by title_hits desc, score desc,
      array_position(array['法律','行政法规','地方性法规','规章','其他']::text[], v.level), l.short_title, a.position
    limit ${params.limit} offset ${params.offset}`;

  let fuzzy = false;
  let rows = (
    await select(
      everyTerm,
      sql<number>`(1.5 * ${headingHits} + ${textHits} + 0.1 * ${occurrences} + word_similarity(${phrase}, a.text))::float8`,
    ).execute(db)
  ).rows;
  if (rows.length === 0 && params.offset === 0) {
    const similarity = sql<number>`word_similarity(${phrase}, a.text)`;
    rows = (await select(sql`${similarity} >= ${FUZZY_THRESHOLD}`, sql<number>`${similarity}::float8`).execute(db))
      .rows;
    fuzzy = rows.length > 0;
  }

  const laws = await sql<{ id: string; short_title: string; title: string; level: LawLevel }>`
    select l.id, l.short_title, v.title, v.level
    from laws l join law_versions v on v.law_id = l.id and v.valid_to is null
    where (${sum(terms.map((t) => sql<number>`(case when v.title ilike ${likePattern(t)} then 1 else 0 end)`))}) > 0 ${levelFilter}
    order by ${titleHits} desc, l.short_title
    limit 10`.execute(db);

  return {
    q: params.q,
    terms,
    total: rows.length > 0 ? Number(rows[0].total) : 0,
    fuzzy,
    laws: laws.rows.map((l) => ({ id: l.id, shortTitle: l.short_title, title: l.title, level: l.level })),
    hits: rows.map((r) => ({
      articleId: r.article_id,
      lawId: r.law_id,
      shortTitle: r.short_title,
      lawTitle: r.law_title,
      level: r.level,
      label: r.label,
      heading: r.heading,
      citation: articleCitation(r.short_title, r.number, r.suffix),
      snippet: snippetOf(r.text, terms),
      titleMatch: Number(r.title_hits) > 0,
      score: Number(r.score),
    })),
  };
}
