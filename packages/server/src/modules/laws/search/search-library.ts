// One search over the enforcement items and the law library, in officers' words.
//
// The query is normalised (numbers, variants), thesaurus entries found in it become concepts whose
// alternatives are the law's own words, and the rest is segmented into words (jieba). PostgreSQL
// finds the candidates through the stored words (tsvector, 'simple'), and trigram similarity
// stands in for a word the library does not hold (a typo, a partial word). The ranking is done
// here, where a phrase can be told from scattered words and the signals that matter are at hand:
// penalty articles, articles items cite, the township's delegated items, the version in force.

import { sql } from 'kysely';
import { normaliseLawText, WORD_VARIANTS } from '@zhifa/domain';
import type { Db } from '../../../db/schema';
import { exercisableItems } from '../../delegation/exercisable';
import { articleCitation } from '../queries';
import { cacheKeyQuery, libraryCache, type CachedArticle, type LibraryCache, type VersionInfo } from './library-cache';
import { isDictionaryWord, phraseWords, queryWords } from './segmenter';
import { loadThesaurus, matchThesaurus, type LoadedThesaurus, type ThesaurusEntry } from './thesaurus';
import { PROCEDURE_DOMAIN, PROCEDURE_LAWS } from './thesaurus-data';

export { isPenaltyArticle } from './library-cache';

export interface FindParams {
  q: string;
  /** The date whose versions are in force (today, or a case's act date). */
  date: string;
  limit: number;
  /** The searching officer's agency: its delegated items rank first. */
  agencyId: string | null;
}

interface Alternative {
  /** As written (the law's spelling), for highlighting in the original text. */
  raw: string;
  /** Normalised, for matching. */
  text: string;
  /** Words that must all occur for a scattered match. */
  words: string[];
  idf: number;
  /** The thesaurus lists the law's words best first: later ones count a little less. */
  prior: number;
}

interface Concept {
  source: string;
  /** What was typed when the word was corrected (烧考 for 烧烤). */
  typed: string | null;
  entry: ThesaurusEntry | null;
  alternatives: Alternative[];
  weight: number;
  /** No word of it is in the library: matched by trigram similarity instead. */
  unknown: boolean;
  /** This concept's words and the next one's as typed side by side (公告送达), when they were. */
  adjacentNext?: string;
  /** Where it stands in the normalised query. */
  start: number;
  end: number;
}

export type MatchKind = 'phrase' | 'words' | 'title' | 'fuzzy';

export interface Reason {
  term: string;
  kind: MatchKind;
  matched: string;
  thesaurus: { id: string; term: string; expansions: string[] } | null;
}

const MAX_CONCEPTS = 8;
const MIN_CORRECTION_DF = 5;
const SEPARATORS = /[\s\u3000\p{P}\p{S}]+/gu;
const MULTI_CHAR_VARIANTS = Object.entries(WORD_VARIANTS).filter(([k]) => k.length > 1);

function idfOf(lib: LibraryCache, word: string): number {
  const df = lib.df.get(word) ?? 0;
  return df === 0 ? 0 : Math.log((lib.articleCount + 1) / (df + 0.5));
}

const significant = (words: string[]) => {
  const long = words.filter((w) => w.length >= 2 || /\d/.test(w));
  return long.length > 0 ? long : words;
};

function alternative(lib: LibraryCache, raw: string, prior: number): Alternative {
  const text = normaliseLawText(raw);
  const words = [...new Set(significant(phraseWords(raw)))];
  const idf = Math.max(0, ...words.map((w) => idfOf(lib, w)));
  return { raw, text, words, idf, prior };
}

// ── the query ──

export function normaliseQuery(q: string): string {
  let n = normaliseLawText(q);
  for (const [from, to] of MULTI_CHAR_VARIANTS) n = n.split(from).join(to);
  return n.replace(SEPARATORS, ' ').trim();
}

