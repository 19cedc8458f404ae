// Who may act on what: which items an agency may exercise on a date, and whose case an agency
// may act in. Townships and streets hold only the powers the county devolved to them by a
// published decision (行政处罚法 第24条); a county department holds the powers of its own list
// (第17条: within its statutory competence).
import type { DelegationIndex } from './delegation';

/** Agency kinds that exercise devolved powers (乡镇人民政府, 街道办事处; 行政处罚法 第24条). */
export const DEVOLVED_POWER_AGENCY_KINDS = ['township', 'street'] as const;

/** Does an agency of this kind act under powers devolved by the county (第24条), not powers of its own? */
export function exercisesDevolvedPowers(kind: string): boolean {
  return (DEVOLVED_POWER_AGENCY_KINDS as readonly string[]).includes(kind);
}

export interface ExercisingAgency {
  id: string;
  kind: string;
}

/** An enforcement item as the catalogue holds it: whether it is in force, and the department that owns it. */
export interface CatalogueItemHolder {
  active: boolean;
  departmentId: string;
}

/**
 * May the agency exercise the item on the date? An item missing from the catalogue or withdrawn
 * from it is nobody's to exercise. A township or street exercises it while a published
 * delegation covers the date (第24条; `delegation` answers that, from the county's decisions);
 * a county department exercises the items it owns (第17条), and no other department's.
 */
export function mayExerciseItem(
  agency: ExercisingAgency,
  itemCode: string,
  item: CatalogueItemHolder | undefined,
  date: string,
  delegation: Pick<DelegationIndex, 'isExercisable'> | null,
): boolean {
  if (!item || !item.active) return false;
  if (exercisesDevolvedPowers(agency.kind)) return delegation?.isExercisable(agency.id, itemCode, date) ?? false;
  return item.departmentId === agency.id;
}

/** Every item of a case action must be exercisable; undefined when the action names no item. */
export function mayExerciseItems(
  agency: ExercisingAgency,
  items: readonly { code: string; item: CatalogueItemHolder | undefined }[],
  date: string,
  delegation: Pick<DelegationIndex, 'isExercisable'> | null,
): boolean | undefined {
  if (items.length === 0) return undefined;
  return items.every((i) => mayExerciseItem(agency, i.code, i.item, date, delegation));
}

/**
 * May an agency act in a case? Only the agency that handles the case acts in it: the case is its
 * own act, done in its own name (第17条, 第24条), and the agency that filed first handles it
 * (第25条第1款). A county department guides and supervises its townships' enforcement (第24条第3款)
 * and reads their cases, but never acts in them.
 */
export function mayActInCase(actorAgencyId: string | null, caseAgencyId: string): boolean {
  return actorAgencyId !== null && actorAgencyId === caseAgencyId;
}
