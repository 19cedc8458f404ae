// The random draw of a review plan (抽查): reproducible from its recorded seed, so anyone can
// re-run the draw over the same candidate list and get the same files (auditable sampling).

/** mulberry32: a small, well-known 32-bit PRNG; the same seed gives the same sequence everywhere. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Draws up to `count` of `candidates` per group (agency). Candidates are sorted by id first, so the
 * draw depends only on the set and the seed, never on the order a query returned them in.
 */
export function drawSample<T extends { id: string; group: string }>(
  candidates: readonly T[],
  perGroup: number,
  seed: number,
): T[] {
  const groups = new Map<string, T[]>();
  for (const c of [...candidates].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const list = groups.get(c.group) ?? [];
    list.push(c);
    groups.set(c.group, list);
  }
  const next = seededRandom(seed);
  const out: T[] = [];
  for (const group of [...groups.keys()].sort()) {
    const list = [...groups.get(group)!];
    const n = Math.min(perGroup, list.length);
    // Partial Fisher–Yates: the first n places end up a uniform sample without replacement.
    for (let i = 0; i < n; i++) {
      const j = i + Math.floor(next() * (list.length - i));
      [list[i], list[j]] = [list[j], list[i]];
    }
    out.push(...list.slice(0, n));
  }
  return out;
}
