-- When each account last opened "My work", and when the visit before that began: what
-- changed since the previous visit is what the page lists. One row per account.
create table workspace_visit (
	user_id uuid primary key,
	last_seen_at timestamp with time zone not null,
	previous_seen_at timestamp with time zone
);
