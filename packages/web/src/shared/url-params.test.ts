import { describe, expect, it } from 'vitest';
import { applyParams, pagingChanges, readPaging } from './url-params';

const params = (s: string) => new URLSearchParams(s);

describe('list filters kept in the address', () => {
  it('sets a value and removes a parameter given undefined or an empty string', () => {
    const next = applyParams(params('q=张三&status=locked&role=admin'), { agencyId: 'a1', status: undefined, q: '' });
    expect(next.toString()).toBe(params('role=admin&agencyId=a1').toString());
  });

  it('writes numbers as text and leaves the given parameters as they were', () => {
    const before = params('part=1');
    const next = applyParams(before, { chapter: 3, section: undefined });
    expect(next.get('chapter')).toBe('3');
    expect(before.get('chapter')).toBeNull();
  });

  it('a new filter goes back to the first page when asked to', () => {
    expect(applyParams(params('page=4&size=50'), { post: 'auxiliary' }, { resetPage: true }).toString()).toBe(
      'size=50&post=auxiliary',
    );
    expect(applyParams(params('page=4'), { post: 'auxiliary' }).get('page')).toBe('4');
  });

  it('turning a page or changing its size keeps the page', () => {
    expect(applyParams(params('q=x'), { page: 3, size: 50 }, { resetPage: true }).toString()).toBe(
      'q=x&page=3&size=50',
    );
  });
});

describe('paging read from the address', () => {
  it('falls back to page 1 and the default size', () => {
    expect(readPaging(params(''), 20)).toEqual({ page: 1, pageSize: 20, offset: 0 });
  });

  it('computes the offset of a later page', () => {
    expect(readPaging(params('page=3&size=50'), 20)).toEqual({ page: 3, pageSize: 50, offset: 100 });
  });

  it('ignores page numbers below 1 and sizes that are not positive numbers', () => {
    expect(readPaging(params('page=-2&size=abc'), 20)).toEqual({ page: 1, pageSize: 20, offset: 0 });
    expect(readPaging(params('page=x&size=0'), 10)).toEqual({ page: 1, pageSize: 10, offset: 0 });
  });

  it('leaves the first page and the default size out of the address', () => {
    expect(pagingChanges(1, 20, 20)).toEqual({ page: undefined, size: undefined });
    expect(pagingChanges(2, 50, 20)).toEqual({ page: 2, size: 50 });
  });
});
