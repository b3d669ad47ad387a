-- One-time recovery codes of the second factor: only their Argon2id hashes (decision 0040).
create table recovery_code (
	id uuid primary key,
	user_id uuid not null references app_user (id) on delete cascade,
	code_hash varchar(200) not null,
	created_at timestamp with time zone not null,
	used_at timestamp with time zone
);
create index recovery_code_user on recovery_code (user_id);
