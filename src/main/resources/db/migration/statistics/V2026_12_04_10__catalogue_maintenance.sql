-- The catalogue becomes maintained: each indicator gains its unit multiplier (a power of ten, as SDMX's UNIT_MULT),
-- whether it is a stock or a flow, its SDG or ICLS reference and a version for optimistic locking. Codes added by
-- the platform admin or the regional secretariat get a version too. Every change is kept in catalogue_change:
-- who changed what, when, with the fields before and after.
alter table indicator add column unit_multiplier integer default 0 not null;
alter table indicator add column kind varchar(10) default 'FLOW' not null;
alter table indicator add column reference varchar(200);
alter table indicator add column version bigint default 0 not null;
-- a figure that is not summed over time (a level, an average, a rate) is read as a stock
update indicator set kind = 'STOCK' where aggregation <> 'SUM';
update indicator set reference = 'SDG 10.7.1' where code = 'SDG_10_7_1';
update indicator set reference = 'SDG 10.c.1' where code = 'SDG_10_C_1';
update indicator set reference = 'SDG 8.8.1' where code = 'SDG_8_8_1';
update indicator set reference = 'SDG 10.7.1 (proxy)' where code = 'PRIVATE_AGENCY_FEES';
update indicator set reference = 'ICLS 20 (2018)' where code in ('DEPARTURES', 'RETURNS', 'PLACEMENTS_PUBLIC', 'PLACEMENTS_PRIVATE');
update indicator set reference = 'ICLS 19 (2013)' where code in ('LABOUR_FORCE', 'EMPLOYMENT', 'UNEMPLOYMENT');
update indicator set reference = 'SDG 10.c' where code in ('REMITTANCES', 'REMITTANCES_GDP');

alter table dimension_code add column version bigint default 0 not null;

create table catalogue_change (
	id uuid primary key,
	indicator varchar(40),
	dimension varchar(40),
	code varchar(20),
	action varchar(20) not null,
	actor varchar(200) not null,
	changed_at timestamp with time zone not null,
	changes varchar(100000) not null
);

create index catalogue_change_indicator on catalogue_change (indicator, changed_at);
create index catalogue_change_code on catalogue_change (dimension, code, changed_at);
