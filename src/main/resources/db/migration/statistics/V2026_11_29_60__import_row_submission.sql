-- Staged rows carry the draft they go into, found when their period is first met in the stream, so merging
-- needs no join from periods to drafts.
alter table import_row add column submission_id uuid;
