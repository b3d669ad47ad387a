-- The weekly digest: one row per user and digest week (the Monday, UTC), written before the
-- e-mail is sent. The primary key makes the digest go out once per user and week in the whole
-- cluster, however often or on however many nodes the job runs.
create table digest_sent (
	user_id uuid not null references app_user (id),
	week_start date not null,
	item_count integer not null,
	recorded_at timestamp with time zone not null,
	primary key (user_id, week_start)
);
