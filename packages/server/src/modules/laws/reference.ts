import fs from 'node:fs';
import path from 'node:path';
import { parseLawFileName } from '@zhifa/domain';
import { vacuumNow } from '../../shared/vacuum';
import { REPO_ROOT } from '../../config';
import type { AppContext } from '../../platform/context';
import { appendAudit } from '../../platform/audit';
import { AppError } from '../../platform/errors';
import { hashLawText, importLaw, type ImportLawResult } from './import-law';

/** The law texts shipped with the platform (copied unedited from the shared data). */
export const REFERENCE_LAWS_DIR = path.join(REPO_ROOT, 'reference', 'laws');

export interface LawFile {
  fileName: string;
  text: string;
  hash: string;
}

export function readLawFiles(dir: string): LawFile[] {
  if (!fs.existsSync(dir)) return [];
  return (
    fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.md'))
      .map((fileName) => {
        const text = fs.readFileSync(path.join(dir, fileName), 'utf8');
        return { fileName, text, hash: hashLawText(text) };
      })
      // Older versions first, so each import only closes the version before it.
      .sort(
        (a, b) =>
          (parseLawFileName(a.fileName).versionDate ?? '').localeCompare(
            parseLawFileName(b.fileName).versionDate ?? '',
          ) || a.fileName.localeCompare(b.fileName),
      )
  );
}

export interface ReferenceImportReport {
  imported: ImportLawResult[];
  failed: { fileName: string; message: string }[];
}

/**
 * Import every law file of `dir` not yet in the database, one transaction per law. A start with
 * nothing new costs reading the files and one query of their hashes. The first load of an empty
 * library is installation, like the holiday calendar; later loads (a newer text shipped with an
 * update) change what officers cite and are audited as system events.
 */
export async function ensureLawLibrary(
  app: AppContext,
  dir: string = REFERENCE_LAWS_DIR,
): Promise<ReferenceImportReport> {
  const report: ReferenceImportReport = { imported: [], failed: [] };
  const files = readLawFiles(dir);
  if (files.length === 0) return report;
  const known = new Set(
    (
      await app.db
        .selectFrom('law_versions')
        .select('file_hash')
        .where(
          'file_hash',
          'in',
          files.map((f) => f.hash),
        )
        .execute()
    ).map((r) => r.file_hash),
  );
  const pending = files.filter((f) => !known.has(f.hash));
  if (pending.length === 0) return report;

  const firstLoad = !(await app.db.selectFrom('laws').select('id').limit(1).executeTakeFirst());
  for (const file of pending) {
    try {
      const result = await app.db.transaction().execute(async (tx) => {
        const r = await importLaw(tx, { fileName: file.fileName, text: file.text, source: 'reference' });
        if (!firstLoad && r.outcome !== 'unchanged') {
          await appendAudit(tx, app.keys.auditSeal, {
            eventType: 'law.imported',
            objectType: 'law_version',
            objectId: r.versionId,
            outcome: 'success',
            details: {
              source: 'reference',
              fileName: file.fileName,
              outcome: r.outcome,
              shortTitle: r.shortTitle,
              versionDate: r.versionDate,
            },
          });
        }
        return r;
      });
      report.imported.push(result);
    } catch (err) {
      // One bad file must not keep the platform from starting; the others still load.
      const message = err instanceof AppError ? err.message : (err as Error).message;
      report.failed.push({ fileName: file.fileName, message });
      process.emitWarning(`法律法规文件导入失败：${file.fileName}：${message}`);
    }
  }
  if (report.imported.some((r) => r.outcome !== 'unchanged')) await vacuumNow(app);
  return report;
}
