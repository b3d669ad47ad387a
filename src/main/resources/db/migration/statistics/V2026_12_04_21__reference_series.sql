-- International reference series (decision 0026). A data set is NATIONAL (reported by institutions under
-- obligations, approved, then published) or REFERENCE: kept by the regional secretariat or an admin from a
-- published international source (World Bank WDI, UN DESA, ILOSTAT, IMF), named with its address and the date
-- it was retrieved. A reference set's figures are published when saved, one row per country (ref_area, ISO
-- 3166-1 alpha-3), with neither obligation nor submission.
alter table data_set add column kind varchar(20) default 'NATIONAL' not null;
alter table data_set add column source_name varchar(200);
alter table data_set add column source_url varchar(500);
alter table data_set add column source_retrieved date;

alter table published_value alter column obligation_id drop not null;
alter table published_value alter column submission_id drop not null;
alter table published_value add column ref_area varchar(3);

-- The former primary key, for national figures (a reference figure has no obligation, and nulls never clash).
create unique index published_value_key on published_value (obligation_id, indicator, period, sex, age,
	counterpart_area, activity, occupation, education, migrant_category);
-- The key of a reference figure: its set, country, indicator, period and dimension codes (national figures
-- have no ref_area).
create unique index published_value_reference on published_value (data_set_id, ref_area, indicator, period, sex,
	age, counterpart_area, activity, occupation, education, migrant_category);
-- A country's reference series is read as the national one is: by country, indicator, codes and period range.
create index published_value_area on published_value (ref_area, indicator, sex, counterpart_area, period_start);
