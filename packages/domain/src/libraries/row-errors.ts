// Errors of a spreadsheet import row, named by the column the user sees.

export interface ImportRowError {
  /** Field name in code. */
  field: string;
  /** Column header in the import template, as the user sees it. */
  column: string;
  /** Chinese, shown as it stands. */
  message: string;
}

export type ImportRowResult<T> = { ok: true; value: T } | { ok: false; errors: ImportRowError[] };

/** Text of a cell: trimmed string, or a number written without exponent; null when empty. */
export function cellText(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return null;
  const t = value.replace(/^[\s\u3000]+|[\s\u3000]+$/gu, '');
  return t === '' ? null : t;
}

/** Number of a cell: a number, or numeric text (spreadsheets often store numbers as text). */
export function cellNumber(value: unknown): number | null | 'invalid' {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : 'invalid';
  const text = cellText(value);
  if (text === null) return null;
  const n = Number(text.replace(/,/g, ''));
  return Number.isFinite(n) ? n : 'invalid';
}
