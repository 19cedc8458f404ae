// 评查结果 as Excel: the per-agency and per-item tables of the results page.
import type { DataScope } from '@zhifa/domain';
import ExcelJS from 'exceljs';
import type { AppContext } from '../../platform/context';
import { planResults } from './queries';

export async function exportResults(app: AppContext, scope: DataScope, planId: string): Promise<Buffer> {
  const r = await planResults(app.db, scope, planId);
  const workbook = new ExcelJS.Workbook();
  const byAgency = workbook.addWorksheet('按执法主体');
  byAgency.addRow(['执法主体', '抽取案卷', '已评查', '平均分', '优秀', '合格', '不合格']).font = { bold: true };
  for (const a of r.agencies)
    byAgency.addRow([a.agencyName, a.files, a.reviewed, a.average ?? '—', a.excellent, a.pass, a.fail]);
  const byItem = workbook.addWorksheet('按评查项目');
  byItem.addRow(['评查项目', '分值', '平均得分', '合计失分']).font = { bold: true };
  for (const i of r.items) byItem.addRow([i.title, i.points, i.average ?? '—', i.lost]);
  const vetoes = workbook.addWorksheet('否决项');
  vetoes.addRow(['否决项', '案卷数']).font = { bold: true };
  for (const v of r.vetoes) vetoes.addRow([v.title, v.count]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
