// Evidence integrity (security.md §4): verified hash on ingest, write-once content-addressed
// store, hash-chained custody ledger, audited views and downloads.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, sha256, T0, type Harness } from './fixtures';

let h: Harness;
let caseId: string;
let evidenceId: string;
const photo = crypto.randomBytes(8192);
beforeAll(async () => {
  h = await createHarness();
  caseId = await h.investigatingCase();
});
afterAll(async () => {
  await h?.close();
});

function storedFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(path.relative(dir, p));
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return out.sort();
}

const fields = (data: Buffer, over: Record<string, string | string[]> = {}) => ({
  sha256: sha256(data),
  kind: 'audioVisual',
  title: '现场照片',
  capturedAt: `${T0}T10:05`,
  location: '杜阮南路',
  ...over,
});

describe('evidence upload', () => {
  it('行政处罚法 第46条; 电子签名法 第5条: a file whose SHA-256 differs from the capture hash is refused and nothing is stored', async () => {
    const data = crypto.randomBytes(4096);
    const version = await h.version(caseId);
    const res = await h.upload(
      caseId,
      'duruan.officer1',
      data,
      fields(data, { sha256: sha256(Buffer.from('something else')) }),
    );
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'HASH_MISMATCH', details: { computed: sha256(data) } });
    expect(storedFiles(h.evidenceDir)).toEqual([]);
    expect(await h.p.app.db.selectFrom('evidence').select('id').execute()).toEqual([]);
    expect(await h.p.app.db.selectFrom('evidence_ledger').select('seq').execute()).toEqual([]);
    expect(await h.version(caseId)).toBe(version);
  });

  it('行政处罚法 第46条: evidence kinds are the eight statutory ones; another kind is refused and the temp file removed', async () => {
    const data = crypto.randomBytes(100);
    const res = await h.upload(caseId, 'duruan.officer1', data, fields(data, { kind: 'rumour' }));
    expect(res.statusCode).toBe(400);
    expect(storedFiles(h.evidenceDir)).toEqual([]);
  });

  it('security.md §4.2: a verified file is stored once under its hash, registered on the case, and the ledger records capture and upload', async () => {
    const o1 = await h.person('duruan.officer1');
    const o2 = await h.person('duruan.officer2');
    const version = await h.version(caseId);
    const res = h.ok(
      await h.upload(caseId, 'duruan.officer1', photo, fields(photo, { officerIds: `${o1},${o2}` })),
      201,
    );
    evidenceId = res.id;
    const digest = sha256(photo);
    const rel = path.join(digest.slice(0, 2), digest.slice(2, 4), digest);
    expect(storedFiles(h.evidenceDir)).toEqual([rel]);
    const abs = path.join(h.evidenceDir, rel);
    expect(sha256(fs.readFileSync(abs))).toBe(digest);
    expect(fs.statSync(abs).mode & 0o222).toBe(0);

    expect(await h.version(caseId)).toBe(version + 1);
    const detail = h.ok(
      await h.p.request({ method: 'GET', url: `/api/cases/${caseId}`, cookie: await h.cookie('duruan.officer1') }),
    );
    expect(detail.timeline.at(-1)).toMatchObject({ type: 'addEvidence', label: '登记证据' });
    expect(detail.evidence).toEqual([
      expect.objectContaining({
        id: evidenceId,
        sha256: digest,
        size: photo.length,
        kindLabel: '视听资料',
        officerIds: [o1, o2],
      }),
    ]);

    const ledger = h.ok(
      await h.p.request({
        method: 'GET',
        url: `/api/evidence/${evidenceId}/ledger`,
        cookie: await h.cookie('duruan.officer2'),
      }),
    );
    expect(ledger.items.map((i: { event: string }) => i.event)).toEqual(['captured', 'uploaded']);
    expect(ledger.items[1].prevHash).toBe(ledger.items[0].hash);
    expect(ledger.chain).toEqual({ ok: true, rows: 2, brokenAt: null });
    const audit = await h.p.app.db
      .selectFrom('audit_log')
      .select(['event_type', 'actor_name'])
      .where('object_id', '=', evidenceId)
      .execute();
    expect(audit.map((a) => a.event_type)).toEqual(['evidence.uploaded']);
  });

  it('the same file again on the same case is refused; on another case it shares the stored object, which is never rewritten', async () => {
    const again = await h.upload(caseId, 'duruan.officer1', photo, fields(photo));
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('EVIDENCE_EXISTS');
    const digest = sha256(photo);
    const abs = path.join(h.evidenceDir, digest.slice(0, 2), digest.slice(2, 4), digest);
    const before = fs.statSync(abs);
    const other = await h.investigatingCase();
    h.ok(await h.upload(other, 'duruan.officer1', photo, fields(photo)), 201);
    const after = fs.statSync(abs);
    expect(after.ino).toBe(before.ino);
    expect(after.mtimeMs).toBe(before.mtimeMs);
    expect(storedFiles(h.evidenceDir)).toHaveLength(1);
  });

  it('a retried upload with the same Idempotency-Key answers the first result and registers once', async () => {
    const data = crypto.randomBytes(512);
    const key = `up-${crypto.randomUUID()}`;
    const { multipart } = await import('./fixtures');
    const m = multipart(fields(data, { title: '询问录音' }), { name: 'a.mp3', type: 'audio/mpeg', data });
    const send = async () =>
      h.p.fastify.inject({
        method: 'POST',
        url: `/api/cases/${caseId}/evidence`,
        headers: { ...m.headers, cookie: await h.cookie('duruan.officer1'), 'idempotency-key': key },
        payload: m.body,
      });
    const first = await send();
    const second = await send();
    expect(first.statusCode).toBe(201);
    expect(second.json()).toEqual(first.json());
    expect(
      await h.p.app.db.selectFrom('evidence').select('id').where('sha256', '=', sha256(data)).execute(),
    ).toHaveLength(1);
  });
});

