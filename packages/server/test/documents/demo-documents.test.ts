// Every document the demo county issued renders: its text from the stored payload, and one PDF of
// each kind, so no stored payload shape makes a print fail.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/modules/documents/document-queries';
import { prepareVersion, renderVersion } from '../../src/modules/documents/render-document';
import { createTestPlatform, type TestPlatform } from '../helpers';

let p: TestPlatform;
beforeAll(async () => {
  p = await createTestPlatform();
}, 180_000);
afterAll(async () => {
  await p?.close();
});

describe('demo documents', () => {
  it('each issued document has its text, and one of each kind renders as a PDF', async () => {
    const rows = await p.app.db.selectFrom('documents').select(['id', 'kind']).orderBy('issued_at').execute();
    expect(rows.length).toBeGreaterThan(10);
    const kinds = new Set<string>();
    for (const r of rows) {
      const doc = await loadDocument(p.app.db, r.id);
      const prepared = await prepareVersion(p.app, p.app.db, doc, 1, null);
      expect(prepared.text.title).toBe(doc.title);
      expect(prepared.marks.verificationCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
      if (kinds.has(r.kind)) continue;
      kinds.add(r.kind);
      const rendered = await renderVersion(p.app, p.app.db, doc, 1, null, doc.issuedAt);
      expect(rendered.pdf.subarray(0, 5).toString()).toBe('%PDF-');
    }
    expect(kinds.size).toBeGreaterThan(5);
  }, 300_000);
});
