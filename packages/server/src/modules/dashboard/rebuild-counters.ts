// Rebuilds the dashboard counters from the case rows (bulk loaders that write cases without the
// command pipeline call it afterwards; the commands keep the counters current themselves).
// The statement is the backfill of migration 0180, fixed text without any value spliced in.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema';

export async function rebuildDayCounters(db: Kysely<DB>): Promise<void> {
  await db.transaction().execute(async (tx) => {
    await tx.deleteFrom('case_day_counts').execute();
    await tx.deleteFrom('officer_day_counts').execute();
    await sql`
      insert into case_day_counts (agency_id, day, item_code, filed, decided, closed, fines)
      select agency_id, day, item_code, sum(filed)::integer, sum(decided)::integer, sum(closed)::integer, sum(fines)
      from (
        select agency_id, filed_on as day, coalesce(item_code, '') as item_code, 1 as filed, 0 as decided, 0 as closed, 0::numeric as fines
        from cases where filed_on is not null
        union all
        select c.agency_id, c.decided_on, coalesce(c.item_code, ''), 0, 1, 0,
          coalesce((
            select sum((l ->> 'amount')::numeric)
            from jsonb_array_elements(
              case when jsonb_array_length(coalesce(c.state -> 'decisions', '[]'::jsonb)) > 0 then c.state -> 'decisions'
                   else jsonb_build_array(c.state -> 'decision') end) d,
              jsonb_array_elements(
                case when jsonb_typeof(d -> 'penalty' -> 'lines') = 'array' then d -> 'penalty' -> 'lines' else '[]'::jsonb end) l
            where d ->> 'outcome' = 'penalty' and l ->> 'kind' = 'fine' and jsonb_typeof(l -> 'amount') = 'number'
          ), 0)
        from cases c where c.decided_on is not null
        union all
        select agency_id, closed_on, coalesce(item_code, ''), 0, 0, 1, 0 from cases where closed_on is not null
      ) t
      group by agency_id, day, item_code`.execute(tx);
    await sql`
      insert into officer_day_counts (person_id, agency_id, day, assigned)
      select o.person_id, c.agency_id, o.assigned_on, count(*)::integer
      from case_officers o join cases c on c.id = o.case_id
      group by o.person_id, c.agency_id, o.assigned_on`.execute(tx);
  });
}
