// The public list of a township's delegated powers (赋权事项清单), as the disclosure portal shows
// it (行政执法公示 事前公开): what the township may exercise on the date, on what basis, since when.
// It lives with the catalogue because it prints the items' bases and penalties beside the delegation.

import ExcelJS from 'exceljs';
import { ITEM_KIND_LABELS, formatPenalties } from '@zhifa/domain';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { agencyItemsOn, type Township } from '../delegation/queries';
import { allItems } from './queries';

const COLUMNS = [
  { header: '序号', key: 'n', width: 6 },
  { header: '事项编码', key: 'code', width: 18 },
  { header: '事项名称', key: 'name', width: 46 },
  { header: '事项类型', key: 'kind', width: 10 },
  { header: '所属领域', key: 'domain', width: 10 },
  { header: '原实施部门', key: 'department', width: 26 },
  { header: '实施依据', key: 'basis', width: 40 },
  { header: '处罚依据', key: 'penaltyBasis', width: 34 },
  { header: '处罚种类及幅度', key: 'penalties', width: 50 },
  { header: '赋权文号', key: 'documentNo', width: 18 },
  { header: '起始日期', key: 'from', width: 12 },
];

export async function publicListWorkbook(db: Kysely<DB>, township: Township, date: string): Promise<Buffer> {
  const list = await agencyItemsOn(db, township, date);
  const items = new Map(
    (
      await allItems(
        db,
        list.items.map((i) => i.code),
      )
    ).map((i) => [i.code, i]),
  );
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '综合行政执法平台';
  const sheet = workbook.addWorksheet('赋权事项清单');
  sheet.columns = COLUMNS.map((c) => ({ key: c.key, width: c.width }));
  sheet.mergeCells(1, 1, 1, COLUMNS.length);
  const title = sheet.getCell(1, 1);
  title.value = `${township.name}赋权事项清单（${date}）`;
  title.font = { bold: true, size: 14 };
  title.alignment = { horizontal: 'center' };
  const header = sheet.getRow(2);
  COLUMNS.forEach((c, i) => (header.getCell(i + 1).value = c.header));
  header.font = { bold: true };
  list.items.forEach((entry, i) => {
    const item = items.get(entry.code);
    sheet.addRow({
      n: i + 1,
      code: entry.code,
      name: entry.name,
      kind: ITEM_KIND_LABELS[entry.kind],
      domain: entry.domain,
      department: entry.departmentName,
      basis: item?.basis.map((c) => c.citation).join('；') ?? '',
      penaltyBasis: item?.penaltyBasis.map((c) => c.citation).join('；') ?? '',
      penalties: item ? formatPenalties(item.penalties) : '',
      documentNo: entry.documentNo,
      from: entry.from,
    });
  });
  sheet.views = [{ state: 'frozen', ySplit: 2 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
