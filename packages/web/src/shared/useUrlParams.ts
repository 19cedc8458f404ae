import type { TablePaginationConfig } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { applyParams, pagingChanges, readPaging, type ParamChanges, type ParamOptions } from './url-params';

export interface UrlParams {
  params: URLSearchParams;
  get: (name: string) => string | undefined;
  set: (name: string, value: string | undefined) => void;
  update: (changes: ParamChanges) => void;
  /** `value`/`onChange` for a filter control bound to one parameter. */
  field: (name: string) => { value: string | undefined; onChange: (value?: string) => void };
}

/**
 * Filters live in the address, so a link (a workbench card, a bookmark) can preset them and the
 * back button restores them. `replace` (the default) keeps filter changes out of the history.
 */
export function useUrlParams(options: ParamOptions & { replace?: boolean } = {}): UrlParams {
  const [params, setParams] = useSearchParams();
  const { replace = true, ...applyOptions } = options;
  const update = (changes: ParamChanges) => setParams((p) => applyParams(p, changes, applyOptions), { replace });
  const get = (name: string) => params.get(name) ?? undefined;
  const set = (name: string, value: string | undefined) => update({ [name]: value });
  return { params, get, set, update, field: (name) => ({ value: get(name), onChange: (v) => set(name, v) }) };
}

/** Offset paging kept in the address (`page`, `size`), with the table's pagination settings. */
export function urlPaging(url: UrlParams, defaultSize: number) {
  const paging = readPaging(url.params, defaultSize);
  return {
    ...paging,
    pagination: (total: number, showTotal: (total: number) => string): TablePaginationConfig => ({
      current: paging.page,
      pageSize: paging.pageSize,
      total,
      showSizeChanger: true,
      showTotal,
      onChange: (page, size) => url.update(pagingChanges(page, size, defaultSize)),
    }),
  };
}
