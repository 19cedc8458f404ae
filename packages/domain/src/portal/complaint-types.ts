// What a member of the public may complain about on the portal, and which agency receives it.
// A complaint lands as a lead (案源, 行政处罚法 第54条) with the agency that holds the matching
// enforcement item for the place: the township when it may exercise the item that day (a
// delegated item, 行政处罚法 第24条), otherwise the county department the item belongs to; when the
// type names no item, or no item is known, the township of the place (属地管理).

export interface ComplaintType {
  code: string;
  label: string;
  /** Catalogue items this kind of problem usually falls under (first match wins). */
  itemCodes: readonly string[];
}

export const COMPLAINT_TYPES: readonly ComplaintType[] = [
  { code: 'garbage', label: '乱倒垃圾、焚烧垃圾', itemCodes: ['CSGL-002', 'CSGL-001', 'CSGL-006'] },
  { code: 'construction', label: '违法建设、乱搭乱建', itemCodes: ['ZRZY-005', 'ZRZY-001', 'ZRZY-003'] },
  { code: 'road', label: '占道经营、擅自占用挖掘道路', itemCodes: ['CSGL-020', 'CSGL-019'] },
  { code: 'noise', label: '噪声扰民', itemCodes: ['STHJ-001', 'STHJ-005', 'STHJ-006'] },
  { code: 'smoke', label: '油烟、露天烧烤、焚烧秸秆', itemCodes: ['CSGL-011', 'CSGL-014', 'STHJ-011'] },
  { code: 'dust', label: '工地扬尘、渣土遗撒', itemCodes: ['CSGL-024', 'CSGL-009'] },
  { code: 'greenery', label: '损坏树木花草、占用绿地', itemCodes: ['CSGL-022', 'CSGL-023'] },
  { code: 'other', label: '其他问题', itemCodes: [] },
];

export function complaintTypeOf(code: string): ComplaintType | undefined {
  return COMPLAINT_TYPES.find((t) => t.code === code);
}

export interface ComplaintRoutingFacts {
  townshipId: string;
  /** Item codes the township may exercise on the day of the complaint. */
  townshipItems: ReadonlySet<string>;
  /** The county department each known item belongs to (items missing from the catalogue are absent). */
  departmentOf: ReadonlyMap<string, string>;
}

export interface ComplaintRouting {
  agencyId: string;
  /** The item that decided the agency, if any. */
  itemCode: string | null;
  reason: 'delegatedToTownship' | 'department' | 'township';
}

export function routeComplaint(type: ComplaintType, facts: ComplaintRoutingFacts): ComplaintRouting {
  const held = type.itemCodes.find((c) => facts.townshipItems.has(c));
  if (held) return { agencyId: facts.townshipId, itemCode: held, reason: 'delegatedToTownship' };
  const known = type.itemCodes.find((c) => facts.departmentOf.has(c));
  if (known) return { agencyId: facts.departmentOf.get(known)!, itemCode: known, reason: 'department' };
  return { agencyId: facts.townshipId, itemCode: null, reason: 'township' };
}
