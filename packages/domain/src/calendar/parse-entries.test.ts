import { describe, expect, it } from 'vitest';
import { CN_HOLIDAYS_2024_2026, addWorkingDays, createCalendar, parseCalendarEntries } from './index';

const year2026 = CN_HOLIDAYS_2024_2026.filter((e) => e.date.startsWith('2026'));

function errorsOf(input: unknown): string[] {
  const r = parseCalendarEntries(input);
  return r.ok ? [] : r.errors;
}

describe('administrator upload of a holiday notice (放假办法 第7条: the notice is loaded each year)', () => {
  it('accepts a complete year, sorted, and the result extends a calendar', () => {
    const shuffled = [...year2026].reverse();
    const r = parseCalendarEntries(shuffled);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.years).toEqual([2026]);
    expect(r.warnings).toEqual([]);
    expect(r.entries.map((e) => e.date)).toEqual(year2026.map((e) => e.date).sort());
    const cal = createCalendar(r.entries);
    expect(addWorkingDays('2026-02-12', 7, cal)).toBe('2026-02-28');
  });

  it('refuses input that is not a non-empty array', () => {
    expect(errorsOf({ date: '2027-01-01' })).toEqual(['上传内容应为节假日条目数组']);
    expect(errorsOf([])).toEqual(['上传内容为空，至少应包含一条节假日条目']);
  });

  it('reports each bad entry with its position, in Chinese', () => {
    const errors = errorsOf([
      { date: '2027-01-01', kind: 'holiday', name: '元旦' },
      'x',
      { date: '2027-02-30', kind: 'holiday', name: '春节' },
      { date: '2027-02-06', kind: 'off', name: '春节' },
      { date: '2027-02-07', kind: 'holiday', name: ' ' },
    ]);
    expect(errors).toEqual([
      '第 2 条：应为包含 date、kind、name 的对象',
      '第 3 条：日期“2027-02-30”无效，应为 YYYY-MM-DD 格式的真实日期',
      '第 4 条：类型“off”无效，应为 holiday（放假）或 workday（调休上班）',
      '第 5 条：缺少节日名称',
    ]);
  });

  it('refuses duplicate dates and a swapped working day on a weekday', () => {
    const errors = errorsOf([
      { date: '2027-01-01', kind: 'holiday', name: '元旦' },
      { date: '2027-01-01', kind: 'holiday', name: '元旦' },
      { date: '2027-01-04', kind: 'workday', name: '元旦调休上班' },
    ]);
    expect(errors).toContain('第 2 条：日期 2027-01-01 与第 1 条重复');
    expect(errors).toContain('第 3 条：2027-01-04 是周一，本来就是工作日，不应标为调休上班');
  });

  it('全国年节及纪念日放假办法 第2条: a year without 元旦 is refused as incomplete', () => {
    const errors = errorsOf(year2026.filter((e) => e.date !== '2026-01-01'));
    expect(errors).toEqual(['2026 年缺少元旦（1 月 1 日）放假条目，请确认上传的是完整的全年安排']);
  });

  it('全国年节及纪念日放假办法 第2条: warns when a year has fewer days off than the 13 statutory days', () => {
    const r = parseCalendarEntries([{ date: '2027-01-01', kind: 'holiday', name: '元旦' }]);
    expect(r.ok && r.warnings).toEqual(['2027 年仅有 1 个放假日，少于法定节假日 13 天，请核对是否完整']);
  });
});
