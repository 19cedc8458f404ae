import { addDays } from '@zhifa/domain';
import type { Tx } from '../db/schema';
import type { AppContext } from '../platform/context';
import type { DemoLibraryContext } from './library-context';

interface DemoTraining {
  course: string;
  provider: string;
  /** Days before the seeding day (kept inside the current year). */
  daysAgo: number;
  minutes?: number;
  hours?: number;
}

// 16 + 20 (900 min) + 16 (720 min) + 8 = 60 学时: the default yearly requirement, met exactly.
const FULL_YEAR: DemoTraining[] = [
  { course: '行政处罚法专题培训', provider: '蓬江区司法局', daysAgo: 120, hours: 16 },
  { course: '乡镇综合行政执法业务培训', provider: '江门市司法局', daysAgo: 90, minutes: 900 },
  { course: '法治政府建设与依法行政', provider: '蓬江区委党校', daysAgo: 60, minutes: 720 },
  { course: '执法文书制作规范', provider: '蓬江区司法局', daysAgo: 20, hours: 8 },
];

// Who falls short in the demo (the shortfall report shows them), and how much they did.
const SHORT: Record<string, DemoTraining[]> = {
  officer3: FULL_YEAR.slice(0, 2), // 36 学时
  aux: [],
};
const VERY_SHORT = new Set(['hetang.officer2', 'tangxia.officer1']);

/** Demo data of the people module: reviewer designations and training records. */
export async function seedPeopleDemo(tx: Tx, _app: AppContext, ctx: DemoLibraryContext): Promise<void> {
  const accounts = await tx
    .selectFrom('users')
    .innerJoin('persons', 'persons.id', 'users.person_id')
    .select(['users.username', 'users.roles', 'persons.id as person_id', 'persons.post'])
    .execute();

  const reviewers = accounts.filter((a) => a.roles.includes('legalReviewer')).map((a) => a.person_id);
  if (reviewers.length)
    await tx.updateTable('persons').set({ legal_reviewer: true }).where('id', 'in', reviewers).execute();

  const yearStart = `${ctx.today.slice(0, 4)}-01-01`;
  const dateOf = (daysAgo: number) => {
    const d = addDays(ctx.today, -daysAgo);
    return d < yearStart ? yearStart : d;
  };
  const rows: {
    person_id: string;
    course: string;
    provider: string;
    date: string;
    minutes: number | null;
    hours: number | null;
    source: 'manual' | 'import';
  }[] = [];
  const add = (personId: string, list: DemoTraining[], date: (t: DemoTraining) => string) => {
    for (const t of list)
      rows.push({
        person_id: personId,
        course: t.course,
        provider: t.provider,
        date: date(t),
        minutes: t.minutes ?? null,
        hours: t.hours ?? null,
        source: 'manual',
      });
  };
  const trained = accounts.filter(
    (a) => a.post === 'establishment' && !a.roles.some((r) => r.endsWith('Admin')) && a.username !== 'coordinator',
  );
  for (const a of trained) {
    const suffix = a.username.split('.')[1] ?? '';
    const list = VERY_SHORT.has(a.username) ? FULL_YEAR.slice(3) : (SHORT[suffix] ?? FULL_YEAR);
    add(a.person_id, list, (t) => dateOf(t.daysAgo));
    // Last year's training does not count towards this year.
    add(
      a.person_id,
      [{ course: '年度执法人员轮训', provider: '江门市司法局', daysAgo: 0, hours: 40 }],
      () => `${Number(ctx.today.slice(0, 4)) - 1}-11-15`,
    );
  }
  if (rows.length) await tx.insertInto('training_records').values(rows).execute();
}
