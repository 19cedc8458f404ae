// Whole-sheet import of training records: every row is checked first (domain rule, person match,
// duplicates); one bad row and nothing is imported, and the answer lists every bad row.

import { validateTrainingRow, type DataScope, type TrainingRecordImport } from '@zhifa/domain';
import { appendAudit, appendAuditStandalone } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { badRequest } from '../../platform/errors';
import type { SessionActor } from '../../platform/route';
import { vacuumNow } from '../../shared/vacuum';
import { agencyInScope } from '../../shared/scope';
import { readTrainingSheet } from './training-excel';

export interface ImportRowProblem {
  row: number;
  column: string;
  message: string;
}

interface Matched extends TrainingRecordImport {
  rowNumber: number;
  personId: string;
}

const key = (personId: string, date: string, course: string) => `${personId}\u0000${date}\u0000${course}`;

async function matchRows(
  app: AppContext,
  scope: DataScope,
  rows: Awaited<ReturnType<typeof readTrainingSheet>>,
  today: string,
) {
  const problems: ImportRowProblem[] = [];
  const valid: (TrainingRecordImport & { rowNumber: number })[] = [];
  for (const r of rows) {
    const result = validateTrainingRow(r.values, { today });
    if (result.ok) valid.push({ ...result.value, rowNumber: r.rowNumber });
    else problems.push(...result.errors.map((e) => ({ row: r.rowNumber, column: e.column, message: e.message })));
  }

  const numbers = [...new Set(valid.map((v) => v.certificateNumber))];
  const holders = numbers.length
    ? await app.db
        .selectFrom('certificates')
        .innerJoin('persons', 'persons.id', 'certificates.person_id')
        .innerJoin('agencies', 'agencies.id', 'persons.agency_id')
        .select(['certificates.number', 'persons.id as person_id', 'persons.name'])
        .where('certificates.number', 'in', numbers)
        // Out-of-scope certificates answer as unknown: the import must not reveal other agencies' staff.
        .where(agencyInScope(scope))
        .execute()
    : [];
  const byNumber = new Map(holders.map((h) => [h.number, h]));

  const matched: Matched[] = [];
  for (const v of valid) {
    const holder = byNumber.get(v.certificateNumber);
    if (!holder) {
      problems.push({
        row: v.rowNumber,
        column: '执法证号',
        message: `执法证号 ${v.certificateNumber} 未在本单位人员库中登记`,
      });
    } else if (holder.name !== v.personName) {
      problems.push({
        row: v.rowNumber,
        column: '姓名',
        message: `姓名“${v.personName}”与执法证 ${v.certificateNumber} 登记的持证人姓名不一致`,
      });
    } else {
      matched.push({ ...v, personId: holder.person_id });
    }
  }

  // The same training twice (in the sheet, or already recorded) would count its 学时 twice.
  const seen = new Map<string, number>();
  const personIds = [...new Set(matched.map((m) => m.personId))];
  const existing = personIds.length
    ? await app.db
        .selectFrom('training_records')
        .select(['person_id', 'date', 'course'])
        .where('person_id', 'in', personIds)
        .execute()
    : [];
  const recorded = new Set(existing.map((e) => key(e.person_id, e.date, e.course)));
  for (const m of matched) {
    const k = key(m.personId, m.date, m.course);
    const first = seen.get(k);
    if (first !== undefined)
      problems.push({
        row: m.rowNumber,
        column: '培训内容',
        message: `与第 ${first} 行重复（同一人、同一日期、同一培训内容）`,
      });
    else if (recorded.has(k))
      problems.push({ row: m.rowNumber, column: '培训内容', message: '该培训记录已登记，不能重复导入' });
    else seen.set(k, m.rowNumber);
  }
  problems.sort((a, b) => a.row - b.row);
  return { problems, matched };
}

export async function importTraining(
  app: AppContext,
  actor: SessionActor,
  scope: DataScope,
  file: { data: Buffer; filename: string },
  request: { ip: string; requestId: string },
) {
  const today = app.today();
  const rows = await readTrainingSheet(file.data);
  const { problems, matched } = await matchRows(app, scope, rows, today);
  const auditBase = {
    actorId: actor.userId,
    actorName: actor.name,
    actorRole: actor.primaryRole,
    agencyId: actor.agencyId,
    sourceIp: request.ip,
    eventType: 'training.imported',
    objectType: 'trainingImport',
    requestId: request.requestId,
  };
  if (problems.length) {
    const badRows = new Set(problems.map((p) => p.row)).size;
    await appendAuditStandalone(app.db, app.keys.auditSeal, {
      ...auditBase,
      outcome: 'failure',
      details: { filename: file.filename, rows: rows.length, badRows },
    });
    throw badRequest(
      'TRAINING_IMPORT_INVALID',
      `共 ${rows.length} 行，其中 ${badRows} 行有错误，未导入任何记录；请改正后重新上传`,
      problems,
    );
  }
  await app.db.transaction().execute(async (tx) => {
    for (let i = 0; i < matched.length; i += 500) {
      await tx
        .insertInto('training_records')
        .values(
          matched.slice(i, i + 500).map((m) => ({
            person_id: m.personId,
            course: m.course,
            provider: m.organiser ?? null,
            date: m.date,
            minutes: m.minutes ?? null,
            hours: m.hours ?? null,
            source: 'import' as const,
          })),
        )
        .execute();
    }
    await appendAudit(tx, app.keys.auditSeal, {
      ...auditBase,
      outcome: 'success',
      details: {
        filename: file.filename,
        imported: matched.length,
        people: new Set(matched.map((m) => m.personId)).size,
      },
    });
  });
  if (matched.length >= 1000) await vacuumNow(app).catch(() => undefined);
  return { imported: matched.length, hours: Math.round(matched.reduce((s, m) => s + m.credited * 100, 0)) / 100 };
}