/**
 * The library's word one character away from a word it does not hold (烧考 → 烧烤, 净话 → 净化,
 * 噪聲 → 噪声), or a known word it is the start of (规划许 → 规划许可): typos and partial words.
 * A candidate keeping the first character is preferred (a wrong homophone is picked for the later
 * characters more often), then the most frequent.
 */
export function correctWord(lib: LibraryCache, word: string): string | null {
  const chars = [...word];
  if (chars.length < 2 || !/\p{Script=Han}/u.test(word)) return null;
  // A correction must be a word the library uses often enough to be the likely intent.
  const common = (w: string) => (lib.df.get(w) ?? 0) >= MIN_CORRECTION_DF;
  let other: string | null = null;
  for (const w of lib.vocabulary.get(chars.length) ?? []) {
    if (!common(w)) break;
    const wc = [...w];
    let diff = 0;
    for (let i = 0; i < wc.length && diff <= 1; i++) if (wc[i] !== chars[i]) diff++;
    if (diff !== 1) continue;
    if (wc[0] === chars[0]) return w;
    // In a two-character word, a changed first character leaves too little of what was typed.
    if (chars.length > 2) other ??= w;
  }
  if (other) return other;
  for (let len = chars.length + 1; len <= chars.length + 3; len++) {
    for (const w of lib.vocabulary.get(len) ?? []) {
      if (!common(w)) break;
      if (w.startsWith(word)) return w;
    }
  }
  return null;
}

const known = (lib: LibraryCache, w: string) => (lib.df.get(w) ?? 0) > 0;
// A word holding one of these is a way of asking (由谁, 前要, 不缴), not a mistyped term.
const FUNCTION_CHARS = /[谁要不吗呢了的是有在把被给么啥咋哪几多少怎该能会可还都也就]/;
const correctable = (lib: LibraryCache, w: string) => !known(lib, w) && !FUNCTION_CHARS.test(w) && !isDictionaryWord(w);

/**
 * The query with typos read as the library's words, before the thesaurus looks at it. A word the
 * library does not hold is corrected; a lone character the library never uses alone is tried
 * together with the word before it (牵引代 → 牵引带). Words the thesaurus knows stay as typed.
 */
function correctQuery(
  lib: LibraryCache,
  thesaurus: LoadedThesaurus,
  normalised: string,
): { text: string; corrections: Map<string, string> } {
  const corrections = new Map<string, string>();
  // What the thesaurus recognises is left as typed.
  const covered = new Array<boolean>(normalised.length).fill(false);
  for (const h of matchThesaurus(thesaurus, normalised))
    if (h.end - h.start > 1) for (let i = h.start; i < h.end; i++) covered[i] = true;
  const free = (at: number, len: number) => {
    for (let i = at; i < at + len; i++) if (covered[i]) return false;
    return true;
  };
  const tokens = phraseWords(normalised);
  const edits: { at: number; from: string; to: string }[] = [];
  let cursor = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const at = normalised.indexOf(t, cursor);
    if (at < 0) continue;
    cursor = at + t.length;
    const next = tokens[i + 1];
    if (
      next &&
      [...next].length === 1 &&
      (lib.df.get(next) ?? 0) < 3 &&
      /\p{Script=Han}/u.test(next) &&
      normalised.startsWith(next, cursor)
    ) {
      const joined = t + next;
      if (correctable(lib, joined) && free(at, joined.length)) {
        const fixed = correctWord(lib, joined);
        if (fixed && [...fixed][0] === [...joined][0]) {
          edits.push({ at, from: joined, to: fixed });
          corrections.set(fixed, joined);
          cursor = at + joined.length;
          i++;
          continue;
        }
      }
    }
    // A real word the library happens not to use (门口, 楼顶) is not a typo.
    if ([...t].length >= 2 && correctable(lib, t) && free(at, t.length)) {
      const fixed = correctWord(lib, t);
      if (fixed) {
        edits.push({ at, from: t, to: fixed });
        corrections.set(fixed, t);
      }
    }
  }
  let text = normalised;
  for (const e of edits.reverse()) text = text.slice(0, e.at) + e.to + text.slice(e.at + e.from.length);
  return { text, corrections };
}

