-- Notifications in the app (decision 0037). One row per reader (a user account) and event:
-- the unique key on (event_key, user_id) makes each event notify each reader once in the
-- whole cluster, however often or on however many nodes its listener runs. The title is
-- rendered when read, in the reader's language: a message key, the record's multilingual
-- title (a JSON language map) and a detail (the step's action, such as "moved").
create table notification (
	id uuid primary key,
	user_id uuid not null references app_user (id),
	event_key varchar(300) not null,
	kind varchar(30) not null,
	record_type varchar(30) not null,
	record_id uuid not null,
	mechanism_id uuid,
	message_key varchar(120) not null,
	subject varchar(4000) not null,
	detail varchar(60),
	url varchar(500) not null,
	created_at timestamp with time zone not null,
	read_at timestamp with time zone,
	constraint notification_once unique (event_key, user_id)
);
create index notification_inbox on notification (user_id, created_at);

-- How a reader wants each kind of notification: EMAIL (at once), DIGEST (in the weekly
-- digest) or APP (in the app only). No row means the kind's default.
create table notification_preference (
	user_id uuid not null references app_user (id),
	kind varchar(30) not null,
	delivery varchar(10) not null,
	primary key (user_id, kind)
);

-- Who follows which record: a user, or a whole institution (its current members).
create table follow (
	id uuid primary key,
	record_type varchar(30) not null,
	record_id uuid not null,
	user_id uuid references app_user (id),
	organisation_id uuid references organisation (id),
	created_by varchar(100) not null,
	created_at timestamp with time zone not null,
	constraint follow_one_follower check ((user_id is null and organisation_id is not null)
		or (user_id is not null and organisation_id is null))
);
create unique index follow_by_user on follow (record_type, record_id, user_id);
create unique index follow_by_organisation on follow (record_type, record_id, organisation_id);
create index follow_of_user on follow (user_id);
