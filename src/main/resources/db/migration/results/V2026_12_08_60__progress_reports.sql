-- A programme's semi-annual progress report (decision 0035, progress report): one per programme and
-- period (2025-H1, 2025-H2), a narrative per section, drafted by the programme's editors, circulated
-- for comments by those who see the programme, then finalised and read-only.

create table progress_report (
	id uuid primary key,
	programme_id uuid not null references programme (id),
	period varchar(7) not null,
	state varchar(10) not null,
	summary varchar(20000),
	results_text varchar(20000),
	activities_text varchar(20000),
	risks varchar(20000),
	created_by varchar(200) not null,
	created_at timestamp not null,
	finalised_by varchar(200),
	finalised_at timestamp,
	version bigint not null,
	constraint progress_report_state check (state in ('DRAFT', 'CIRCULATED', 'FINAL')),
	constraint progress_report_period unique (programme_id, period)
);

create table progress_report_comment (
	progress_report_id uuid not null references progress_report (id),
	position integer not null,
	author varchar(200) not null,
	body varchar(4000) not null,
	created_at timestamp not null,
	primary key (progress_report_id, position)
);
