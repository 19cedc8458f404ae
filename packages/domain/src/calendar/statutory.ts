// A provisional calendar for a year whose State Council notice is not loaded (legal-rules.md §8.3):
// weekends plus the holidays that 全国年节及纪念日放假办法 (2024年修订) 第二条 fixes, with the
// 补假 that 第六条 requires for a holiday falling on a Saturday or Sunday, and no 调休 (第七条
// leaves those to each year's notice). Dates from it are marked provisional wherever shown.
import type { CalendarEntry } from './entry';
import { addDays, isWeekend } from './dates';
import { lunarFestivals, qingming } from './lunar';

export const PROVISIONAL_NOTE = '按法定节日暂算，待国务院节假日安排公布后重算';

/** The full-population holidays of 第二条 for one year, as blocks of consecutive named days. */
function festivalBlocks(year: number): { name: string; days: string[] }[] {
  const l = lunarFestivals(year);
  // 正月初一 falls on 21 January at the earliest, so 除夕 is always in the same year.
  const eve = addDays(l.springFestival, -1);
  return [
    { name: '元旦', days: [`${year}-01-01`] },
    { name: '春节', days: [eve, l.springFestival, addDays(l.springFestival, 1), addDays(l.springFestival, 2)] },
    { name: '清明节', days: [qingming(year)] },
    { name: '劳动节', days: [`${year}-05-01`, `${year}-05-02`] },
    { name: '端午节', days: [l.dragonBoat] },
    { name: '中秋节', days: [l.midAutumn] },
    { name: '国庆节', days: [`${year}-10-01`, `${year}-10-02`, `${year}-10-03`] },
  ];
}

/**
 * Every day off the 办法 gives in `year`, including 补假 days (第六条): each holiday day on a
 * weekend, or falling on a day that is already a holiday (中秋 on 10-03, say), is made up on the
 * first weekday after its block that is not itself off.
 */
export function statutoryHolidays(year: number): CalendarEntry[] {
  const off = new Map<string, string>();
  const owed: { after: string; name: string }[] = [];
  for (const block of festivalBlocks(year)) {
    for (const d of block.days) {
      if (off.has(d) || isWeekend(d)) owed.push({ after: block.days[block.days.length - 1], name: block.name });
      if (!off.has(d)) off.set(d, block.name);
    }
  }
  for (const o of owed) {
    let d = addDays(o.after, 1);
    while (isWeekend(d) || off.has(d)) d = addDays(d, 1);
    off.set(d, `${o.name}（补假）`);
  }
  return [...off.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([date, name]) => ({ date, kind: 'holiday' as const, name }));
}
