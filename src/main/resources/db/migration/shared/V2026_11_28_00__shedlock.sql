-- Locks of scheduled jobs (ShedLock), so each job runs on one node at a time.
create table shedlock (
	name varchar(64) not null primary key,
	lock_until timestamp not null,
	locked_at timestamp not null,
	locked_by varchar(255) not null
);
