-- Whether an upload keeps only the rows of its mechanism's own country, skipping and
-- naming the others (the "keep only my country's rows" step after a check).
alter table data_upload add column own_country_only boolean default false not null;
