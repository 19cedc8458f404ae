// Runs the tests with the whole run moved to other days of the year (ZHIFA_TEST_DATE), to prove
// that nothing depends on today's date: late December of the last year whose holiday notice ships
// with the platform, a day in the following year (no notice loaded), and a day in mid-year.
//   node scripts/test-dates.mjs                 unit, integration and browser tests at each date
//   node scripts/test-dates.mjs --no-e2e        unit and integration tests only
//   node scripts/test-dates.mjs --year-end      only the two dates around the end of the holiday notices
//                                               (CI: the run itself already covers an ordinary day)
//   node scripts/test-dates.mjs 2026-12-28 ...  at the dates given
import { spawnSync } from 'node:child_process';
import { defaultCalendar } from '@zhifa/domain';

const args = process.argv.slice(2);
const withE2e = !args.includes('--no-e2e');
const given = args.filter((a) => /^\d{4}-\d{2}-\d{2}$/.test(a));
const last = Math.max(...defaultCalendar().loadedYears);
const yearEnd = [`${last}-12-28`, `${last + 1}-03-16`];
const dates = given.length ? given : args.includes('--year-end') ? yearEnd : [...yearEnd, `${last}-06-17`];

const failed = [];
for (const date of dates) {
  console.log(`\n=== ZHIFA_TEST_DATE=${date} ===`);
  const script = withE2e ? 'test' : 'test:fast';
  const r = spawnSync('npm', ['run', script], { stdio: 'inherit', env: { ...process.env, ZHIFA_TEST_DATE: date } });
  if (r.status !== 0) failed.push(date);
}
console.log(failed.length ? `\nfailed at: ${failed.join(', ')}` : `\nall passed at: ${dates.join(', ')}`);
process.exit(failed.length ? 1 : 0);
