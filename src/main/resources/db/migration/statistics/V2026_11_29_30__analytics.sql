-- Analytics over published_value: derived indicators (formulas over catalogue indicators, evaluated per period
-- when a chart or table is drawn) and the charts members save on their mechanism's dashboard.

-- A formula such as #REMITTANCES / #DEPARTURES over catalogue indicator codes, evaluated with Spring's SpEL in a
-- read-only context. A row without mechanism applies to every mechanism.
create table derived_indicator (
	id uuid primary key,
	code varchar(40) not null,
	mechanism_id uuid references mechanism (id),
	name varchar(2000) not null,
	formula varchar(500) not null,
	unit varchar(40) not null,
	created_at timestamp with time zone not null
);

create index derived_indicator_code on derived_indicator (code);

insert into derived_indicator (id, code, mechanism_id, name, formula, unit, created_at) values
	('00000000-0000-4000-8000-00000000d001', 'REMITTANCES_PER_DEPARTURE', null,
	 '{"en":"Remittances per departing migrant","ru":"Денежные переводы на одного выехавшего мигранта","tg":"Интиқоли пул ба ҳар як муҳоҷири рафта"}',
	 '#REMITTANCES / #DEPARTURES', 'USD', timestamp with time zone '2026-11-29 00:00:00+00');

-- A chart a member saved for the mechanism's dashboard, in the order the secretariat sets.
create table saved_chart (
	id uuid primary key,
	mechanism_id uuid not null references mechanism (id),
	title varchar(200) not null,
	view_kind varchar(20) not null,
	indicator varchar(40) not null,
	from_year integer not null,
	to_year integer not null,
	chart_type varchar(10) not null,
	sort_order integer not null,
	created_by varchar(254) not null,
	created_at timestamp with time zone not null,
	constraint saved_chart_years check (from_year <= to_year)
);

create index saved_chart_mechanism on saved_chart (mechanism_id, sort_order);

-- Totals of one mechanism's indicator over a period range (and its sex or destination breakdown) are read by
-- equality on mechanism, indicator, sex and destination and a range on period_start, with no function on any
-- column, so both engines read only the rows of the series from this index.
create index published_value_totals on published_value (mechanism_id, indicator, sex, counterpart_area, period_start);
