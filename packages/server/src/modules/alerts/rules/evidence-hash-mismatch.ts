// 证据文件与登记哈希不符: the stored object of an evidence record is missing or its SHA-256 no
// longer matches the one registered at upload. Reads every file, a page of records at a time; the
// database is not held while files are hashed.
import crypto from 'node:crypto';
import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { objectPath } from '../../cases/evidence/evidence-store';
import type { AlertRule, Finding } from './rule';

const EVIDENCE_PAGE = 500;

async function hashOf(file: string): Promise<string | null> {
  const h = crypto.createHash('sha256');
  try {
    await pipeline(fs.createReadStream(file), h);
  } catch {
    return null;
  }
  return h.digest('hex');
}

export const evidenceHashMismatch: AlertRule = {
  id: 'evidenceHashMismatch',
  async find({ app, db }) {
    const out: Finding[] = [];
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows = await db
        .selectFrom('evidence')
        .innerJoin('cases', 'cases.id', 'evidence.case_id')
        .select([
          'evidence.id',
          'evidence.sha256',
          'evidence.title',
          'evidence.case_id',
          'evidence.agency_id',
          'cases.number',
        ])
        .where('evidence.id', '>', after)
        .orderBy('evidence.id')
        .limit(EVIDENCE_PAGE)
        .execute();
      for (const r of rows) {
        const actual = await hashOf(objectPath(app.config.evidenceDir, r.sha256));
        if (actual === r.sha256) continue;
        out.push({
          subjectKey: r.id,
          agencyId: r.agency_id,
          caseId: r.case_id,
          recordType: 'evidence',
          recordId: r.id,
          title: `${r.number}：证据「${r.title}」${actual === null ? '的存储文件缺失' : '的存储文件与登记的哈希不符'}`,
          details: { registered: r.sha256, actual },
        });
      }
      if (rows.length < EVIDENCE_PAGE) break;
      after = rows[rows.length - 1].id;
    }
    return out;
  },
};
