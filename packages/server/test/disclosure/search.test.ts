// The public search (ADR 0018): the typed words anywhere in the published text, newest first, pages
// of 20, the agency filter. More than WALK newer renditions without the word stand in front of the
// real decisions, so a party's name is found through the month keys, not the walk; a withdrawn
// decision leaves the search at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandId, createHarness, type Harness } from '../cases/fixtures';
import { sql } from 'kysely';
import { WALK } from '../../src/modules/disclosure/public/queries';
import { monthIndex, monthKeys } from '../../src/modules/disclosure/search-keys';
import { decidedCase, taskOf, type DecidedCase } from './support';

let h: Harness;
let march: DecidedCase;
let april: DecidedCase;

const post = async (url: string, user: string, body: Record<string, unknown> = {}) =>
  h.p.request({ method: 'POST', url, cookie: await h.cookie(user), body: { commandId: commandId(), ...body } });
const found = async (query: string) => {
  const res = await h.p.request({ method: 'GET', url: `/public/decisions?${query}` });
  expect(res.statusCode).toBe(200);
  return [...res.body.matchAll(/href="\/public\/decisions\/([0-9a-f-]{36})"/g)].map((m) => m[1]);
};
const publish = async (c: DecidedCase) =>
  h.ok(await post(`/api/disclosure/tasks/${(await taskOf(h, c.documentId)).id}/publish`, 'duruan.head'));

/** `n` published renditions of another party, published after the real ones (set-based, as the bench). */
async function fillers(n: number, publishedOn: string, prefix = '填充罚') {
  const db = h.p.app.db;
  const c = await db
    .selectFrom('disclosure_renditions')
    .select(['case_id', 'agency_id', 'agency_name', 'rendition', 'published_by'])
    .where('document_id', '=', march.documentId)
    .executeTakeFirstOrThrow();
  await sql`
    insert into documents (id, case_id, agency_id, kind, number, title, action_seq, issued_on, issued_at, payload)
    select gen_random_uuid(), ${c.case_id}, ${c.agency_id}, 'penaltyDecision', ${prefix} || '〔2026〕' || i || '号',
           '行政处罚决定书', 1, ${publishedOn}::date, now(), '{}'::jsonb
    from generate_series(1, ${n}::int) i`.execute(db);
  // Their words are the other party's name only: the text, its pair and its month key agree.
  await sql`
    insert into disclosure_renditions (document_id, case_id, agency_id, agency_name, document_number, decided_on,
      due_on, status, rendition, search_text, search_grams, search_keys, published_on, published_at, published_by,
      publication_ends_on, created_at, updated_at)
    select d.id, d.case_id, d.agency_id, ${c.agency_name}, d.number, d.issued_on, d.issued_on, 'published',
           ${JSON.stringify(c.rendition)}::jsonb || jsonb_build_object('documentNumber', d.number), '李某',
           array['李某'], ${monthKeys(['李某'], monthIndex(publishedOn))}::text[], d.issued_on, now(), ${c.published_by},
           date '2029-12-31', now(), now()
    from documents d where d.number like ${prefix + '〔%'}`.execute(db);
}

beforeAll(async () => {
  h = await createHarness();
  march = await decidedCase(h);
  april = await decidedCase(h);
  await publish(march);
  h.setDay('2026-04-01');
  await publish(april);
  await fillers(WALK + 100, '2026-05-04');
  h.setDay('2026-05-06');
}, 120_000);
afterAll(async () => {
  await h?.close();
});

describe('public search', () => {
  it('行政处罚法 第48条: a party’s name behind more than the walk of newer decisions is found, newest first, with the agency filter', async () => {
    expect(await found(`q=${encodeURIComponent('张某')}`)).toEqual([april.documentId, march.documentId]);
    const agency = (await taskOf(h, march.documentId)).agency_name;
    expect(await found(`q=${encodeURIComponent('张某')}&agency=${encodeURIComponent(agency)}`)).toEqual([
      april.documentId,
      march.documentId,
    ]);
    expect(await found(`q=${encodeURIComponent('张某')}&agency=${encodeURIComponent('白沙镇人民政府')}`)).toEqual([]);
    // A fragment of the number, not the party: the same keys.
    expect(await found(`q=${encodeURIComponent(march.documentNumber.slice(-8))}`)).toEqual([march.documentId]);
  });

  it('行政处罚法 第48条: a common word fills its pages from the walk, 20 a page, the next page following on', async () => {
    const first = await found(`q=${encodeURIComponent('李某')}`);
    const second = await found(`q=${encodeURIComponent('李某')}&page=2`);
    expect(first).toHaveLength(20);
    expect(second).toHaveLength(20);
    expect(new Set([...first, ...second]).size).toBe(40);
    // A deep page past the walk: the month keys carry it on.
    const deep = await found(`q=${encodeURIComponent('李某')}&page=${Math.ceil((WALK + 100) / 20)}`);
    expect(deep.length).toBeGreaterThan(0);
    expect(deep).not.toContain(march.documentId);
  });

  it('行政处罚法 第48条第2款: a withdrawn decision leaves the search at once', async () => {
    const task = await taskOf(h, april.documentId);
    h.ok(await post(`/api/disclosure/tasks/${task.id}/withdraw`, 'duruan.head', { reason: '决定已被撤销' }));
    expect(await found(`q=${encodeURIComponent('张某')}`)).toEqual([march.documentId]);
  });
});

describe('the staff list of disclosure tasks', () => {
  it('counts up to 10,000 and then says there are more; a page is still 20 tasks by due day', async () => {
    await fillers(5_000, '2026-05-05', '另填罚');
    const res = await h.p.request({
      method: 'GET',
      url: '/api/disclosure/tasks?page=2&pageSize=20',
      cookie: await h.cookie('duruan.head'),
    });
    const body = h.ok(res) as { items: { dueOn: string }[]; total: number; totalCapped?: boolean };
    expect(body).toMatchObject({ total: 10_000, totalCapped: true });
    expect(body.items).toHaveLength(20);
    const due = body.items.map((i) => i.dueOn);
    expect(due).toEqual([...due].sort());
    const held = h.ok(
      await h.p.request({
        method: 'GET',
        url: '/api/disclosure/tasks?status=held',
        cookie: await h.cookie('duruan.head'),
      }),
    ) as { total: number; totalCapped?: boolean };
    expect(held.totalCapped).toBeUndefined();
    expect(held.total).toBeLessThan(10);
  });
});
