// Boundary of the portal (issue 13): its routes read only published renditions through queries of
// their own. Every other column of the row, the case and its documents is filled with markers; the
// public pages show the rendition's values and none of the markers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { commandId, createHarness, type Harness } from '../cases/fixtures';
import { monthIndex, monthKeys } from '../../src/modules/disclosure/search-keys';
import { decidedCase, taskOf, type DecidedCase } from './support';

let h: Harness;
let c: DecidedCase;
beforeAll(async () => {
  h = await createHarness();
  c = await decidedCase(h);
  const task = await taskOf(h, c.documentId);
  const res = await h.p.request({
    method: 'POST',
    url: `/api/disclosure/tasks/${task.id}/publish`,
    cookie: await h.cookie('duruan.head'),
    body: { commandId: commandId() },
  });
  expect(res.statusCode).toBe(200);
});
afterAll(async () => {
  await h?.close();
});

const MARKERS = {
  agency_name: 'MARKAGENCYCOL',
  hold_reason: 'MARKHOLD',
  release_reason: 'MARKRELEASE',
  excluded_reason: 'MARKEXCLUDED',
};

const GRAMS = ['ma', 'ar', 'rk', 'r某', '某七'];

describe('portal boundary', () => {
  it('a portal route returns nothing of a published decision that is not in its rendition', async () => {
    const db = h.p.app.db;
    const task = await taskOf(h, c.documentId);
    const rendition = {
      ...task.rendition!,
      title: 'R标题一',
      agencyName: 'R机关二',
      facts: 'R事实三',
      penalty: 'R处罚四',
      reasoning: 'R理由五',
      benchmark: 'R基准六',
      party: { kind: 'person', name: 'R某七', creditCode: null },
      steps: [{ label: 'R步骤八', on: '2026-03-02' }],
    };
    await db
      .updateTable('disclosure_renditions')
      .set({
        ...MARKERS,
        rendition: JSON.stringify(rendition),
        findings: JSON.stringify([{ kind: 'mobile', field: 'facts', excerpt: 'MARKFINDING' }]),
        redactions: JSON.stringify({ MARKREDACTION: 1 }),
        search_text: 'markersearch r某七',
        search_grams: GRAMS,
        // The search's keys follow the pairs (as publishing sets them).
        search_keys: monthKeys(GRAMS, monthIndex(task.published_on!)),
      })
      .where('id', '=', task.id)
      .execute();
    // The internal record around it: the document's payload and the case's title and facts.
    await db
      .updateTable('documents')
      .set({ payload: sql`payload || '{"partyName":"MARKDOCPARTY","secret":"MARKDOCSECRET"}'::jsonb` })
      .where('id', '=', c.documentId)
      .execute();
    await db.updateTable('cases').set({ title: 'MARKCASETITLE' }).where('id', '=', c.caseId).execute();

    const page = await h.p.request({ method: 'GET', url: `/public/decisions/${c.documentId}` });
    const list = await h.p.request({ method: 'GET', url: `/public/decisions?q=${encodeURIComponent('r某七')}` });
    expect(page.statusCode).toBe(200);
    for (const body of [page.body, list.body]) {
      for (const marker of [
        ...Object.values(MARKERS),
        'MARKFINDING',
        'MARKREDACTION',
        'MARKDOCPARTY',
        'MARKDOCSECRET',
        'MARKCASETITLE',
        'markersearch',
      ])
        expect(body).not.toContain(marker);
    }
    for (const shown of ['R标题一', 'R机关二', 'R事实三', 'R处罚四', 'R理由五', 'R基准六', 'R某七', 'R步骤八'])
      expect(page.body).toContain(shown);
    expect(list.body).toContain('R某七');
    expect(list.body).toContain(task.document_number);
  });
});
