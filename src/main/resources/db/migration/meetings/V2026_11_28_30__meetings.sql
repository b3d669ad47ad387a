-- Meetings of a mechanism: agenda, invitations, attendance, minutes, decisions.
-- Times are kept as the venue's wall-clock time plus its IANA zone, the way people agree them.
create table meeting (
	id uuid primary key,
	mechanism_id uuid not null references mechanism (id),
	meeting_type varchar(20) not null,
	number integer not null,
	title varchar(4000) not null,
	starts_local timestamp not null,
	ends_local timestamp not null,
	time_zone varchar(64) not null,
	venue varchar(500),
	online_link varchar(1000),
	languages varchar(40) not null,
	status varchar(30) not null,
	cancel_reason varchar(1000),
	calendar_uid varchar(200) not null,
	calendar_sequence integer not null,
	next_decision_number integer not null,
	comments_deadline date,
	adopted_at timestamp,
	adopted_by varchar(100),
	adopted_at_meeting uuid,
	created_at timestamp not null,
	version integer not null,
	constraint meeting_number unique (mechanism_id, meeting_type, number)
);
create index meeting_mechanism_start on meeting (mechanism_id, starts_local);

create table agenda_item (
	id uuid primary key,
	meeting_id uuid not null references meeting (id),
	sort_order integer not null,
	title varchar(4000) not null,
	kind varchar(20) not null,
	presenter_organisation_id uuid references organisation (id),
	presenter_person_id uuid references person (id),
	duration_minutes integer,
	status varchar(20) not null,
	standing varchar(20),
	proposed_by varchar(100),
	decline_reason varchar(1000),
	version integer not null
);
create index agenda_item_meeting on agenda_item (meeting_id, sort_order);

create table invitation (
	id uuid primary key,
	meeting_id uuid not null references meeting (id),
	person_id uuid not null references person (id),
	response varchar(20) not null,
	substitute_name varchar(200),
	responded_at timestamp,
	sent_sequence integer,
	constraint invitation_person unique (meeting_id, person_id)
);

create table attendance (
	id uuid primary key,
	meeting_id uuid not null references meeting (id),
	person_id uuid references person (id),
	full_name varchar(200) not null,
	organisation_id uuid references organisation (id),
	sex varchar(1),
	substitute_for uuid references person (id),
	recorded_by varchar(100) not null
);
create index attendance_meeting on attendance (meeting_id);

create table minutes (
	id uuid primary key,
	meeting_id uuid not null references meeting (id),
	language varchar(5) not null,
	summaries varchar(1000000) not null,
	updated_at timestamp not null,
	updated_by varchar(100) not null,
	version integer not null,
	constraint minutes_language unique (meeting_id, language)
);

create table minutes_revision (
	id uuid primary key,
	minutes_id uuid not null references minutes (id),
	revision integer not null,
	summaries varchar(1000000) not null,
	saved_at timestamp not null,
	saved_by varchar(100) not null,
	constraint minutes_revision_number unique (minutes_id, revision)
);

create table minutes_comment (
	id uuid primary key,
	meeting_id uuid not null references meeting (id),
	author varchar(100) not null,
	author_name varchar(200) not null,
	body varchar(4000) not null,
	created_at timestamp not null,
	resolution varchar(2000),
	resolved_by varchar(100),
	resolved_at timestamp
);
create index minutes_comment_meeting on minutes_comment (meeting_id);

create table decision (
	id uuid primary key,
	meeting_id uuid not null references meeting (id),
	agenda_item_id uuid references agenda_item (id),
	number integer not null,
	text varchar(20000) not null,
	created_at timestamp not null,
	version integer not null,
	constraint decision_number unique (meeting_id, number)
);

create table calendar_feed (
	id uuid primary key,
	user_id uuid not null,
	person_id uuid not null references person (id),
	created_at timestamp not null,
	revoked_at timestamp
);
create index calendar_feed_user on calendar_feed (user_id);

-- The key that signs invitation and calendar links, made once per installation and shared by all nodes.
create table link_key (
	id integer primary key,
	secret varchar(100) not null
);
