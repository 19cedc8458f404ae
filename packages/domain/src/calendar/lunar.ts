// Dates of the lunar festivals and of 清明 that 全国年节及纪念日放假办法 第二条 makes holidays.
// The table follows the published Chinese calendar (紫金山天文台《中国天文年历》) for the years a
// provisional calendar is likely to be needed. ICU's Chinese calendar (Intl 'chinese') is used
// only past the table: its new-moon approximation puts two 正月初一 of this range a day off
// (2027-02-06 and 2030-02-03, both new moons within minutes of midnight Beijing time), which
// lunar.test.ts pins.
import { addDays, dateParts } from './dates';

export interface LunarFestivals {
  /** 农历正月初一 */
  springFestival: string;
  /** 农历五月初五 */
  dragonBoat: string;
  /** 农历八月十五 */
  midAutumn: string;
}

const TABLE: Readonly<Record<number, readonly [string, string, string]>> = {
  2024: ['02-10', '06-10', '09-17'],
  2025: ['01-29', '05-31', '10-06'],
  2026: ['02-17', '06-19', '09-25'],
  2027: ['02-06', '06-09', '09-15'],
  2028: ['01-26', '05-28', '10-03'],
  2029: ['02-13', '06-16', '09-22'],
  2030: ['02-03', '06-05', '09-12'],
  2031: ['01-23', '06-24', '10-01'],
  2032: ['02-11', '06-12', '09-19'],
  2033: ['01-31', '06-01', '09-08'],
  2034: ['02-19', '06-20', '09-27'],
  2035: ['02-08', '06-10', '09-16'],
  2036: ['01-28', '05-30', '10-04'],
  2037: ['02-15', '06-18', '09-24'],
  2038: ['02-04', '06-07', '09-13'],
  2039: ['01-24', '05-27', '10-02'],
  2040: ['02-12', '06-14', '09-20'],
};

export const LUNAR_TABLE_YEARS = Object.keys(TABLE).map(Number);

const pad = (n: number) => String(n).padStart(2, '0');

/** Month and day in the Chinese calendar by ICU (Beijing time), e.g. { month: '8', day: 15 }. */
export function icuLunarMonthDay(date: string): { month: string; day: number } {
  const { year: y, month: m, day: d } = dateParts(date);
  const f = new Intl.DateTimeFormat('en-u-ca-chinese', { timeZone: 'Asia/Shanghai', month: 'numeric', day: 'numeric' });
  // Noon Beijing time: the civil day, whatever the host's time zone.
  const parts = f.formatToParts(new Date(Date.UTC(y, m - 1, d, 4)));
  return {
    month: parts.find((p) => p.type === 'month')?.value ?? '',
    day: Number(parts.find((p) => p.type === 'day')?.value),
  };
}

function icuFind(year: number, month: string, day: number, from: string, to: string): string {
  for (let d = `${year}-${from}`; d <= `${year}-${to}`; d = addDays(d, 1)) {
    const l = icuLunarMonthDay(d);
    if (l.month === month && l.day === day) return d;
  }
  throw new RangeError(`无法推算 ${year} 年农历 ${month} 月 ${day} 日`);
}

export function lunarFestivals(year: number): LunarFestivals {
  const row = TABLE[year];
  if (row)
    return { springFestival: `${year}-${row[0]}`, dragonBoat: `${year}-${row[1]}`, midAutumn: `${year}-${row[2]}` };
  return {
    springFestival: icuFind(year, '1', 1, '01-19', '02-21'),
    dragonBoat: icuFind(year, '5', 5, '05-26', '06-26'),
    midAutumn: icuFind(year, '8', 15, '09-06', '10-09'),
  };
}

/**
 * 清明 (the solar term) in 2000–2099: day = ⌊Y × 0.2422 + 4.81⌋ − ⌊Y / 4⌋ of April, Y = year mod 100
 * (the usual 寿星 formula; it has no exception in this century).
 */
export function qingming(year: number): string {
  if (year < 2000 || year > 2099) throw new RangeError(`清明日期仅支持 2000–2099 年：${year}`);
  const y = year % 100;
  const day = Math.floor(y * 0.2422 + 4.81) - Math.floor(y / 4);
  return `${year}-04-${pad(day)}`;
}
