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

const AGENCY = { header: '执法主体', key: 'agencyName', width: 22 };
const COUNTS = [
  { header: '立案数', key: 'filed', width: 10 },
  { header: '作出决定数', key: 'decided', width: 12 },
  { header: '结案数', key: 'closed', width: 10 },
  { header: '罚款金额（元）', key: 'fines', width: 16 },
];

export const FIGURE_TABLES: Record<DashboardFigure, Table> = {
  agencies: { title: '各执法主体办案情况', columns: [AGENCY, ...COUNTS] },
  domains: { title: '各执法领域办案情况', columns: [{ header: '领域', key: 'domain', width: 16 }, ...COUNTS] },
  items: {
    title: '各执法事项办案情况',
    columns: [
      { header: '事项编码', key: 'itemCode', width: 18 },
      { header: '执法事项', key: 'itemName', width: 40 },
      { header: '领域', key: 'domain', width: 14 },
      ...COUNTS,
    ],
  },
  officers: {
    title: '执法人员办案量',
    columns: [
      { header: '执法人员', key: 'name', width: 12 },
      AGENCY,
      { header: '承办案件数', key: 'assigned', width: 12 },
    ],
  },
  overdue: {
    title: '逾期办案环节',
    columns: [
      AGENCY,
      { header: '逾期环节数', key: 'steps', width: 12 },
      { header: '涉及案件数', key: 'cases', width: 12 },
    ],
  },
  reviews: {
    title: '案卷评查合格率',
    columns: [
      AGENCY,
      { header: '评查案卷数', key: 'reviewed', width: 12 },
      { header: '合格数（含优秀）', key: 'passed', width: 16 },
      { header: '优秀数', key: 'excellent', width: 10 },
      { header: '合格率', key: 'passRate', width: 10 },
    ],
  },
  idle: {
    title: '零执法赋权事项',
    columns: [
      AGENCY,
      { header: '赋权事项数', key: 'delegated', width: 12 },
      { header: '零执法事项数', key: 'idle', width: 14 },
      { header: '零执法事项', key: 'itemNames', width: 60 },
    ],
  },
  disclosure: {
    title: '行政处罚决定公示按时率',
    columns: [
      AGENCY,
      { header: '到期公示数', key: 'due', width: 12 },
      { header: '按时公示数', key: 'onTime', width: 12 },
      { header: '逾期公示数', key: 'late', width: 12 },
      { header: '逾期未公示数', key: 'overdue', width: 14 },
      { header: '按时率', key: 'onTimeRate', width: 10 },
    ],
  },
  training: {
    title: '执法人员培训学时达标情况',
    columns: [
      AGENCY,
      { header: '年度要求学时', key: 'requirement', width: 14 },
      { header: '执法人员数', key: 'officers', width: 12 },
      { header: '未达标人数', key: 'short', width: 12 },
    ],
  },
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
