// A dashboard figure, once computed for a scope and filter, is served as it is for
// config.dashboardCacheSeconds (ADR 0024). Everyone who watches the county's cockpit then costs
// the database one computation a minute, not one per page load: on PGlite every read holds the one
// connection the case commands need. Concurrent reads of the same figure share one computation.
import type { AppContext } from '../../platform/context';

interface Entry {
  until: number;
  value: Promise<unknown>;
}

const MAX_ENTRIES = 2_000;
const caches = new WeakMap<AppContext, Map<string, Entry>>();

export function cachedFigure<T>(app: AppContext, key: string, compute: () => Promise<T>): Promise<T> {
  const ttlMs = app.config.dashboardCacheSeconds * 1000;
  if (ttlMs <= 0) return compute();
  let cache = caches.get(app);
  if (!cache) caches.set(app, (cache = new Map()));
  const now = app.now().getTime();
  const hit = cache.get(key);
  if (hit && hit.until > now) return hit.value as Promise<T>;
  const entry: Entry = { until: now + ttlMs, value: compute() };
  cache.set(key, entry);
  // A failed computation is not served to the next reader.
  entry.value.catch(() => {
    if (cache.get(key) === entry) cache.delete(key);
  });
  if (cache.size > MAX_ENTRIES) {
    for (const [k, e] of cache) if (e.until <= now) cache.delete(k);
    // Still full: the oldest entries (a Map keeps insertion order) go.
    for (const k of cache.keys()) {
      if (cache.size <= MAX_ENTRIES) break;
      cache.delete(k);
    }
  }
  return entry.value as Promise<T>;
}
