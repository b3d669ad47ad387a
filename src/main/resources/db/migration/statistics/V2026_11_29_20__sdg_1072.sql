-- SDG 10.7.2 self-assessment: one round per national mechanism and year, filled by its secretariat as a draft
-- and then submitted (locked). An answer row exists for each item that has an answer or a comment; an item
-- without a row, or without an answer, is missing and scores 0. Items are the official sub-categories 1a to 6e.
-- Every save that changes something and the submission leave a step with the changed items, so the round shows
-- who changed what.

create table sdg_round (
	id uuid primary key,
	mechanism_id uuid not null references mechanism (id),
	round_year integer not null,
	status varchar(20) not null,
	visibility varchar(20) not null,
	created_at timestamp with time zone not null,
	created_by varchar(254) not null,
	updated_at timestamp with time zone not null,
	updated_by varchar(254) not null,
	submitted_at timestamp with time zone,
	submitted_by varchar(254),
	version bigint not null,
	constraint sdg_round_once unique (mechanism_id, round_year),
	constraint sdg_round_year check (round_year between 2015 and 2100),
	constraint sdg_round_status check (status in ('DRAFT', 'SUBMITTED'))
);

create table sdg_answer (
	round_id uuid not null references sdg_round (id),
	item varchar(2) not null,
	answer varchar(20),
	comment varchar(2000),
	primary key (round_id, item),
	constraint sdg_answer_value check (answer is null or answer in ('YES', 'REGULAR_ONLY', 'NO'))
);

create table sdg_round_step (
	id uuid primary key,
	round_id uuid not null references sdg_round (id),
	action varchar(20) not null,
	actor varchar(254) not null,
	at timestamp with time zone not null
);

create index sdg_round_step_round on sdg_round_step (round_id, at);

create table sdg_step_change (
	step_id uuid not null references sdg_round_step (id),
	item varchar(2) not null,
	answer_before varchar(20),
	answer_after varchar(20),
	comment_changed boolean not null,
	primary key (step_id, item)
);
