-- The staff list of disclosure tasks is ordered by due day: walked in this index a page costs a
-- few rows, where a sort read every rendition (1,000,000 published ones in the benchmark).
create index disclosure_renditions_due_order on disclosure_renditions (due_on, id);
