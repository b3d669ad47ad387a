-- Issues a mechanism names, the recommendations agreed on them, the policy changes that answer them,
-- and the national -> regional -> national loop (escalations, regional recommendations, incoming items).
create table issue (
	id uuid primary key,
	mechanism_id uuid not null references mechanism (id),
	title varchar(20000) not null,
	description varchar(20000) not null,
	raised_by uuid not null references organisation (id),
	raised_at_meeting uuid,
	gcm_objectives varchar(100) not null,
	mgi_domains varchar(200) not null,
	affected_groups varchar(1000),
	status varchar(30) not null,
	visibility varchar(20) not null,
	incoming_from uuid,
	created_at timestamp not null,
	updated_at timestamp not null,
	version integer not null
);
create index issue_mechanism on issue (mechanism_id, status);

create table issue_step (
	id uuid primary key,
	issue_id uuid not null references issue (id),
	status varchar(30) not null,
	note varchar(4000),
	actor varchar(100) not null,
	created_at timestamp not null
);
create index issue_step_issue on issue_step (issue_id, created_at);

create table issue_link (
	id uuid primary key,
	issue_id uuid not null references issue (id),
	kind varchar(20) not null,
	target_id uuid not null,
	created_by varchar(100) not null,
	created_at timestamp not null,
	constraint issue_link_once unique (issue_id, kind, target_id)
);

create table recommendation (
	id uuid primary key,
	mechanism_id uuid not null references mechanism (id),
	issue_id uuid not null references issue (id),
	text varchar(20000) not null,
	decision_id uuid,
	status varchar(20) not null,
	created_by varchar(100) not null,
	created_at timestamp not null,
	version integer not null
);
create index recommendation_issue on recommendation (issue_id);

create table recommendation_target (
	recommendation_id uuid not null references recommendation (id),
	organisation_id uuid not null references organisation (id),
	primary key (recommendation_id, organisation_id)
);

create table recommendation_action (
	recommendation_id uuid not null references recommendation (id),
	action_id uuid not null,
	primary key (recommendation_id, action_id)
);

create table policy_change (
	id uuid primary key,
	mechanism_id uuid not null references mechanism (id),
	kind varchar(20) not null,
	title varchar(4000) not null,
	reference_number varchar(100) not null,
	adopted_on date not null,
	issuing_body varchar(300) not null,
	link varchar(1000),
	created_by varchar(100) not null,
	created_at timestamp not null
);

create table policy_change_answer (
	policy_change_id uuid not null references policy_change (id),
	recommendation_id uuid not null references recommendation (id),
	primary key (policy_change_id, recommendation_id)
);

-- What a national secretariat sent up: exactly one escalation per issue (escalating twice is refused),
-- naming the recommendation when it was a recommendation that went up.
create table escalation (
	id uuid primary key,
	issue_id uuid not null references issue (id),
	recommendation_id uuid references recommendation (id),
	from_mechanism uuid not null references mechanism (id),
	note varchar(4000),
	escalated_by varchar(100) not null,
	escalated_at timestamp not null,
	regional_issue uuid references issue (id),
	constraint escalation_once unique (issue_id)
);

-- A regional recommendation sent down to a named mechanism, which must answer it.
create table incoming_item (
	id uuid primary key,
	recommendation_id uuid not null references recommendation (id),
	mechanism_id uuid not null references mechanism (id),
	issue_id uuid references issue (id),
	status varchar(20) not null,
	answer varchar(4000),
	answered_by varchar(100),
	answered_at timestamp,
	created_at timestamp not null,
	version integer not null,
	constraint incoming_once unique (recommendation_id, mechanism_id)
);