function planQuery(
  q: string,
  lib: LibraryCache,
  thesaurus: LoadedThesaurus,
): { concepts: Concept[]; corrections: Map<string, string>; literal: string[] } {
  const { text: normalised, corrections } = correctQuery(lib, thesaurus, normaliseQuery(q));
  const tokens = new Set(phraseWords(normalised));
  // A one-character entry (卖, 烧) stands for a verb typed alone, not for a character inside a word.
  const hits = matchThesaurus(thesaurus, normalised).filter((h) => h.end - h.start > 1 || tokens.has(h.entry.term));
  const concepts: Concept[] = [];
  const seen = new Set<string>();
  const add = (c: Concept) => {
    if (seen.has(c.source) || concepts.length >= MAX_CONCEPTS) return;
    seen.add(c.source);
    concepts.push(c);
  };
  let rest = '';
  let at = 0;
  for (const h of hits) {
    rest += `${normalised.slice(at, h.start)} `;
    at = h.end;
    const alternatives = [h.entry.term, ...h.entry.expansions].map((raw, i) =>
      alternative(lib, raw, i <= 1 ? 1 : Math.max(0.6, 1 - 0.1 * (i - 1))),
    );
    const idf = Math.max(...alternatives.map((a) => a.idf));
    add({
      source: h.entry.term,
      typed: null,
      entry: h.entry,
      alternatives,
      weight: 1.3 * Math.min(8, Math.max(1.5, idf)),
      unknown: idf === 0,
      start: h.start,
      end: h.end,
    });
  }
  rest += normalised.slice(at);
  const words = queryWords(rest);
  // A lone character (罚, 狗) says little next to real words; kept only when it is all there is.
  const kept = words.filter((w) => w.length >= 2 || /\d/.test(w));
  let cursor = 0;
  for (const w of kept.length > 0 || concepts.length > 0 ? kept : words) {
    const alt = alternative(lib, w, 1);
    const found = normalised.indexOf(w, cursor);
    const start = found >= 0 ? found : -1;
    if (found >= 0) cursor = found + w.length;
    add({
      source: w,
      typed: corrections.get(w) ?? null,
      entry: null,
      alternatives: [alt],
      weight: Math.min(8, Math.max(1, alt.idf)),
      unknown: alt.idf === 0,
      start,
      end: start >= 0 ? start + w.length : -1,
    });
  }
  concepts.sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < concepts.length; i++) {
    const a = concepts[i];
    const b = concepts[i + 1];
    if (a.start >= 0 && a.end === b.start) a.adjacentNext = normalised.slice(a.start, b.end);
  }
  // The words as typed, thesaurus or not: a text that holds them verbatim gains a little.
  const literal = [...new Set(queryWords(normalised).filter((w) => w.length >= 2))];
  return { concepts, corrections, literal };
}

function literalShare(literal: string[], text: string): number {
  if (literal.length === 0) return 0;
  let n = 0;
  for (const w of literal) if (text.includes(w)) n++;
  return n / literal.length;
}

/**
 * For each alternative, its two rarest words: enough to find every text holding it. A word in
 * more than a tenth of the articles (罚款, 规定) finds too much to be worth reading, unless the
 * query has nothing rarer.
 */
