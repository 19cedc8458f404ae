/** A new identifier inside the case (笔录、保存、措施编号): prefix + the next number not yet used. */
export function nextId(prefix: string, existing: readonly string[]): string {
  let n = existing.length + 1;
  while (existing.includes(`${prefix}${n}`)) n += 1;
  return `${prefix}${n}`;
}
