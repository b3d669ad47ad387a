-- Actions: commitments of a mechanism, each owned by a member institution, with a due date, a status and a
-- history of progress updates. "Overdue" is derived from the due date and never stored.
-- Meetings and decisions are referenced by id only: the meetings module depends on this one, not the reverse.

create table action_item (
	id uuid primary key,
	mechanism_id uuid not null references mechanism (id),
	title varchar(4000) not null,
	owner_organisation_id uuid not null references organisation (id),
	owner_person_id uuid references person (id),
	due_date date not null,
	status varchar(20) not null,
	drop_reason varchar(1000),
	meeting_id uuid,
	decision_id uuid,
	decision_number varchar(60),
	created_at timestamp with time zone not null,
	updated_at timestamp with time zone not null,
	version bigint not null,
	constraint action_item_dropped_has_reason check (status <> 'DROPPED' or drop_reason is not null)
);

create index action_item_mechanism on action_item (mechanism_id, due_date);
create index action_item_owner on action_item (owner_organisation_id);
create index action_item_meeting on action_item (meeting_id);
create index action_item_decision on action_item (decision_id);
create index action_item_status_due on action_item (status, due_date);

-- Progress updates: append-only history shown on the action's page.
create table action_update (
	id uuid primary key,
	action_id uuid not null references action_item (id),
	status varchar(20) not null,
	previous_status varchar(20) not null,
	note varchar(2000),
	drop_reason varchar(1000),
	due_date date,
	previous_due_date date,
	author varchar(254) not null,
	author_person_id uuid,
	created_at timestamp with time zone not null
);

create index action_update_action on action_update (action_id, created_at);

-- One row per reminder sent. The primary key makes a reminder happen once per action, kind and due date,
-- whichever node or thread gets there first; a new due date makes a new reminder due.
create table action_reminder (
	action_id uuid not null references action_item (id),
	kind varchar(20) not null,
	due_date date not null,
	recorded_at timestamp with time zone not null,
	primary key (action_id, kind, due_date)
);
