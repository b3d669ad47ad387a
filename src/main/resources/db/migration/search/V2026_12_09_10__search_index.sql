-- The one search's index: one row per record anyone may find, and the terms it is found
-- by (word stems and Latin spellings, see org.hamkori.search.Terms). Kept in the shared
-- database, so every node answers the same; rebuilt from the owning modules at will.
create table search_entry (
	id uuid primary key,
	record_type varchar(40) not null,
	mechanism_id uuid,
	audience varchar(30) not null,
	title varchar(8000) not null,
	excerpt varchar(4000) not null,
	url varchar(500) not null,
	record_date date,
	indexed_at timestamp with time zone not null
);
create index search_entry_type on search_entry (record_type, indexed_at);
create index search_entry_mechanism on search_entry (mechanism_id);

create table search_term (
	term varchar(60) not null,
	entry_id uuid not null references search_entry (id) on delete cascade,
	primary key (term, entry_id)
);
create index search_term_entry on search_term (entry_id);
