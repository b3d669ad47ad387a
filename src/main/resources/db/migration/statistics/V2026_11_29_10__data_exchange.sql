-- Data exchange: data sets (groups of catalogue indicators a mechanism collects, with their validation rules),
-- reporting obligations (this institution reports this data set to this mechanism, due N days after each
-- period), submissions (one per obligation, period and version, through draft, submitted, approved or returned)
-- and their values. Approved values are copied, in the approval's own transaction, into published_value, which
-- analytics read: no batch job stands between an approval and a chart.
--
-- A value is keyed by indicator, period and one code for each of the seven catalogue dimensions; a dimension
-- the value is not broken down by holds '_T' (total), as in SDMX.

create table data_set (
	id uuid primary key,
	mechanism_id uuid not null references mechanism (id),
	code varchar(40) not null,
	name varchar(2000) not null,
	periodicity varchar(20) not null,
	visibility varchar(20) not null,
	created_at timestamp with time zone not null,
	constraint data_set_code unique (mechanism_id, code)
);

-- An indicator of a data set, the dimensions the set collects it by (a subset of those the catalogue allows,
-- comma-separated), and its rules: a required total, a range, and a period-over-period change (in percent)
-- above which a value needs a comment. Totals must equal the sum of a dimension's codes within tolerance.
create table data_set_indicator (
	data_set_id uuid not null references data_set (id),
	indicator varchar(40) not null references indicator (code),
	dimensions varchar(400) not null,
	required boolean not null,
	min_value numeric(20, 4),
	max_value numeric(20, 4),
	change_warning numeric(10, 2),
	total_tolerance numeric(10, 4) not null,
	sort_order integer not null,
	primary key (data_set_id, indicator)
);

create table reporting_obligation (
	id uuid primary key,
	data_set_id uuid not null references data_set (id),
	organisation_id uuid not null references organisation (id),
	due_days integer not null,
	first_period varchar(10) not null,
	last_period varchar(10),
	created_at timestamp with time zone not null,
	constraint reporting_obligation_once unique (data_set_id, organisation_id),
	constraint reporting_obligation_due check (due_days >= 0)
);

-- One version of one period's report. A revision of approved figures is a new version with a reason; the
-- approved one stays (status SUPERSEDED once the revision is approved) so the history remains visible.
create table submission (
	id uuid primary key,
	obligation_id uuid not null references reporting_obligation (id),
	period varchar(10) not null,
	period_start date not null,
	revision integer not null,
	status varchar(20) not null,
	revision_reason varchar(2000),
	return_comment varchar(4000),
	created_at timestamp with time zone not null,
	created_by varchar(254) not null,
	submitted_at timestamp with time zone,
	submitted_by varchar(254),
	decided_at timestamp with time zone,
	decided_by varchar(254),
	released_at timestamp with time zone,
	regional_accepted_at timestamp with time zone,
	version bigint not null,
	constraint submission_revision unique (obligation_id, period, revision)
);

create index submission_period on submission (obligation_id, period_start);

create table submission_step (
	id uuid primary key,
	submission_id uuid not null references submission (id),
	status varchar(20) not null,
	note varchar(4000),
	actor varchar(254) not null,
	at timestamp with time zone not null
);

create index submission_step_submission on submission_step (submission_id, at);

-- No foreign key on submission_id: only the import writes values, into drafts it holds under lock, and a key
-- check per row would cost a third of a million-value import.
create table data_value (
	submission_id uuid not null,
	indicator varchar(40) not null,
	sex varchar(20) not null,
	age varchar(20) not null,
	counterpart_area varchar(20) not null,
	activity varchar(20) not null,
	occupation varchar(20) not null,
	education varchar(20) not null,
	migrant_category varchar(20) not null,
	obs_value numeric(20, 4) not null,
	note varchar(2000),
	primary key (submission_id, indicator, sex, age, counterpart_area, activity, occupation, education,
		migrant_category)
);

-- The current approved figures, one row per obligation, indicator, period and dimension codes. Written in the
-- approval transaction; read by dashboards, exports and the API.
create table published_value (
	obligation_id uuid not null references reporting_obligation (id),
	mechanism_id uuid not null,
	data_set_id uuid not null,
	submission_id uuid not null,
	indicator varchar(40) not null,
	period varchar(10) not null,
	period_start date not null,
	periodicity varchar(20) not null,
	sex varchar(20) not null,
	age varchar(20) not null,
	counterpart_area varchar(20) not null,
	activity varchar(20) not null,
	occupation varchar(20) not null,
	education varchar(20) not null,
	migrant_category varchar(20) not null,
	obs_value numeric(20, 4) not null,
	visibility varchar(20) not null,
	regional boolean not null,
	approved_at timestamp with time zone not null,
	primary key (obligation_id, indicator, period, sex, age, counterpart_area, activity, occupation, education,
		migrant_category)
);

create index published_value_series on published_value (indicator, sex, counterpart_area, period_start, mechanism_id);
create index published_value_mechanism on published_value (mechanism_id, indicator, period_start);

-- How an institution's CSV columns map onto indicator, period, value, note and the dimensions, remembered by
-- the file's header line so the next upload of the same layout is mapped already.
create table column_mapping (
	organisation_id uuid not null references organisation (id),
	header_key varchar(64) not null,
	mapping varchar(8000) not null,
	updated_at timestamp with time zone not null,
	primary key (organisation_id, header_key)
);

-- API sends with an Idempotency-Key: the first answer is kept and returned again for the same key and body.
create table data_import_request (
	idempotency_key varchar(200) not null,
	user_id uuid not null,
	body_hash varchar(64) not null,
	status_code integer not null,
	response varchar(8000) not null,
	created_at timestamp with time zone not null,
	primary key (user_id, idempotency_key)
);

-- Reminders for a period's report, sent once per cluster (the key makes the second sender a no-op).
create table submission_reminder (
	obligation_id uuid not null references reporting_obligation (id),
	period varchar(10) not null,
	kind varchar(20) not null,
	sent_at timestamp with time zone not null,
	primary key (obligation_id, period, kind)
);
