// The unit of work (platform/unit-of-work.ts): a command's writes, its audit row and its command
// id's result commit together or not at all; a deadlock or serialization failure runs the whole
// unit again; an upload is a command like any other (security.md §6.2).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/platform/audit';
import { commandId, createHarness, multipart, sha256, T0, type Harness } from './fixtures';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => {
  await h?.close();
});

/**
 * Make the next insert into `table` (that matches `when`, SQL over NEW) fail once with SQLSTATE
 * `code`. The sequence is not transactional, so a rolled-back attempt still counts.
 */
async function failNextInsert(table: string, code: string, when = 'true'): Promise<() => Promise<number>> {
  const name = `fail_once_${crypto.randomBytes(4).toString('hex')}`;
  const db = h.p.app.db;
  await sql.raw(`create sequence ${name}`).execute(db);
  await sql
    .raw(
      `create function ${name}() returns trigger language plpgsql as $$
       begin
         if ${when} then
           if nextval('${name}') = 1 then
             raise exception 'injected failure' using errcode = '${code}';
           end if;
         end if;
         return new;
       end $$`,
    )
    .execute(db);
  await sql.raw(`create trigger ${name} before insert on ${table} for each row execute function ${name}()`).execute(db);
  // Removes the trigger and tells how many matching inserts it saw (the failed one included).
  return async () => {
    const seen = await sql
      .raw<{ n: string }>(`select case when is_called then last_value else 0 end as n from ${name}`)
      .execute(db);
    await sql.raw(`drop trigger ${name} on ${table}`).execute(db);
    await sql.raw(`drop function ${name}()`).execute(db);
    await sql.raw(`drop sequence ${name}`).execute(db);
    return Number(seen.rows[0].n);
  };
}

async function actions(caseId: string) {
  return h.p.app.db
    .selectFrom('case_actions')
    .select(['seq', 'type', 'command_id'])
    .where('case_id', '=', caseId)
    .orderBy('seq')
    .execute();
}

async function auditRowsOf(cid: string) {
  return h.p.app.db
    .selectFrom('audit_log')
    .select(['event_type', 'object_id'])
    .where(sql<boolean>`details ->> 'commandId' = ${cid}`)
    .execute();
}

async function commandLog(cid: string) {
  return h.p.app.db.selectFrom('command_log').select(['status_code']).where('command_id', '=', cid).execute();
}

async function chainOk() {
  const report = await verifyAuditChain(h.p.app.db, h.p.app.keys.auditSeal);
  return report.ok;
}

function storedFiles(): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(path.relative(h.evidenceDir, p));
    }
  };
  if (fs.existsSync(h.evidenceDir)) walk(h.evidenceDir);
  return out.sort();
}

const interview = async (recordId: string) => ({
  recordId,
  officerIds: [await h.person('duruan.officer1'), await h.person('duruan.officer2')],
  startedAt: `${T0}T08:30`,
  place: '执法办',
  certificatesShown: true,
  signature: { partySigned: true },
  interviewee: '张三',
  summary: '询问',
});

async function uploadWithKey(caseId: string, data: Buffer, key: string) {
  const m = multipart(
    { sha256: sha256(data), kind: 'audioVisual', title: '询问录音', capturedAt: `${T0}T10:05` },
    { name: 'a.mp3', type: 'audio/mpeg', data },
  );
  return h.p.fastify.inject({
    method: 'POST',
    url: `/api/cases/${caseId}/evidence`,
    headers: { ...m.headers, cookie: await h.cookie('duruan.officer1'), 'idempotency-key': key },
    payload: m.body,
  });
}

describe('audit row and command result commit with the writes, or not at all', () => {
  it('security.md §6.2: an audit row that cannot be written leaves no action, no case change and no command result; the same command id then runs once', async () => {
    const id = await h.investigatingCase();
    const version = await h.version(id);
    const cid = commandId();
    const payload = await interview('XW-UOW-1');
    const remove = await failNextInsert('audit_log', 'P0001', `new.event_type = 'case.command'`);
    try {
      const failed = await h.cmd(id, 'duruan.officer1', 'recordInterview', payload, {
        expectedVersion: version,
        commandId: cid,
      });
      expect(failed.statusCode).toBe(500);
    } finally {
      expect(await remove()).toBe(1);
    }
    expect(await h.version(id)).toBe(version);
    expect(await actions(id)).toHaveLength(version);
    expect(await commandLog(cid)).toEqual([]);
    expect(await auditRowsOf(cid)).toEqual([]);

    const again = await h.cmd(id, 'duruan.officer1', 'recordInterview', payload, {
      expectedVersion: version,
      commandId: cid,
    });
    expect(again.statusCode).toBe(200);
    expect(again.headers['idempotent-replay']).toBeUndefined();
    expect((await actions(id)).filter((a) => a.command_id === cid)).toHaveLength(1);
    expect(await commandLog(cid)).toEqual([{ status_code: 200 }]);
    expect(await auditRowsOf(cid)).toEqual([{ event_type: 'case.command', object_id: id }]);
    expect(await chainOk()).toBe(true);
  });

  it('security.md §6.2: a write of the command that fails leaves no audit row and no command result', async () => {
    const id = await h.investigatingCase();
    const version = await h.version(id);
    const cid = commandId();
    const remove = await failNextInsert('case_actions', 'P0001', `new.command_id = '${cid}'`);
    try {
      const failed = await h.cmd(id, 'duruan.officer1', 'recordInterview', await interview('XW-UOW-2'), {
        expectedVersion: version,
        commandId: cid,
      });
      expect(failed.statusCode).toBe(500);
    } finally {
      expect(await remove()).toBe(1);
    }
    expect(await h.version(id)).toBe(version);
    expect(await commandLog(cid)).toEqual([]);
    expect(await auditRowsOf(cid)).toEqual([]);
    expect(await chainOk()).toBe(true);
  });
});