function retrievalWords(lib: LibraryCache, concepts: Concept[]): string[] {
  const common = lib.articleCount * 0.1;
  const out = new Set<string>();
  const fallback = new Set<string>();
  for (const c of concepts) {
    for (const a of c.alternatives) {
      const known = a.words
        .filter((w) => (lib.df.get(w) ?? 0) > 0)
        .sort((x, y) => (lib.df.get(x) ?? 0) - (lib.df.get(y) ?? 0));
      for (const w of known.slice(0, 2)) ((lib.df.get(w) ?? 0) > common ? fallback : out).add(w);
    }
  }
  const words = out.size > 0 ? out : fallback;
  return [...words].filter((w) => !/["'()|&!:<>-]/.test(w));
}

// ── matching one text against the concepts ──

interface TextMatch {
  coverage: number;
  /** Share of neighbouring query words found side by side as typed (公告 + 送达 = 公告送达). */
  adjacency: number;
  phrases: number;
  /** Concepts from the procedure part of the thesaurus that matched. */
  procedure: number;
  reasons: Reason[];
  highlights: string[];
}

const reasonOf = (c: Concept, kind: MatchKind, matched: string): Reason => ({
  term: c.typed ?? c.source,
  kind,
  matched,
  thesaurus: c.entry ? { id: c.entry.id, term: c.entry.term, expansions: c.entry.expansions } : null,
});

function occurrences(text: string, phrase: string): number {
  let n = 0;
  for (let i = text.indexOf(phrase); i >= 0 && n < 5; i = text.indexOf(phrase, i + phrase.length)) n++;
  return n;
}

function matchText(
  concepts: Concept[],
  t: { norm: string; heading: string; title: string; original: string },
  fuzzy: Map<number, number> | undefined,
): TextMatch {
  let total = 0;
  let got = 0;
  let phrases = 0;
  let procedure = 0;
  const reasons: Reason[] = [];
  const highlights: string[] = [];
  concepts.forEach((c, i) => {
    total += c.weight;
    let best = 0;
    let reason: Reason | null = null;
    let marks: string[] = [];
    let breadth = 0;
    for (const a of c.alternatives) {
      if (!a.text) continue;
      const inText = occurrences(t.norm, a.text);
      const inHeading = t.heading.includes(a.text);
      if (inText > 0 || inHeading) {
        breadth++;
        // More of it, or a heading that names it, says the article is about it.
        const q = a.prior + 0.03 * Math.max(0, inText - 1) + (inHeading ? 0.1 : 0);
        if (q > best) {
          best = q;
          reason = reasonOf(c, c.typed ? 'fuzzy' : 'phrase', a.raw);
          marks = [a.raw];
        }
        continue;
      }
      if (a.words.length > 1) {
        const present = a.words.filter((w) => t.norm.includes(w) || t.heading.includes(w));
        const share = present.length / a.words.length;
        const q = (share === 1 ? 0.55 : share >= 0.5 ? 0.25 * share : 0) * a.prior;
        if (q > best) {
          best = q;
          reason = reasonOf(c, 'words', present.join(' '));
          marks = present;
        }
      }
    }
    if (best < 0.4 && t.title) {
      for (const a of c.alternatives) {
        if (a.text && t.title.includes(a.text) && 0.4 > best) {
          best = 0.4;
          reason = reasonOf(c, 'title', a.raw);
          marks = [];
        }
      }
    }
    const f = fuzzy?.get(i);
    if (f !== undefined && f * 0.8 > best) {
      best = f * 0.8;
      reason = reasonOf(c, 'fuzzy', c.source);
      marks = [];
    }
    if (best > 0 && reason) {
      // An article that holds several of the law's words for the concept is squarely about it.
      best += 0.05 * Math.min(3, Math.max(0, breadth - 1));
      got += c.weight * best;
      if (reason.kind === 'phrase') phrases++;
      if (c.entry?.domain === PROCEDURE_DOMAIN) procedure++;
      reasons.push(reason);
      for (const m of marks) if (t.original.includes(m)) highlights.push(m);
    }
  });
  let pairs = 0;
  let together = 0;
  for (let i = 0; i + 1 < concepts.length; i++) {
    const joined = concepts[i].adjacentNext;
    if (!joined) continue;
    pairs++;
    if (t.norm.includes(joined) || t.heading.includes(joined)) together++;
  }
  return {
    coverage: total > 0 ? got / total : 0,
    adjacency: pairs > 0 ? together / pairs : 0,
    phrases,
    procedure,
    reasons,
    highlights,
  };
}

const SNIPPET_BEFORE = 30;
const SNIPPET_AFTER = 110;
function snippetAround(text: string, marks: readonly string[]): string {
  const flat = text.replace(/\n/g, ' ');
  let at = -1;
  for (const m of marks) {
    const i = flat.indexOf(m);
    if (i >= 0 && (at < 0 || i < at)) at = i;
  }
  if (at < 0) at = 0;
  const start = Math.max(0, at - SNIPPET_BEFORE);
  const end = Math.min(flat.length, at + SNIPPET_AFTER);
  return `${start > 0 ? '…' : ''}${flat.slice(start, end)}${end < flat.length ? '…' : ''}`;
}

type VersionRelation = 'inForce' | 'older' | 'newer';
function relationOn(date: string, v: Pick<VersionInfo, 'validFrom' | 'validTo'>): VersionRelation {
  if (v.validFrom > date) return 'newer';
  if (v.validTo !== null && v.validTo < date) return 'older';
  return 'inForce';
}

const bigrams = (s: string) => {
  const out = new Set<string>();
  for (let i = 0; i + 1 < s.length; i++) out.add(s.slice(i, i + 2));
  return out;
};
/** Character-bigram overlap, the fuzzy match on short item names (no round trip). */
function bigramSimilarity(word: string, text: string): number {
  const ga = bigrams(word);
  if (ga.size === 0) return 0;
  const gb = bigrams(text);
  let n = 0;
  for (const g of ga) if (gb.has(g)) n++;
  return n / ga.size;
}

const round = (n: number) => Math.round(n * 1000) / 1000;

interface SearchState {
  thesaurus_version: number;
  key: string;
}
// The versions the last search saw: the next one plans with the copies they name and checks them
// in the same statement that finds its candidates (one round trip, not two).
let lastState: SearchState | null = null;

async function prepare(db: Db, params: FindParams, st: SearchState) {
  const [thesaurus, lib] = await Promise.all([
    loadThesaurus(db, `${st.key.split(':')[0]}:${st.thesaurus_version}`),
    libraryCache(db, st.key),
  ]);
  const plan = planQuery(params.q, lib, thesaurus);
  const words = plan.concepts.length > 0 ? retrievalWords(lib, plan.concepts) : [];
  return { lib, ...plan, tsq: words.join(' or ') };
}

export async function searchLibrary(db: Db, params: FindParams) {
  let st = lastState ?? (await cacheKeyQuery.execute(db)).rows[0];
  let prepared = await prepare(db, params, st);
  // Candidates: ids only (the texts are in the cache), articles and items, with the versions.
  const candidates = new Map<string, 'a' | 'i'>();
  for (let attempt = 0; ; attempt++) {
    const rows = await sql<{ id: string; k: 'a' | 'i' | 's'; v: number }>`
      select epoch || ':' || library_version as id, 's' as k, thesaurus_version as v from search_state
      ${
        prepared.tsq
          ? sql`union all
      select id::text, 'a', 0 from law_articles where words @@ websearch_to_tsquery('simple', ${prepared.tsq})
      union all
      select id::text, 'i', 0 from enforcement_items where words @@ websearch_to_tsquery('simple', ${prepared.tsq})`
          : sql``
      }`.execute(db);
    const state = rows.rows.find((r) => r.k === 's')!;
    const now = { thesaurus_version: Number(state.v), key: state.id };
    if ((now.key !== st.key || now.thesaurus_version !== st.thesaurus_version) && attempt === 0) {
      st = now;
      lastState = now;
      prepared = await prepare(db, params, st);
      continue;
    }
    lastState = now;
    for (const r of rows.rows) if (r.k !== 's') candidates.set(r.id, r.k);
    break;
  }
  const { lib, concepts, corrections, literal } = prepared;
  const base = {
    q: params.q,
    date: params.date,
    terms: concepts.map((c) => c.source),
    corrections: [...corrections].map(([word, typed]) => ({ typed, word })),
    thesaurus: concepts
      .filter((c) => c.entry)
      .map((c) => ({ id: c.entry!.id, term: c.entry!.term, expansions: c.entry!.expansions, domain: c.entry!.domain })),
  };
  if (concepts.length === 0) return { ...base, fuzzy: false, items: [], articles: [] };
  const unknown = concepts.map((c, i) => ({ c, i })).filter((x) => x.c.unknown);

  const fuzzyScores = new Map<string, Map<number, number>>();
  // The fallback when the words find (almost) nothing: trigram look-alikes for a word the library
  // does not hold (pg_trgm's index answers `<%`, word similarity ≥ 0.6). Two Chinese characters
  // make too few trigrams to compare, so only longer words.
  const trigramWords = unknown.filter((u) => [...u.c.source].length >= 3).slice(0, 2);
  const found = [...candidates.values()].filter((k) => k === 'a').length;
  if (trigramWords.length > 0 && found < 5) {
    const rows = await sql<{ id: string; i: number; s: number }>`
      ${sql.join(
        trigramWords.map(
          (u) => sql`(select a.id, ${u.i}::int as i, word_similarity(${u.c.source}, a.text)::float8 as s
                     from law_articles a where ${u.c.source} <% a.text
                     order by s desc limit 60)`,
        ),
        sql` union all `,
      )}`.execute(db);
    for (const r of rows.rows) {
      const m = fuzzyScores.get(r.id) ?? new Map<number, number>();
      m.set(Number(r.i), Number(r.s));
      fuzzyScores.set(r.id, m);
      candidates.set(r.id, 'a');
    }
  }

  const delegated = params.agencyId ? await exercisableItems(db, params.agencyId, params.date) : new Set<string>();

  // Items: names are close to how officers speak.
  const items = [...lib.items.values()]
    .filter((it) => candidates.get(it.id) === 'i' || unknown.length > 0)
    .map((it) => {
      const fuzzy = new Map<number, number>();
      for (const u of unknown) fuzzy.set(u.i, bigramSimilarity(u.c.source, it.norm));
      const m = matchText(concepts, { norm: it.norm, heading: '', title: '', original: it.name }, fuzzy);
      const own = delegated.has(it.code);
      const score =
        m.coverage *
        (1 + 0.05 * m.phrases + 0.3 * m.adjacency + 0.15 * literalShare(literal, it.norm)) *
        (own ? 1.2 : 1) *
        (it.active ? 1 : 0.5);
      return { it, m, own, score };
    })
    .filter((x) => x.m.coverage >= 0.3)
    .sort((a, b) => b.score - a.score || a.it.code.localeCompare(b.it.code));

  // What the best items cite is part of the answer even where the article words it otherwise.
  const itemBoost = new Map<string, number>();
  for (const x of items.slice(0, 8)) {
    for (const c of x.it.citations) {
      if (!c.articleId) continue;
      const v = x.score * (c.role === 'penalty' ? 0.35 : 0.25);
      itemBoost.set(c.articleId, Math.max(itemBoost.get(c.articleId) ?? 0, v));
      if (!candidates.has(c.articleId)) candidates.set(c.articleId, 'a');
    }
  }

  const scored: {
    a: CachedArticle;
    m: TextMatch;
    relation: VersionRelation;
    version: VersionInfo | undefined;
    score: number;
  }[] = [];
  for (const [id, kind] of candidates) {
    if (kind !== 'a') continue;
    const a = lib.articles.get(id);
    if (!a) continue;
    const m = matchText(
      concepts,
      { norm: a.norm, heading: a.normHeading, title: a.normTitle, original: `${a.heading} ${a.text}` },
      fuzzyScores.get(id),
    );
    const boost = itemBoost.get(id) ?? 0;
    if (m.coverage < 0.2 && boost === 0) continue;
    const citedBy = lib.citedBy.get(id) ?? [];
    const version = lib.versions.get(a.lawId)?.find((v) => v.id === a.versionId);
    const relation = version ? relationOn(params.date, version) : 'inForce';
    // Words found side by side as typed beat the same words scattered.
    let score = m.coverage * (1 + 0.05 * m.phrases + 0.3 * m.adjacency + 0.15 * literalShare(literal, a.norm)) + boost;
    if (a.penalty) score *= 1.2;
    if (citedBy.length > 0) score *= citedBy.some((c) => delegated.has(c.code)) ? 1.25 : 1.15;
    // A procedure question is answered by the procedure laws before a sector law's passing mention.
    if (m.procedure > 0) score *= PROCEDURE_LAWS.get(a.shortTitle) ?? 1;
    if (relation !== 'inForce') score *= 0.5;
    // A long article that holds the words only scattered is less about them.
    if (m.phrases === 0 && a.text.length > 400) score *= 0.85;
    scored.push({ a, m, relation, version, score });
  }

  // One entry per article across versions: the best-scoring (normally the one in force); the
  // other versions are listed with it, marked older or newer.
  const best = new Map<string, (typeof scored)[number]>();
  for (const x of scored) {
    const key = `${x.a.lawId}/${x.a.number}/${x.a.suffix ?? 0}`;
    const cur = best.get(key);
    if (!cur || x.score > cur.score) best.set(key, x);
  }
  const articles = [...best.values()]
    .sort((a, b) => b.score - a.score || a.a.shortTitle.localeCompare(b.a.shortTitle) || a.a.number - b.a.number)
    .slice(0, params.limit)
    .map((x) => ({
      articleId: x.a.id,
      lawId: x.a.lawId,
      versionId: x.a.versionId,
      shortTitle: x.a.shortTitle,
      lawTitle: x.a.lawTitle,
      level: x.a.level,
      label: x.a.label,
      heading: x.a.heading,
      citation: articleCitation(x.a.shortTitle, x.a.number, x.a.suffix),
      snippet: snippetAround(x.a.text, x.m.highlights),
      highlights: [...new Set(x.m.highlights)],
      reasons: x.m.reasons,
      penalty: x.a.penalty,
      citedBy: (lib.citedBy.get(x.a.id) ?? []).map((c) => ({ ...c, delegated: delegated.has(c.code) })),
      version: {
        versionDate: x.version?.versionDate ?? '',
        validFrom: x.version?.validFrom ?? '',
        validTo: x.version?.validTo ?? null,
        relation: x.relation,
      },
      otherVersions: (lib.versions.get(x.a.lawId) ?? [])
        .filter((v) => v.id !== x.a.versionId)
        .map((v) => ({ versionId: v.id, versionDate: v.versionDate, relation: relationOn(params.date, v) })),
      score: round(x.score),
    }));

  return {
    ...base,
    fuzzy:
      corrections.size > 0 ||
      (unknown.length > 0 && (fuzzyScores.size > 0 || items.some((i) => i.m.reasons.some((r) => r.kind === 'fuzzy')))),
    items: items.slice(0, params.limit).map((x) => ({
      itemId: x.it.id,
      code: x.it.code,
      name: x.it.name,
      kind: x.it.kind,
      domain: x.it.domain,
      active: x.it.active,
      delegated: x.own,
      highlights: [...new Set(x.m.highlights)],
      reasons: x.m.reasons,
      articles: x.it.citations.map((c) => ({ articleId: c.articleId, citation: c.citation, role: c.role })),
      score: round(x.score),
    })),
    articles,
  };
}
