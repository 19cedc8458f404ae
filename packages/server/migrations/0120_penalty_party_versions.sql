-- Item penalties now say whom they fine (appliesTo: 'organisation' = 单位, 'person' = 个人) and may
-- carry versions (effectiveFrom, effectiveTo, basis) inside the same jsonb list: fines in a case
-- are checked against the range for the party's type in force at the act (行政处罚法 第29–32条,
-- 第37条). Catalogues written before this kept the party in the note ("对个人", "…，对单位");
-- a note naming exactly one of the two becomes the structured field, the note is kept as written.
update enforcement_items
set penalties = (
  select coalesce(jsonb_agg(
    case
      when p ? 'appliesTo' then p
      when p ->> 'note' like '%对单位%' and p ->> 'note' not like '%对个人%' then p || '{"appliesTo":"organisation"}'::jsonb
      when p ->> 'note' like '%对个人%' and p ->> 'note' not like '%对单位%' then p || '{"appliesTo":"person"}'::jsonb
      else p
    end order by ord), '[]'::jsonb)
  from jsonb_array_elements(penalties) with ordinality as t(p, ord)
)
where jsonb_array_length(penalties) > 0;

-- 第29条: the fines already decided on a party are looked up by the party's identifier and item.
create index if not exists cases_party_name on cases(party_name);
