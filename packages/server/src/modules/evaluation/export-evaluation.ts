// 考核评议 as Excel for the annual assessment: rank, score and every indicator's figures.
import { EVALUATION_INDICATORS, INDICATOR_KEYS, type DataScope } from '@zhifa/domain';
import ExcelJS from 'exceljs';
import type { AppContext } from '../../platform/context';
import { evaluateYear } from './evaluate-year';

export async function exportEvaluation(app: AppContext, scope: DataScope, year: number): Promise<Buffer> {
  const r = await evaluateYear(app, scope, year);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(`${year}年度考核评议`);
  const header = ['排名', '执法主体', '总分'];
  for (const k of INDICATOR_KEYS) {
    const label = EVALUATION_INDICATORS[k].label;
    header.push(`${label}（权重${r.weights[k]}）`, `${label}分子`, `${label}分母`, `${label}得分`);
  }
  sheet.addRow(header).font = { bold: true };
  for (const a of r.agencies) {
    const row: (string | number)[] = [a.rank, a.agencyName, a.score];
    for (const i of a.indicators)
      row.push(i.rate === null ? '无数据' : `${(i.rate * 100).toFixed(1)}%`, i.numerator, i.denominator, i.points);
    sheet.addRow(row);
  }
  const notes = workbook.addWorksheet('指标说明');
  notes.addRow(['指标', '计算方法', '权重']).font = { bold: true };
  for (const k of INDICATOR_KEYS)
    notes.addRow([EVALUATION_INDICATORS[k].label, EVALUATION_INDICATORS[k].basis, r.weights[k]]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
