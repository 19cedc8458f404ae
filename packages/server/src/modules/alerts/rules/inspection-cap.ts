// 同一企业检查过频: an enterprise inspected more often in the calendar year than the county's cap
// (settings key `alerts.inspectionCapPerYear`, default 3). There is no inspection record yet: an
// inspection is counted from the leads registered as found by inspection (案源 来源=检查), by
// party name. When inspections get their own table this rule reads that instead.
import { overInspectionCap } from '@zhifa/domain';
import type { AlertRule } from './rule';

export const DEFAULT_INSPECTION_CAP = 3;
export const INSPECTION_CAP_SETTING = 'alerts.inspectionCapPerYear';

export const inspectionCap: AlertRule = {
  id: 'inspectionCap',
  async find({ db, today }) {
    const setting = await db
      .selectFrom('settings')
      .select('value')
      .where('key', '=', INSPECTION_CAP_SETTING)
      .executeTakeFirst();
    const cap = typeof setting?.value === 'number' ? setting.value : DEFAULT_INSPECTION_CAP;
    const year = today.slice(0, 4);
    const rows = await db
      .selectFrom('leads')
      .select([
        'party_name',
        (eb) => eb.fn.countAll<string>().as('n'),
        (eb) => eb.fn.min<string>(eb.cast<string>('agency_id', 'text')).as('agency_id'),
        (eb) => eb.fn.count('agency_id').distinct().as('agencies'),
      ])
      .where('source', '=', 'inspection')
      .where('party_name', 'is not', null)
      .where('received_on', '>=', `${year}-01-01`)
      .where('received_on', '<=', `${year}-12-31`)
      .groupBy('party_name')
      .having((eb) => eb.fn.countAll(), '>', cap)
      .execute();
    return rows
      .filter((r) => overInspectionCap(Number(r.n), cap))
      .map((r) => ({
        subjectKey: `${year}:${r.party_name}`,
        // Inspected by one agency: that agency answers; by several: the county's supervisors.
        agencyId: Number(r.agencies) === 1 ? String(r.agency_id) : null,
        recordType: 'enterprise',
        recordId: r.party_name!,
        title: `${r.party_name}：${year} 年已被检查 ${r.n} 次，超过上限 ${cap} 次`,
        details: { enterprise: r.party_name, year: Number(year), inspections: Number(r.n), cap },
      }));
  },
};
