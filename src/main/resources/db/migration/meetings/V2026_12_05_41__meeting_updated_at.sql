-- When a meeting last changed: the LAST-MODIFIED of its invitations and calendar
-- entries. Existing meetings take their creation time, the best that is known of them.
alter table meeting add column updated_at timestamp;
update meeting set updated_at = created_at;
