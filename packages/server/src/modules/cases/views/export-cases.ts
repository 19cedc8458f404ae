// 案件台账: the case list as an Excel workbook, with the list's filters applied, all pages.
import { CASE_PROCEDURE_LABELS, type DataScope } from '@zhifa/domain';
import ExcelJS from 'exceljs';
import type { AppContext } from '../../../platform/context';
import type { CaseActorInfo } from '../case-actor';
import { listCases, type CaseListFilter } from './list-cases';

/** More rows than a ledger is read in; the export says so on its title row when it stops there. */
export const LEDGER_MAX_ROWS = 10_000;

const COLUMNS = [
  { header: '序号', key: 'n', width: 6 },
  { header: '案号', key: 'number', width: 26 },
  { header: '案件名称', key: 'title', width: 40 },
  { header: '执法主体', key: 'agency', width: 22 },
  { header: '当事人', key: 'party', width: 20 },
  { header: '执法事项', key: 'item', width: 40 },
  { header: '程序', key: 'procedure', width: 10 },
  { header: '状态', key: 'status', width: 18 },
  { header: '立案日期', key: 'filedOn', width: 12 },
  { header: '下一期限', key: 'deadline', width: 30 },
  { header: '期限日期', key: 'due', width: 12 },
];

export async function exportCaseLedger(
  app: AppContext,
  scope: DataScope,
  viewer: CaseActorInfo,
  filter: Omit<CaseListFilter, 'after' | 'limit'>,
): Promise<{ data: Buffer; rows: number; truncated: boolean }> {
  const rows: Awaited<ReturnType<typeof listCases>>['items'] = [];
  let after: string | undefined;
  for (;;) {
    const page = await listCases(app, scope, viewer, { ...filter, limit: 200, ...(after ? { after } : {}) });
    rows.push(...page.items);
    if (!page.next || rows.length >= LEDGER_MAX_ROWS) break;
    after = page.next;
  }
  const truncated = rows.length >= LEDGER_MAX_ROWS;
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('案件台账');
  sheet.columns = COLUMNS.map((c) => ({ key: c.key, width: c.width }));
  sheet.mergeCells(1, 1, 1, COLUMNS.length);
  const title = sheet.getCell(1, 1);
  title.value = `案件台账（导出日期 ${app.today()}，共 ${rows.length} 件${truncated ? `，仅导出前 ${LEDGER_MAX_ROWS} 件` : ''}）`;
  title.font = { bold: true, size: 14 };
  title.alignment = { horizontal: 'center' };
  const header = sheet.getRow(2);
  COLUMNS.forEach((c, i) => (header.getCell(i + 1).value = c.header));
  header.font = { bold: true };
  rows.slice(0, LEDGER_MAX_ROWS).forEach((c, i) =>
    sheet.addRow({
      n: i + 1,
      number: c.number,
      title: c.title,
      agency: c.agencyName,
      party: c.partyName ?? '',
      item: c.itemName ?? '',
      procedure: CASE_PROCEDURE_LABELS[c.procedure],
      status: c.statusLabel,
      filedOn: c.filedOn ?? '',
      deadline: c.nextDeadline
        ? `${c.nextDeadline.label}${c.nextDeadline.status === 'overdue' ? '（已逾期）' : ''}`
        : '',
      due: c.nextDeadline?.due ?? '',
    }),
  );
  sheet.views = [{ state: 'frozen', ySplit: 2 }];
  return { data: Buffer.from(await workbook.xlsx.writeBuffer()), rows: rows.length, truncated };
}
