-- Programmes and partnerships: "who does what, where" in each mechanism's country (or the region, for the RCM).
-- A programme's status (planned, running, ended) is derived from its dates and today, never stored.

create table programme (
	id uuid primary key,
	mechanism_id uuid not null references mechanism (id),
	implementer_id uuid not null references organisation (id),
	donor_id uuid references organisation (id),
	title varchar(4000) not null,
	description varchar(4000),
	start_date date not null,
	end_date date,
	regions varchar(500),
	budget varchar(20) not null,
	contact_name varchar(200),
	contact_email varchar(254),
	visibility varchar(20) not null,
	created_at timestamp with time zone not null,
	updated_at timestamp with time zone not null,
	version bigint not null,
	constraint programme_period check (end_date is null or end_date >= start_date)
);

create index programme_mechanism on programme (mechanism_id, start_date);
create index programme_implementer on programme (implementer_id);

-- The themes a programme works on, from a fixed code list (ProgrammeTheme).
create table programme_theme (
	programme_id uuid not null references programme (id),
	theme varchar(40) not null,
	primary key (programme_id, theme)
);

-- Memoranda of understanding, agreements and letters of intent between two or more organisations.
create table agreement (
	id uuid primary key,
	mechanism_id uuid not null references mechanism (id),
	title varchar(4000) not null,
	type varchar(30) not null,
	status varchar(30) not null,
	status_changed_on date not null,
	signed_on date,
	ends_on date,
	note varchar(2000),
	visibility varchar(20) not null,
	created_at timestamp with time zone not null,
	updated_at timestamp with time zone not null,
	version bigint not null,
	constraint agreement_period check (ends_on is null or signed_on is null or ends_on >= signed_on)
);

create index agreement_mechanism on agreement (mechanism_id);

create table agreement_party (
	agreement_id uuid not null references agreement (id),
	organisation_id uuid not null references organisation (id),
	primary key (agreement_id, organisation_id)
);

create table agreement_programme (
	agreement_id uuid not null references agreement (id),
	programme_id uuid not null references programme (id),
	primary key (agreement_id, programme_id)
);

create index agreement_programme_programme on agreement_programme (programme_id);
