/** A change to the address's search parameters: a value sets the parameter, `undefined` or '' removes it. */
export type ParamChanges = Record<string, string | number | undefined>;

export interface ParamOptions {
  /** Drop `page` when anything but the paging itself changes: a new filter starts again at page 1. */
  resetPage?: boolean;
}

const PAGING = new Set(['page', 'size']);

/** The next search parameters after `changes`; the given ones are left untouched. */
export function applyParams(
  current: URLSearchParams,
  changes: ParamChanges,
  options: ParamOptions = {},
): URLSearchParams {
  const next = new URLSearchParams(current);
  for (const [name, value] of Object.entries(changes)) {
    if (value === undefined || value === '') next.delete(name);
    else next.set(name, String(value));
  }
  if (options.resetPage && Object.keys(changes).some((name) => !PAGING.has(name))) next.delete('page');
  return next;
}

export interface Paging {
  page: number;
  pageSize: number;
  offset: number;
}

/** Page and size from the address; a missing or unreadable value falls back to page 1 and the default size. */
export function readPaging(params: URLSearchParams, defaultSize: number): Paging {
  const page = Math.max(1, Math.floor(Number(params.get('page') ?? '1')) || 1);
  const size = Math.floor(Number(params.get('size') ?? defaultSize));
  const pageSize = size > 0 ? size : defaultSize;
  return { page, pageSize, offset: (page - 1) * pageSize };
}

/** The parameters for a page turn: the first page and the default size stay out of the address. */
export function pagingChanges(page: number, size: number, defaultSize: number): ParamChanges {
  return { page: page === 1 ? undefined : page, size: size === defaultSize ? undefined : size };
}
