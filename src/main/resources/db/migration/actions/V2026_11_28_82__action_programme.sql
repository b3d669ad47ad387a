-- Partner programmes an action works with, so efforts are not duplicated.
create table action_programme (
	action_id uuid not null references action_item (id),
	programme_id uuid not null,
	primary key (action_id, programme_id)
);
