-- A programme's workplan (decision 0035): activities under its outputs, each in a country or the region
-- (REGION), with the organisation responsible, its period, its status (with the reason for a postponed or
-- cancelled one) and an optional budget line.

create table workplan_activity (
	id uuid primary key,
	programme_id uuid not null references programme (id),
	output_id uuid not null references result_level (id),
	code varchar(20) not null,
	title varchar(4000) not null,
	area varchar(6) not null,
	responsible_id uuid not null references organisation (id),
	start_date date not null,
	end_date date not null,
	status varchar(12) not null,
	status_reason varchar(1000),
	budget_line varchar(100),
	version bigint not null,
	constraint workplan_activity_period check (end_date >= start_date),
	constraint workplan_activity_status check (status in ('PLANNED', 'ONGOING', 'COMPLETED', 'POSTPONED', 'CANCELLED')),
	constraint workplan_activity_code unique (programme_id, code)
);

create index workplan_activity_output on workplan_activity (output_id);
