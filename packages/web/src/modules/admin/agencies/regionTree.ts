import type { Region } from '@zhifa/contract';

export interface RegionNode {
  value: string;
  title: string;
  children?: RegionNode[];
}

/** Regions as a tree for TreeSelect; a region whose parent is not in the list becomes a root. */
export function regionTree(regions: Region[]): RegionNode[] {
  const nodes = new Map<string, RegionNode>();
  for (const r of regions) {
    nodes.set(r.code, { value: r.code, title: `${r.name}（${r.code}）${r.provisional ? '·暂定' : ''}` });
  }
  const roots: RegionNode[] = [];
  for (const r of regions) {
    const node = nodes.get(r.code)!;
    const parent = r.parentCode ? nodes.get(r.parentCode) : undefined;
    if (parent) (parent.children ??= []).push(node);
    else roots.push(node);
  }
  return roots;
}
