import { describe, expect, it } from 'vitest';
import { checkResponse, ContractMismatchError, routeOf } from './check-response';

const queueItem = {
  id: 'a1',
  caseId: 'c1',
  kind: 'recordReview',
  kindLabel: '法制审核',
  number: '东城综执罚立〔2026〕1号',
  title: '占道经营案',
  partyName: '张某',
  itemName: null,
  statusLabel: '法制审核中',
  submittedAt: '2026-03-02T08:00:00.000Z',
  submittedBy: '李某',
  due: null,
  href: '/cases/c1',
};

describe('the development check of answers against the HTTP contract', () => {
  it('refuses a queue answered as a bare list (the drift the web once papered over)', () => {
    const check = () => checkResponse('GET', '/api/queues/review', [queueItem]);
    expect(check).toThrow(ContractMismatchError);
    expect(check).toThrow(/GET \/api\/queues\/review/);
  });

  it('names the field that drifted', () => {
    const noLabel = { items: [{ ...queueItem, kindLabel: undefined }] };
    expect(() => checkResponse('GET', '/api/queues/approval', noLabel)).toThrow(/at items\[0\]\.kindLabel/);
  });

  it('accepts the answer the contract declares', () => {
    expect(() => checkResponse('GET', '/api/queues/review', { items: [queueItem] })).not.toThrow();
  });

  it('refuses a case status the procedure does not know', () => {
    const result = { version: 2, status: 'pondering', statusLabel: '?', seq: 2, warnings: [], documents: [] };
    expect(() => checkResponse('POST', '/api/cases/4d1c/commands', result)).toThrow(ContractMismatchError);
    expect(() =>
      checkResponse('POST', '/api/cases/4d1c/commands', { ...result, status: 'investigating' }),
    ).not.toThrow();
  });

  it('refuses an answer from a route the contract does not list', () => {
    expect(() => checkResponse('GET', '/api/nowhere', {})).toThrow(/接口约定中没有这个接口/);
  });
});

describe('which contract route a request went to', () => {
  it('prefers a literal segment over a parameter, as the server router does', () => {
    expect(routeOf('GET', '/api/items/departments')).toBe('GET /api/items/departments');
    expect(routeOf('GET', '/api/items/0b6c')).toBe('GET /api/items/:id');
    expect(routeOf('GET', '/api/laws/articles/9f1e')).toBe('GET /api/laws/articles/:articleId');
    expect(routeOf('GET', '/api/laws/9f1e/articles')).toBe('GET /api/laws/:id/articles');
  });

  it('ignores the query string and tells methods apart', () => {
    expect(routeOf('GET', '/api/cases?status=draft')).toBe('GET /api/cases');
    expect(routeOf('POST', '/api/cases')).toBe('POST /api/cases');
    expect(routeOf('PATCH', '/api/cases')).toBeNull();
  });
});
