-- When a person's record last changed: the REV of their vCard. Existing people take the
-- time of this migration, the best that is known of them.
alter table person add column updated_at timestamp;
update person set updated_at = current_timestamp;
