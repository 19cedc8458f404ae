// Runs the tests with the whole run moved to other days of the year (ZHIFA_TEST_DATE), to prove
// that nothing depends on today's date: late December of the last year whose holiday notice ships
// with the platform, a day in the following year (no notice loaded), and a day in mid-year.
//   node scripts/test-dates.mjs                 unit, integration and browser tests at each date
//   node scripts/test-dates.mjs --no-e2e        unit and integration tests only
//   node scripts/test-dates.mjs --integration   the integration suite only (with TEST_DATABASE_URL:
//                                               against that PostgreSQL server)
//   node scripts/test-dates.mjs --december      only late December of the last shipped year
//   node scripts/test-dates.mjs --next-year     only the day in the following year
//   node scripts/test-dates.mjs 2026-12-28 ...  at the dates given
import { spawnSync } from 'node:child_process';
import { defaultCalendar } from '@zhifa/domain';

const args = process.argv.slice(2);
const script = args.includes('--integration') ? 'test:integration' : args.includes('--no-e2e') ? 'test:fast' : 'test';
const given = args.filter((a) => /^\d{4}-\d{2}-\d{2}$/.test(a));
const last = Math.max(...defaultCalendar().loadedYears);
const december = `${last}-12-28`;
const nextYear = `${last + 1}-03-16`;
const chosen = [
  ...(args.includes('--december') ? [december] : []),
  ...(args.includes('--next-year') ? [nextYear] : []),
];
const dates = given.length ? given : chosen.length ? chosen : [december, nextYear, `${last}-06-17`];

const failed = [];
for (const date of dates) {
  console.log(`\n=== ZHIFA_TEST_DATE=${date} (${script}) ===`);
  const r = spawnSync('npm', ['run', script], { stdio: 'inherit', env: { ...process.env, ZHIFA_TEST_DATE: date } });
  if (r.status !== 0) failed.push(date);
}
console.log(failed.length ? `\nfailed at: ${failed.join(', ')}` : `\nall passed at: ${dates.join(', ')}`);
process.exit(failed.length ? 1 : 0);
