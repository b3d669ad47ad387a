-- Accounts people manage themselves (decision 0040): single-use links to set a password
-- (forgotten password, new account), requests for access to a mechanism, and the optional
-- second factor (TOTP). A link is kept only as the SHA-256 of its token, never the token.

create table password_link (
	id uuid primary key,
	user_id uuid not null references app_user (id),
	purpose varchar(20) not null,
	token_hash varchar(64) not null unique,
	created_at timestamp with time zone not null,
	expires_at timestamp with time zone not null,
	used_at timestamp with time zone
);

create index password_link_user on password_link (user_id);

create table access_request (
	id uuid primary key,
	full_name varchar(200) not null,
	institution varchar(200) not null,
	mechanism_id uuid not null references mechanism (id),
	role varchar(20) not null,
	email varchar(254) not null,
	preferred_language varchar(5) not null,
	status varchar(20) not null,
	reason varchar(2000),
	created_at timestamp with time zone not null,
	decided_at timestamp with time zone,
	decided_by varchar(254),
	user_id uuid references app_user (id),
	version integer not null
);

create index access_request_mechanism on access_request (mechanism_id, status);

alter table app_user add column totp_secret varchar(64);
