-- Accounts: users and their credentials, personal API tokens, the audit trail, and HTTP sessions
-- (Spring Session JDBC), kept in the database so that any node can serve any request.

create table app_user (
	id uuid primary key,
	username varchar(254) not null unique,
	password_hash varchar(200) not null,
	person_id uuid references person (id),
	admin boolean not null,
	enabled boolean not null,
	demo boolean not null,
	preferred_language varchar(5),
	password_changed_at timestamp with time zone not null,
	created_at timestamp with time zone not null,
	version integer not null
);

create table api_token (
	id uuid primary key,
	user_id uuid not null references app_user (id),
	name varchar(100) not null,
	token_hash varchar(64) not null unique,
	mechanism_id uuid references mechanism (id),
	created_at timestamp with time zone not null,
	expires_at timestamp with time zone not null,
	revoked_at timestamp with time zone,
	version integer not null
);

create index api_token_user on api_token (user_id);

create table audit_entry (
	id uuid primary key,
	occurred_at timestamp with time zone not null,
	actor varchar(254) not null,
	mechanism_id uuid,
	record_type varchar(60) not null,
	record_id uuid,
	action varchar(40) not null,
	changes varchar(8000) not null
);

create index audit_entry_mechanism on audit_entry (mechanism_id, occurred_at);

create table spring_session (
	primary_id char(36) not null,
	session_id char(36) not null,
	creation_time bigint not null,
	last_access_time bigint not null,
	max_inactive_interval integer not null,
	expiry_time bigint not null,
	principal_name varchar(254),
	constraint spring_session_pk primary key (primary_id)
);

create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
	session_primary_id char(36) not null,
	attribute_name varchar(200) not null,
	attribute_bytes bytea not null,
	constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
	constraint spring_session_attributes_fk foreign key (session_primary_id) references spring_session (primary_id) on delete cascade
);