describe('custody: views and downloads', () => {
  it('security.md §4.2(6): viewing one item and downloading it each leave a ledger row and an audit row', async () => {
    const view = h.ok(
      await h.p.request({ method: 'GET', url: `/api/evidence/${evidenceId}`, cookie: await h.cookie('duruan.head') }),
    );
    expect(view).toMatchObject({ id: evidenceId, sha256: sha256(photo), kindLabel: '视听资料' });
    const dl = await h.p.request({
      method: 'GET',
      url: `/api/evidence/${evidenceId}/content`,
      cookie: await h.cookie('duruan.head'),
    });
    expect(dl.statusCode).toBe(200);
    expect(dl.rawPayload.equals(photo)).toBe(true);
    expect(dl.headers['x-content-sha256']).toBe(sha256(photo));
    expect(dl.headers['content-type']).toBe('image/jpeg');
    expect(String(dl.headers['content-disposition'])).toMatch(/^attachment;/);

    const ledger = h.ok(
      await h.p.request({
        method: 'GET',
        url: `/api/evidence/${evidenceId}/ledger`,
        cookie: await h.cookie('duruan.head'),
      }),
    );
    expect(ledger.items.map((i: { event: string }) => i.event)).toEqual([
      'captured',
      'uploaded',
      'viewed',
      'downloaded',
    ]);
    expect(ledger.items.at(-1).actorName).toBeTruthy();
    expect(ledger.chain.ok).toBe(true);
    const audit = await h.p.app.db
      .selectFrom('audit_log')
      .select(['event_type', 'actor_id', 'outcome'])
      .where('object_id', '=', evidenceId)
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.event_type)).toEqual(['evidence.uploaded', 'evidence.viewed', 'evidence.downloaded']);
    expect(audit.every((a) => a.actor_id && a.outcome === 'success')).toBe(true);
  });

  it('another township cannot see or fetch the evidence (404), and no custody row is written for it', async () => {
    const before = (
      await h.p.app.db.selectFrom('evidence_ledger').select('seq').where('evidence_id', '=', evidenceId).execute()
    ).length;
    for (const url of [
      `/api/evidence/${evidenceId}`,
      `/api/evidence/${evidenceId}/content`,
      `/api/evidence/${evidenceId}/preview`,
      `/api/evidence/${evidenceId}/ledger`,
      `/api/cases/${caseId}/evidence`,
    ]) {
      const res = await h.p.request({ method: 'GET', url, cookie: await h.cookie('hetang.officer1') });
      expect(res.statusCode, url).toBe(404);
    }
    const upload = await h.upload(caseId, 'hetang.officer1', photo, fields(photo));
    expect(upload.statusCode).toBe(404);
    expect(
      (await h.p.app.db.selectFrom('evidence_ledger').select('seq').where('evidence_id', '=', evidenceId).execute())
        .length,
    ).toBe(before);
  });

  it('security.md §4.2(6): a photo shown as a thumbnail opens inline and is recorded as viewed', async () => {
    const res = await h.p.request({
      method: 'GET',
      url: `/api/evidence/${evidenceId}/preview`,
      cookie: await h.cookie('duruan.officer1'),
    });
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.equals(photo)).toBe(true);
    expect(res.headers['content-type']).toBe('image/jpeg');
    expect(res.headers['content-disposition']).toBe('inline');
    expect(res.headers['cache-control']).toBe('no-store');
    const last = await h.p.app.db
      .selectFrom('evidence_ledger')
      .select(['event', 'actor_name'])
      .where('evidence_id', '=', evidenceId)
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(last.event).toBe('viewed');
  });

  it('the ledger cannot be edited, and a forged row breaks the chain verification', async () => {
    await expect(sql`update evidence_ledger set event = 'viewed'`.execute(h.p.app.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from evidence_ledger`.execute(h.p.app.db)).rejects.toThrow(/append-only/);
    const last = await h.p.app.db
      .selectFrom('evidence_ledger')
      .select(['seq', 'hash'])
      .where('case_id', '=', caseId)
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    await h.p.app.db
      .insertInto('evidence_ledger')
      .values({
        case_id: caseId,
        seq: last.seq + 1,
        evidence_id: evidenceId,
        event: 'exported',
        content_sha256: sha256(photo),
        metadata_sha256: 'x',
        actor_id: null,
        actor_name: '伪造',
        at: new Date(),
        source_ip: null,
        details: '{}',
        prev_hash: last.hash,
        hash: '0'.repeat(64),
        seal: 'x',
      })
      .execute();
    const ledger = h.ok(
      await h.p.request({
        method: 'GET',
        url: `/api/evidence/${evidenceId}/ledger`,
        cookie: await h.cookie('duruan.head'),
      }),
    );
    expect(ledger.chain).toMatchObject({ ok: false, brokenAt: last.seq + 1 });
  });

  it('行政处罚法 第46条: evidence marked as illegally obtained is flagged on the case and on the stored item', async () => {
    h.ok(await h.cmd(caseId, 'duruan.officer1', 'markEvidenceIllegal', { evidenceId, reason: '以偷拍方式取得' }));
    const list = h.ok(
      await h.p.request({
        method: 'GET',
        url: `/api/cases/${caseId}/evidence`,
        cookie: await h.cookie('duruan.officer1'),
      }),
    );
    expect(list.items.find((e: { id: string }) => e.id === evidenceId).illegal).toEqual({ reason: '以偷拍方式取得' });
    const row = await h.p.app.db
      .selectFrom('evidence')
      .select(['illegal', 'illegal_reason'])
      .where('id', '=', evidenceId)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ illegal: true, illegal_reason: '以偷拍方式取得' });
  });
});

describe('uploads at the same time', () => {
  it('three files uploaded to one case at once are all appended, one after the other, with their own sequence numbers', async () => {
    const id = await h.investigatingCase();
    const version = await h.version(id);
    const files = [crypto.randomBytes(2048), crypto.randomBytes(2048), crypto.randomBytes(2048)];
    const results = await Promise.all(files.map((f) => h.upload(id, 'duruan.officer1', f, fields(f))));
    expect(results.map((r) => r.statusCode)).toEqual([201, 201, 201]);
    const actions = await h.p.app.db
      .selectFrom('case_actions')
      .select(['seq', 'type'])
      .where('case_id', '=', id)
      .where('seq', '>', version)
      .orderBy('seq')
      .execute();
    expect(actions).toEqual([1, 2, 3].map((n) => ({ seq: version + n, type: 'addEvidence' })));
    expect(await h.version(id)).toBe(version + 3);
  });
});
