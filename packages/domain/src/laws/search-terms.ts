// Splits a user's search box text into terms for the trigram index of the law library.

// Punctuation and symbols of both scripts separate terms; 《》, quotes and 、 are common in
// pasted law titles and must not end up inside a term.
const SEPARATORS = /[\s\u3000\u200b\p{P}\p{S}]+/u;

/**
 * Terms in the order typed, without duplicates, Latin letters lower-cased. Chinese has no
 * spaces, so a run of characters stays one term; the trigram index matches inside it.
 */
export function searchTerms(query: string): string[] {
  const seen = new Set<string>();
  const terms: string[] = [];
  for (const raw of query.normalize('NFKC').split(SEPARATORS)) {
    const term = raw.toLowerCase();
    if (term.length === 0 || seen.has(term)) continue;
    seen.add(term);
    terms.push(term);
  }
  return terms;
}
