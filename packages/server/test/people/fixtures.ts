import crypto from 'node:crypto';
import ExcelJS from 'exceljs';
import { idNumberCheckChar } from '@zhifa/domain';
import type { TestPlatform } from '../helpers';

/** A valid GB 11643 number for a birth date and sequence. */
export function validId(birth = '19880512', seq = 321): string {
  const base = `440703${birth}${String(seq).padStart(3, '0')}`;
  return base + idNumberCheckChar(base)!;
}

/** The same number with a wrong check character. */
export function badCheckDigit(id: string): string {
  const last = id[17];
  return id.slice(0, 17) + (last === '1' ? '2' : '1');
}

export async function agencyId(p: TestPlatform, shortName: string): Promise<string> {
  const row = await p.app.db
    .selectFrom('agencies')
    .select('id')
    .where('short_name', '=', shortName)
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function personOf(p: TestPlatform, username: string): Promise<string> {
  const row = await p.app.db
    .selectFrom('users')
    .select('person_id')
    .where('username', '=', username)
    .executeTakeFirstOrThrow();
  return row.person_id!;
}

export function isoDaysFrom(base: Date, days: number): string {
  return new Date(base.getTime() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

export function multipartFile(filename: string, data: Buffer) {
  const boundary = `----zhifa${crypto.randomBytes(8).toString('hex')}`;
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n`;
  return {
    body: Buffer.concat([Buffer.from(head), data, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

export async function xlsx(header: string[], rows: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('培训记录');
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
