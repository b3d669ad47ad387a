-- One counter that every change to the directory raises in its own transaction. Caches of rendered member
-- lists compare it, so every node sees a change at once without messaging between nodes.
create table directory_revision (
	id integer primary key,
	revision bigint not null
);

insert into directory_revision (id, revision) values (1, 0);
