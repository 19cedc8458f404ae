// Validation of an administrator's upload of a year's holiday notice. Errors block the import;
// warnings are shown for confirmation. Messages are user-facing, hence Chinese.
import type { CalendarEntry } from './entry';
import { dayOfWeek, isValidDate, yearOf } from './dates';

export type ParseCalendarEntriesResult =
  { ok: true; entries: CalendarEntry[]; years: number[]; warnings: string[] } | { ok: false; errors: string[] };

const NAME_MAX_LENGTH = 30;
const WEEKDAY_NAMES = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

// 全国年节及纪念日放假办法 第2条: 13 statutory days from 2025 (11 before the 2024 revision).
// A notice's days off include these, so fewer days off means an incomplete upload.
function statutoryHolidayDays(year: number): number {
  return year >= 2025 ? 13 : 11;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkEntry(item: unknown, label: string, errors: string[]): CalendarEntry | null {
  if (!isRecord(item)) {
    errors.push(`${label}：应为包含 date、kind、name 的对象`);
    return null;
  }
  const { date, kind, name } = item;
  const before = errors.length;
  if (!isValidDate(date)) errors.push(`${label}：日期“${String(date)}”无效，应为 YYYY-MM-DD 格式的真实日期`);
  if (kind !== 'holiday' && kind !== 'workday') {
    errors.push(`${label}：类型“${String(kind)}”无效，应为 holiday（放假）或 workday（调休上班）`);
  }
  if (typeof name !== 'string' || name.trim() === '') errors.push(`${label}：缺少节日名称`);
  else if (name.trim().length > NAME_MAX_LENGTH) errors.push(`${label}：节日名称过长（最多 ${NAME_MAX_LENGTH} 字）`);
  if (errors.length > before) return null;
  const entry: CalendarEntry = {
    date: date as string,
    kind: kind as CalendarEntry['kind'],
    name: (name as string).trim(),
  };
  const weekday = dayOfWeek(entry.date);
  if (entry.kind === 'workday' && weekday !== 0 && weekday !== 6) {
    errors.push(`${label}：${entry.date} 是${WEEKDAY_NAMES[weekday]}，本来就是工作日，不应标为调休上班`);
    return null;
  }
  return entry;
}

export function parseCalendarEntries(input: unknown): ParseCalendarEntriesResult {
  if (!Array.isArray(input)) return { ok: false, errors: ['上传内容应为节假日条目数组'] };
  if (input.length === 0) return { ok: false, errors: ['上传内容为空，至少应包含一条节假日条目'] };

  const errors: string[] = [];
  const entries: CalendarEntry[] = [];
  const firstIndexOfDate = new Map<string, number>();
  input.forEach((item, i) => {
    const label = `第 ${i + 1} 条`;
    const entry = checkEntry(item, label, errors);
    if (!entry) return;
    const previous = firstIndexOfDate.get(entry.date);
    if (previous !== undefined) {
      errors.push(`${label}：日期 ${entry.date} 与第 ${previous + 1} 条重复`);
      return;
    }
    firstIndexOfDate.set(entry.date, i);
    entries.push(entry);
  });

  const years = [...new Set(entries.map((e) => yearOf(e.date)))].sort((a, b) => a - b);
  const warnings: string[] = [];
  for (const year of years) {
    const newYearsDay = entries.find((e) => e.date === `${year}-01-01`);
    if (newYearsDay?.kind !== 'holiday') {
      errors.push(`${year} 年缺少元旦（1 月 1 日）放假条目，请确认上传的是完整的全年安排`);
    }
    const daysOff = entries.filter((e) => e.kind === 'holiday' && yearOf(e.date) === year).length;
    const minimum = statutoryHolidayDays(year);
    if (daysOff < minimum) {
      warnings.push(`${year} 年仅有 ${daysOff} 个放假日，少于法定节假日 ${minimum} 天，请核对是否完整`);
    }
  }

  if (errors.length > 0) return { ok: false, errors };
  entries.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { ok: true, entries, years, warnings };
}
