-- Documents: files attached to records of other modules (meetings, agenda items, action updates).
-- The row holds what we know about a file; the bytes live in the configured file storage under
-- storage_key, a random name that is never the user's. document_content is that storage when
-- hamkori.files.store=database (several nodes without a shared disk).

create table document (
	id uuid primary key,
	mechanism_id uuid not null references mechanism (id),
	owner_kind varchar(40) not null,
	owner_id uuid not null,
	visibility varchar(20) not null,
	file_name varchar(255) not null,
	media_type varchar(120) not null,
	size_bytes bigint not null,
	sha256 varchar(64) not null,
	storage_key varchar(64) not null unique,
	uploaded_at timestamp with time zone not null,
	uploaded_by varchar(254) not null,
	uploaded_by_user uuid
);

create index document_owner on document (owner_kind, owner_id);

create table document_institution (
	document_id uuid not null references document (id) on delete cascade,
	organisation_id uuid not null,
	primary key (document_id, organisation_id)
);

create table document_content (
	storage_key varchar(64) primary key,
	content bytea not null,
	stored_at timestamp with time zone not null
);
