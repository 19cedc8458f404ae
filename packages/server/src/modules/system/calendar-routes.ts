import { calendarQuery, calendarView, calendarYearBody, calendarYearParams, calendarYearResult } from '@zhifa/contract';
import { sql } from 'kysely';
import { parseCalendarEntries } from '@zhifa/domain';
import { badRequest } from '../../platform/errors';
import { defineRead, defineWrite } from '../../platform/route';
import { recomputeProvisionalDeadlines } from '../cases/commands/recompute-provisional-deadlines';
import { invalidateCalendarCache, readCalendar } from '../../shared/calendar-store';

const tags = ['节假日'];

export const calendarRoutes = [
  defineRead({
    method: 'GET',
    url: '/api/calendar',
    access: 'authenticated',
    summary: '已导入的节假日与调休安排（按年）',
    tags,
    query: calendarQuery,
    response: calendarView,
    handler: async ({ app, query }) => {
      const years = await sql<{ year: number; holidays: number; workdays: number }>`
        select extract(year from date)::int as year,
               count(*) filter (where kind = 'holiday')::int as holidays,
               count(*) filter (where kind = 'workday')::int as workdays
        from calendar_entries group by 1 order by 1`.execute(app.db);
      let q = app.db.selectFrom('calendar_entries').selectAll().orderBy('date');
      if (query.year) q = q.where(sql<boolean>`extract(year from date) = ${query.year}`);
      const rows = query.year ? await q.execute() : [];
      return { years: years.rows, entries: rows.map((r) => ({ date: r.date, kind: r.kind, name: r.name })) };
    },
  }),
  defineWrite({
    method: 'PUT',
    url: '/api/calendar/:year',
    access: 'config:manage',
    summary: '导入或替换某一年的节假日与调休安排（依据国务院办公厅通知）',
    tags,
    params: calendarYearParams,
    body: calendarYearBody,
    response: calendarYearResult,
    auditEvent: 'calendar.yearLoaded',
    handler: async ({ app, tx, params, body, audited, afterCommit }) => {
      const parsed = parseCalendarEntries(body.entries);
      if (!parsed.ok) throw badRequest('INVALID_CALENDAR', parsed.errors.join('；'), { errors: parsed.errors });
      if (parsed.years.length !== 1 || parsed.years[0] !== params.year) {
        throw badRequest('CALENDAR_YEAR_MISMATCH', `所有日期必须属于 ${params.year} 年`);
      }
      await tx
        .deleteFrom('calendar_entries')
        .where(sql<boolean>`extract(year from date) = ${params.year}`)
        .execute();
      await tx
        .insertInto('calendar_entries')
        .values(parsed.entries.map((e) => ({ date: e.date, kind: e.kind, name: e.name ?? null })))
        .execute();
      afterCommit(invalidateCalendarCache);
      const report = await recomputeProvisionalDeadlines(app, tx, params.year, await readCalendar(tx));
      const holidays = parsed.entries.filter((e) => e.kind === 'holiday').length;
      audited({
        objectType: 'calendar',
        objectId: String(params.year),
        details: { notice: body.notice, holidays, recomputedCases: report.cases, movedDeadlines: report.moved.length },
      });
      return {
        year: params.year,
        holidays,
        workdays: parsed.entries.length - holidays,
        warnings: parsed.warnings,
        recomputedCases: report.cases,
        moved: report.moved,
      };
    },
  }),
];
