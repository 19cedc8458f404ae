// 公示设置 (statement 68: 7 working days unless the sector's rule is shorter; the publication period;
// how a person's name appears): who may change them, what is refused, and that the next decision's
// disclosure task follows the change.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addWorkingDays } from '@zhifa/domain';
import { commandId, createHarness, T0, type Harness } from '../cases/fixtures';
import { loadCalendar } from '../../src/shared/calendar-store';
import { decidedCase, taskOf } from './support';

let h: Harness;
let duruan: string;

beforeAll(async () => {
  h = await createHarness();
  duruan = (
    await h.p.app.db
      .selectFrom('users')
      .select('agency_id')
      .where('username', '=', 'duruan.head')
      .executeTakeFirstOrThrow()
  ).agency_id!;
});
afterAll(async () => {
  await h?.close();
});

const put = async (user: string, body: Record<string, unknown>) =>
  h.p.request({
    method: 'PUT',
    url: '/api/disclosure/settings',
    cookie: await h.cookie(user),
    body: { commandId: commandId(), ...body },
  });
const get = async (user: string) =>
  h.p.request({ method: 'GET', url: '/api/disclosure/settings', cookie: await h.cookie(user) });
const valid = () => ({ agencyId: duruan, sector: null, workingDays: 5, publicationMonths: 24, personNames: 'surname' });

describe('disclosure settings', () => {
  it('security.md: an officer neither reads nor changes them; another township head cannot change this one; a head cannot change the county-wide row', async () => {
    expect((await get('duruan.officer1')).statusCode).toBe(403);
    expect((await put('duruan.officer1', valid())).statusCode).toBe(403);
    expect((await put('baisha.head', valid())).statusCode).toBe(404);
    const county = await put('duruan.head', { ...valid(), agencyId: null });
    expect(county.statusCode).toBe(403);
    expect(county.json().message).toContain('全县');
    expect(h.ok(await get('duruan.head')).rows).toEqual([]);
  });

  it('statement 68: out-of-range days, a period of 0 months, an unknown sector and an unknown name style are refused with 400 and Chinese messages', async () => {
    for (const [field, value, message] of [
      ['workingDays', 0, '至少 1 个工作日'],
      ['workingDays', 21, '不超过 20 个工作日'],
      ['workingDays', 2.5, '整数'],
      ['publicationMonths', 0, '至少 1 个月'],
      ['sector', '不存在的领域', '领域'],
      ['personNames', 'initials', '姓名显示方式'],
    ] as const) {
      const res = await put('duruan.head', { ...valid(), [field]: value });
      expect(res.statusCode, `${field}=${value}`).toBe(400);
      const details = res.json().details as { message: string }[];
      expect(details.map((d) => d.message).join(' ')).toContain(message);
    }
  });

  it('statement 68: the head shortens the own agency to 5 working days and full names; the next decision is due then and names the party in full; the change is audited', async () => {
    const saved = h.ok(await put('duruan.head', { ...valid(), personNames: 'full' }));
    expect(saved.rows).toEqual([
      expect.objectContaining({
        agencyId: duruan,
        sector: null,
        workingDays: 5,
        publicationMonths: 24,
        personNames: 'full',
      }),
    ]);
    const next = await decidedCase(h);
    const task = await taskOf(h, next.documentId);
    expect(task.due_on).toBe(addWorkingDays(T0, 5, await loadCalendar(h.p.app.db)));
    expect(task.rendition!.party.name).toBe('张三');
    const audit = await h.p.app.db
      .selectFrom('audit_log')
      .select(['event_type', 'details'])
      .where('event_type', '=', 'disclosure.settingsUpdated')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0].details).toMatchObject({ agencyId: duruan, workingDays: 5, previous: null });
  });

  it('statement 68: a county supervisor sets the county-wide row, which the agency row still overrides; saving the same key again replaces it', async () => {
    h.ok(await put('supervisor', { ...valid(), agencyId: null, workingDays: 3 }));
    const again = h.ok(await put('supervisor', { ...valid(), agencyId: null, workingDays: 4 }));
    expect(again.countyWide).toBe(true);
    expect(again.rows.filter((r: { agencyId: string | null }) => r.agencyId === null)).toEqual([
      expect.objectContaining({ workingDays: 4 }),
    ]);
    const next = await decidedCase(h);
    expect((await taskOf(h, next.documentId)).due_on).toBe(addWorkingDays(T0, 5, await loadCalendar(h.p.app.db)));
  });
});
