-- Guidance from the mechanisms (decision 0035, issue 17): the record an activity was created from or linked
-- to (GUIDED_BY), and the decision that caused a postponement or cancellation (CHANGE_CAUSE). The record is
-- kept by its id and by its stable code (CCM-TJ/1/D2), so the record's page can ask which activities it guides.

create table activity_guidance (
	id uuid primary key,
	activity_id uuid not null references workplan_activity (id) on delete cascade,
	purpose varchar(12) not null,
	record_kind varchar(14) not null,
	record_id uuid not null,
	record_code varchar(60) not null,
	constraint activity_guidance_purpose check (purpose in ('GUIDED_BY', 'CHANGE_CAUSE')),
	constraint activity_guidance_kind check (record_kind in ('DECISION', 'RECOMMENDATION', 'ISSUE')),
	constraint activity_guidance_one unique (activity_id, purpose)
);

create index activity_guidance_record on activity_guidance (record_code);
