/**
 * Form values → payload: strings trimmed, empty strings, nulls and undefined dropped, objects left
 * empty by that dropped too. Arrays are kept (an empty list can be a valid answer).
 */
export function clean(value: unknown): unknown {
  if (typeof value === 'string') {
    const t = value.trim();
    return t === '' ? undefined : t;
  }
  if (Array.isArray(value)) return value.map(clean).filter((v) => v !== undefined);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const c = clean(v);
      if (c !== undefined) out[k] = c;
    }
    return Object.keys(out).length ? out : undefined;
  }
  return value === null ? undefined : value;
}

export function cleanObject(value: unknown): Record<string, unknown> {
  return (clean(value) as Record<string, unknown> | undefined) ?? {};
}
