// The audit log as an Excel workbook, read by people: objects by name, case actions in words.
import ExcelJS from 'exceljs';
import type { Kysely, Selectable } from 'kysely';
import type { DB } from '../../db/schema';
import type { AuditLogTable } from '../../db/tables/foundation';
import { describeEntries } from './describe-entries';

export const AUDIT_EXPORT_MAX_ROWS = 20_000;

const OUTCOMES: Record<string, string> = { success: '成功', failure: '失败', denied: '拒绝' };

const COLUMNS = [
  { header: '序号', key: 'seq', width: 10 },
  { header: '时间（北京时间）', key: 'at', width: 20 },
  { header: '操作人', key: 'actor', width: 14 },
  { header: '角色', key: 'role', width: 14 },
  { header: '事件', key: 'event', width: 20 },
  { header: '对象', key: 'object', width: 40 },
  { header: '操作内容', key: 'summary', width: 50 },
  { header: '结果', key: 'outcome', width: 8 },
  { header: '来源 IP', key: 'ip', width: 16 },
];

const beijing = (at: Date) => new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');

export async function auditWorkbook(
  db: Kysely<DB>,
  rows: readonly Selectable<AuditLogTable>[],
  today: string,
): Promise<Buffer> {
  const described = await describeEntries(
    db,
    rows.map((r) => ({
      objectType: r.object_type,
      objectId: r.object_id,
      eventType: r.event_type,
      details: r.details,
      row: r,
    })),
  );
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('审计日志');
  sheet.columns = COLUMNS.map((c) => ({ key: c.key, width: c.width }));
  sheet.mergeCells(1, 1, 1, COLUMNS.length);
  const title = sheet.getCell(1, 1);
  title.value = `审计日志（导出日期 ${today}，共 ${rows.length} 条${rows.length >= AUDIT_EXPORT_MAX_ROWS ? `，仅导出最近 ${AUDIT_EXPORT_MAX_ROWS} 条` : ''}）`;
  title.font = { bold: true, size: 14 };
  const header = sheet.getRow(2);
  COLUMNS.forEach((c, i) => (header.getCell(i + 1).value = c.header));
  header.font = { bold: true };
  for (const d of described) {
    const r = d.row;
    sheet.addRow({
      seq: String(r.seq),
      at: beijing(new Date(r.at)),
      actor: r.actor_name ?? '',
      role: r.actor_role ?? '',
      event: r.event_type,
      object: d.objectName ?? r.object_id ?? '',
      summary: d.summary ?? '',
      outcome: OUTCOMES[r.outcome] ?? r.outcome,
      ip: r.source_ip ?? '',
    });
  }
  sheet.views = [{ state: 'frozen', ySplit: 2 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