describe('deadlock and serialization failures run the unit of work again', () => {
  it('PostgreSQL "Serialization Failure Handling": a command whose audit append fails with 40001 is retried and appends one action', async () => {
    const id = await h.investigatingCase();
    const version = await h.version(id);
    const cid = commandId();
    const remove = await failNextInsert('audit_log', '40001', `new.event_type = 'case.command'`);
    try {
      const res = await h.cmd(id, 'duruan.officer1', 'recordInterview', await interview('XW-UOW-3'), {
        expectedVersion: version,
        commandId: cid,
      });
      expect(res.statusCode).toBe(200);
    } finally {
      expect(await remove()).toBe(2);
    }
    expect(await h.version(id)).toBe(version + 1);
    expect((await actions(id)).filter((a) => a.command_id === cid)).toHaveLength(1);
    expect(await commandLog(cid)).toEqual([{ status_code: 200 }]);
    expect(await auditRowsOf(cid)).toHaveLength(1);
    expect(await chainOk()).toBe(true);
  });

  it('security.md §4.2: an upload that meets a deadlock (40P01) is retried with the file already stored, and registers once', async () => {
    const id = await h.investigatingCase();
    const version = await h.version(id);
    const data = crypto.randomBytes(700);
    const key = `up-${crypto.randomUUID()}`;
    const remove = await failNextInsert('evidence', '40P01', `new.case_id = '${id}'`);
    let res;
    try {
      res = await uploadWithKey(id, data, key);
    } finally {
      expect(await remove()).toBe(2);
    }
    expect(res.statusCode).toBe(201);
    const evidenceId = res.json().id as string;
    expect(await h.version(id)).toBe(version + 1);
    expect((await actions(id)).at(-1)).toMatchObject({ type: 'addEvidence', command_id: key });
    expect(await h.p.app.db.selectFrom('evidence').select('id').where('case_id', '=', id).execute()).toEqual([
      { id: evidenceId },
    ]);
    const ledger = await h.p.app.db
      .selectFrom('evidence_ledger')
      .select('event')
      .where('evidence_id', '=', evidenceId)
      .orderBy('seq')
      .execute();
    expect(ledger.map((l) => l.event)).toEqual(['captured', 'uploaded']);
    expect(await auditRowsOf(key)).toEqual([{ event_type: 'evidence.uploaded', object_id: evidenceId }]);
    expect(await commandLog(key)).toEqual([{ status_code: 201 }]);
    expect(storedFiles()).toContain(path.join(sha256(data).slice(0, 2), sha256(data).slice(2, 4), sha256(data)));
    expect(await chainOk()).toBe(true);
  });
});

describe('uploads are commands like any other', () => {
  it('security.md §6.2: an upload retried with the same command id stores the file once, registers once and answers the first result', async () => {
    const id = await h.investigatingCase();
    const version = await h.version(id);
    const data = crypto.randomBytes(900);
    const key = `up-${crypto.randomUUID()}`;
    const first = await uploadWithKey(id, data, key);
    expect(first.statusCode).toBe(201);
    const filesAfterFirst = storedFiles();
    const second = await uploadWithKey(id, data, key);
    expect(second.statusCode).toBe(201);
    expect(second.headers['idempotent-replay']).toBe('true');
    expect(second.json()).toEqual(first.json());
    expect(storedFiles()).toEqual(filesAfterFirst);
    expect(await h.version(id)).toBe(version + 1);
    expect(
      await h.p.app.db.selectFrom('evidence').select('id').where('sha256', '=', sha256(data)).execute(),
    ).toHaveLength(1);
    expect(
      await h.p.app.db.selectFrom('evidence_ledger').select('seq').where('case_id', '=', id).execute(),
    ).toHaveLength(2);
    expect(await auditRowsOf(key)).toHaveLength(1);
  });

  it('an upload under a command id already used for another file is refused (422) and the new file is not kept', async () => {
    const id = await h.investigatingCase();
    const key = `up-${crypto.randomUUID()}`;
    expect((await uploadWithKey(id, crypto.randomBytes(300), key)).statusCode).toBe(201);
    const other = crypto.randomBytes(301);
    const refused = await uploadWithKey(id, other, key);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().code).toBe('COMMAND_ID_REUSED');
    expect(storedFiles().some((f) => f.endsWith(sha256(other)))).toBe(false);
  });
});
