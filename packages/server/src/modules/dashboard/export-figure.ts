// Every dashboard table as an Excel workbook: the same rows the page shows, with the period.
import type { DataScope } from '@zhifa/domain';
import type { DashboardFigure } from '@zhifa/contract';
import ExcelJS from 'exceljs';
import type { AppContext } from '../../platform/context';
import type { DashboardFilter } from './period';
import { readFigure } from './read-figure';

type Row = Record<string, unknown>;
interface Table {
  title: string;
  columns: { header: string; key: string; width: number }[];
}
type Column = [header: string, key: string, width: number];

const table = (title: string, ...columns: Column[]): Table => ({
  title,
  columns: columns.map(([header, key, width]) => ({ header, key, width })),
});

const AGENCY: Column = ['执法主体', 'agencyName', 22];
// Most figures have one row per agency: the agency first, then the figure's own counts.
const perAgency = (title: string, ...columns: Column[]) => table(title, AGENCY, ...columns);

const COUNTS: Column[] = [
  ['立案数', 'filed', 10],
  ['作出决定数', 'decided', 12],
  ['结案数', 'closed', 10],
  ['罚款金额（元）', 'fines', 16],
];

export const FIGURE_TABLES: Record<DashboardFigure, Table> = {
  agencies: perAgency('各执法主体办案情况', ...COUNTS),
  domains: table('各执法领域办案情况', ['领域', 'domain', 16], ...COUNTS),
  items: table(
    '各执法事项办案情况',
    ['事项编码', 'itemCode', 18],
    ['执法事项', 'itemName', 40],
    ['领域', 'domain', 14],
    ...COUNTS,
  ),
  officers: table('执法人员办案量', ['执法人员', 'name', 12], AGENCY, ['承办案件数', 'assigned', 12]),
  overdue: perAgency('逾期办案环节', ['逾期环节数', 'steps', 12], ['涉及案件数', 'cases', 12]),
  reviews: perAgency(
    '案卷评查合格率',
    ['评查案卷数', 'reviewed', 12],
    ['合格数（含优秀）', 'passed', 16],
    ['优秀数', 'excellent', 10],
    ['合格率', 'passRate', 10],
  ),
  idle: perAgency(
    '零执法赋权事项',
    ['赋权事项数', 'delegated', 12],
    ['零执法事项数', 'idle', 14],
    ['零执法事项', 'itemNames', 60],
  ),
  disclosure: perAgency(
    '行政处罚决定公示按时率',
    ['到期公示数', 'due', 12],
    ['按时公示数', 'onTime', 12],
    ['逾期公示数', 'late', 12],
    ['逾期未公示数', 'overdue', 14],
    ['按时率', 'onTimeRate', 10],
  ),
  training: perAgency(
    '执法人员培训学时达标情况',
    ['年度要求学时', 'requirement', 14],
    ['执法人员数', 'officers', 12],
    ['未达标人数', 'short', 12],
  ),
};

export async function exportFigure(app: AppContext, scope: DataScope, figure: DashboardFigure, f: DashboardFilter) {
  const answer = await readFigure(app, scope, figure, f);
  const rows = (answer.rows as Row[]).map((r) => ({
    ...r,
    ...(Array.isArray(r.items) ? { itemNames: (r.items as { name: string }[]).map((i) => i.name).join('；') } : {}),
    ...(r.passRate !== undefined
      ? { passRate: r.passRate === null ? '—' : `${(Number(r.passRate) * 100).toFixed(1)}%` }
      : {}),
  }));
  const table = FIGURE_TABLES[figure];
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(table.title.slice(0, 31));
  sheet.columns = table.columns.map((c) => ({ key: c.key, width: c.width }));
  sheet.mergeCells(1, 1, 1, table.columns.length);
  const title = sheet.getCell(1, 1);
  title.value = `${table.title}（${f.from} 至 ${f.to}）`;
  title.font = { bold: true, size: 14 };
  title.alignment = { horizontal: 'center' };
  const header = sheet.getRow(2);
  table.columns.forEach((c, i) => (header.getCell(i + 1).value = c.header));
  header.font = { bold: true };
  for (const r of rows) sheet.addRow(r);
  sheet.views = [{ state: 'frozen', ySplit: 2 }];
  return { title: table.title, rows: rows.length, data: Buffer.from(await workbook.xlsx.writeBuffer()) };
}
