// Turns one item as a user wrote it (form or spreadsheet row) into a checked catalogue entry:
// the domain row rules, the owning department, and every cited provision resolved in the law
// library. All problems of the row come back together.

import {
  ENFORCEMENT_ITEM_COLUMNS,
  formatCitation,
  parseCitation,
  isCountyReservedItem,
  validateEnforcementItemRow,
  type CountyReservationOptions,
  type EnforcementItem,
  type EnforcementItemRow,
  type ImportRowError,
  type LawCitation,
} from '@zhifa/domain';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { CitationRole } from '../../db/tables/catalogue';
import { resolveCitation, type CitationResolution } from '../laws/resolve-citation';

export interface Department {
  id: string;
  name: string;
  shortName: string;
  regionCode: string;
}

/** County bodies that may own catalogue items, looked up by id, full name or short name. */
export class DepartmentDirectory {
  private readonly byKey = new Map<string, Department>();
  constructor(readonly all: Department[]) {
    for (const d of all) {
      this.byKey.set(d.id, d);
      this.byKey.set(d.name, d);
      this.byKey.set(d.shortName, d);
    }
  }
  find(key: string): Department | undefined {
    return this.byKey.get(key.trim());
  }
}

export async function loadDepartments(db: Kysely<DB>): Promise<DepartmentDirectory> {
  const rows = await db
    .selectFrom('agencies')
    .select(['id', 'name', 'short_name', 'region_code'])
    .where('kind', 'in', ['countyDepartment', 'countyGovernment', 'judicialBureau'])
    .orderBy('name')
    .execute();
  return new DepartmentDirectory(
    rows.map((r) => ({ id: r.id, name: r.name, shortName: r.short_name, regionCode: r.region_code })),
  );
}

/** Resolves each distinct citation once per request (an import cites the same articles often). */
export class CitationResolver {
  private readonly cache = new Map<string, Promise<CitationResolution>>();
  constructor(private readonly db: Kysely<DB>) {}
  resolve(c: LawCitation): Promise<CitationResolution> {
    const key = formatCitation(c);
    let hit = this.cache.get(key);
    if (!hit) this.cache.set(key, (hit = resolveCitation(this.db, c)));
    return hit;
  }
}

export interface PreparedCitation {
  role: CitationRole;
  position: number;
  parsed: LawCitation;
  citation: string;
  articleId: string;
}

export interface PreparedItem {
  item: EnforcementItem;
  department: Department;
  citations: PreparedCitation[];
  countyReserved: boolean;
}

export type PrepareResult = { ok: true; value: PreparedItem } | { ok: false; errors: ImportRowError[] };

export interface PrepareContext {
  departments: DepartmentDirectory;
  resolver: CitationResolver;
  reservation?: CountyReservationOptions;
}

const error = (field: keyof typeof ENFORCEMENT_ITEM_COLUMNS, message: string): ImportRowError => ({
  field,
  column: ENFORCEMENT_ITEM_COLUMNS[field],
  message,
});

/** The cell split as the row check splits it: a list, or text separated by ；, ; or new lines. */
function citationTexts(value: unknown): string[] {
  const parts = Array.isArray(value)
    ? value.map((v) => (typeof v === 'string' ? v : ''))
    : typeof value === 'string'
      ? value.split(/[\n；;]+/u)
      : [];
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

export async function prepareItem(row: EnforcementItemRow, ctx: PrepareContext): Promise<PrepareResult> {
  const checked = validateEnforcementItemRow(row);
  const errors: ImportRowError[] = checked.ok ? [] : [...checked.errors];
  const departmentText = typeof row.department === 'string' ? row.department.trim() : '';
  const department = departmentText ? ctx.departments.find(departmentText) : undefined;
  if (departmentText && !department) {
    errors.push(
      error('department', `实施部门“${departmentText}”不是本县的执法部门，请填写执法主体库中的部门全称或简称`),
    );
  }
  // Citations are resolved even when other columns are wrong, so the row's errors come all at once.
  const citations: PreparedCitation[] = [];
  const groups: [CitationRole, 'basis' | 'penaltyBasis'][] = [
    ['basis', 'basis'],
    ['penalty', 'penaltyBasis'],
  ];
  for (const [role, field] of groups) {
    const seen = new Set<string>();
    let position = 0;
    for (const raw of citationTexts(row[field])) {
      const parsed = parseCitation(raw);
      if (!parsed.ok) continue; // reported by the row check
      const text = formatCitation(parsed.citation);
      if (seen.has(text)) {
        errors.push(error(field, `${ENFORCEMENT_ITEM_COLUMNS[field]}重复引用了“${text}”`));
        continue;
      }
      seen.add(text);
      const resolved = await ctx.resolver.resolve(parsed.citation);
      if (!resolved.ok)
        errors.push(
          error(field, `${ENFORCEMENT_ITEM_COLUMNS[field]}“${text}”无法在法律法规库中找到：${resolved.message}`),
        );
      else
        citations.push({
          role,
          position: position++,
          parsed: parsed.citation,
          citation: resolved.citation,
          articleId: resolved.articleId,
        });
    }
  }
  if (!checked.ok || errors.length > 0 || !department) return { ok: false, errors };
  const item = checked.value;
  return {
    ok: true,
    value: { item, department, citations, countyReserved: isCountyReservedItem(item, ctx.reservation) },
  };
}
