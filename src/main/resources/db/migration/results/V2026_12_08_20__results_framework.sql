-- A programme's results framework (decision 0035): impact, outcomes and outputs as a tree, each level
-- with indicators; each indicator with its baseline, targets per year and area (a country's ISO 3166-1
-- alpha-2 code, or REGION for the region as a whole) and actuals per period with their source.
-- Values are kept exactly as typed (numeric(32, 12), as published figures are).

create table result_level (
	id uuid primary key,
	programme_id uuid not null references programme (id),
	parent_id uuid references result_level (id),
	kind varchar(10) not null,
	code varchar(20) not null,
	title varchar(4000) not null,
	version bigint not null,
	constraint result_level_kind check (kind in ('IMPACT', 'OUTCOME', 'OUTPUT')),
	constraint result_level_code unique (programme_id, code)
);

create index result_level_parent on result_level (parent_id);

create table result_indicator (
	id uuid primary key,
	programme_id uuid not null references programme (id),
	level_id uuid not null references result_level (id),
	code varchar(20) not null,
	name varchar(4000) not null,
	unit varchar(100) not null,
	disaggregation varchar(500),
	baseline_value numeric(32, 12),
	baseline_year integer,
	catalogue_code varchar(50),
	version bigint not null,
	constraint result_indicator_code unique (programme_id, code),
	constraint result_indicator_baseline check ((baseline_value is null) = (baseline_year is null))
);

create index result_indicator_level on result_indicator (level_id);

create table result_target (
	result_indicator_id uuid not null references result_indicator (id),
	target_year integer not null,
	area varchar(6) not null,
	target_value numeric(32, 12) not null,
	primary key (result_indicator_id, target_year, area)
);

create table result_actual (
	result_indicator_id uuid not null references result_indicator (id),
	period varchar(10) not null,
	area varchar(6) not null,
	actual_value numeric(32, 12) not null,
	source varchar(500) not null,
	note varchar(2000),
	primary key (result_indicator_id, period, area)
);
