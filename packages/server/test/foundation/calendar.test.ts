import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addWorkingDays, trackProvisional } from '@zhifa/domain';
import { loadCalendar, invalidateCalendarCache } from '../../src/shared/calendar-store';
import { createTestPlatform, type TestPlatform } from '../helpers';

let p: TestPlatform;
beforeAll(async () => {
  p = await createTestPlatform();
});
afterAll(async () => {
  await p?.close();
});

// A made-up 2027 arrangement: the real notice is published by the State Council each November.
const entries2027 = [
  { date: '2027-01-01', kind: 'holiday', name: '元旦' },
  { date: '2027-02-05', kind: 'holiday', name: '春节' },
  { date: '2027-02-08', kind: 'holiday', name: '春节' },
  { date: '2027-02-09', kind: 'holiday', name: '春节' },
  { date: '2027-02-10', kind: 'holiday', name: '春节' },
  { date: '2027-02-11', kind: 'holiday', name: '春节' },
  { date: '2027-02-20', kind: 'workday', name: '春节调休' },
];

describe('holiday calendars (全国年节及纪念日放假办法; 行政处罚法 第85条)', () => {
  it('ships 2024–2026; a deadline reaching 2027 is computed provisionally from the 办法, never refused', async () => {
    const sys = await p.login('sysadmin');
    const res = await p.request({ method: 'GET', url: '/api/calendar', cookie: sys });
    expect(res.json().years.map((y: { year: number }) => y.year)).toEqual([2024, 2025, 2026]);
    invalidateCalendarCache();
    const calendar = await loadCalendar(p.app.db);
    // 28, 29, 30, 31 Dec; 1 Jan 2027 (元旦) off; 4–8 Jan; 11 Jan is the tenth.
    expect(trackProvisional(calendar, (c) => addWorkingDays('2026-12-25', 10, c))).toEqual({
      value: '2027-01-11',
      provisional: true,
      provisionalYears: [2027],
    });
  });

  it('only the system administrator loads a year; entries outside the year are refused; afterwards deadlines compute', async () => {
    const officer = await p.login('duruan.officer1');
    const denied = await p.request({
      method: 'PUT',
      url: '/api/calendar/2027',
      cookie: officer,
      body: { notice: '国办发明电〔2026〕1号', entries: entries2027 },
    });
    expect(denied.statusCode).toBe(403);
    const sys = await p.login('sysadmin');
    const wrongYear = await p.request({
      method: 'PUT',
      url: '/api/calendar/2027',
      cookie: sys,
      body: {
        notice: '国办发明电〔2026〕1号',
        entries: [...entries2027, { date: '2028-01-01', kind: 'holiday', name: '元旦' }],
      },
    });
    expect(wrongYear.statusCode).toBe(400);
    const ok = await p.request({
      method: 'PUT',
      url: '/api/calendar/2027',
      cookie: sys,
      body: { notice: '国办发明电〔2026〕1号', entries: entries2027 },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().holidays).toBe(6);
    const calendar = await loadCalendar(p.app.db);
    // 2026-12-31 (Thu) + 2 working days: 2027-01-01 is a holiday → Mon 2027-01-04, Tue 2027-01-05.
    expect(addWorkingDays('2026-12-31', 2, calendar)).toBe('2027-01-05');
    const audit = await p.app.db
      .selectFrom('audit_log')
      .selectAll()
      .where('event_type', '=', 'calendar.yearLoaded')
      .execute();
    expect(audit).toHaveLength(1);
  });
});
