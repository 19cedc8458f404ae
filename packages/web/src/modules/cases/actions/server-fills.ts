// Numbers the server issues inside the command's transaction (文号、档案号): a client never chooses
// them. The domain's payload check still wants the field, so it is checked with a stand-in and
// sent without it.
const STAND_IN = '（提交后由系统编号）';

type Path = readonly string[];

function walk(obj: Record<string, unknown>, path: Path, fn: (parent: Record<string, unknown>, key: string) => void) {
  let node: unknown = obj;
  for (const key of path.slice(0, -1)) {
    if (!node || typeof node !== 'object') return;
    node = (node as Record<string, unknown>)[key];
  }
  if (node && typeof node === 'object') fn(node as Record<string, unknown>, path[path.length - 1]);
}

export function withStandIns(payload: unknown, paths: readonly Path[]): unknown {
  const copy = JSON.parse(JSON.stringify(payload ?? {})) as Record<string, unknown>;
  paths.forEach((p) => walk(copy, p, (parent, key) => (parent[key] = STAND_IN)));
  return copy;
}

export function withoutServerFields(payload: unknown, paths: readonly Path[]): unknown {
  const copy = JSON.parse(JSON.stringify(payload ?? {})) as Record<string, unknown>;
  paths.forEach((p) => walk(copy, p, (parent, key) => delete parent[key]));
  return copy;
}
