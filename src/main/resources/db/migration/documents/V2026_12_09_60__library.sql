-- The document library: documents a mechanism (or the RCM, for the region) keeps for itself,
-- uploaded directly rather than attached to a record. A library document carries a category,
-- tags (GCM objectives and free themes), a title and description, who may see it, and links to
-- issues, meetings, decisions and programmes. Its files are ordinary rows of document (owner kind
-- 'library', owner id the library document), so storage, type checks and downloads are shared;
-- library_file says which language each file is in and which version of that language it is.
-- document_preview caches the first page of a PDF as a PNG in the file storage.

create table library_document (
	id uuid primary key,
	mechanism_id uuid not null references mechanism (id),
	category varchar(30) not null,
	title varchar(300) not null,
	description varchar(4000),
	visibility varchar(20) not null,
	created_at timestamp with time zone not null,
	created_by varchar(254) not null,
	updated_at timestamp with time zone not null,
	updated_by varchar(254) not null,
	version integer not null
);

create index library_document_mechanism on library_document (mechanism_id);

create table library_document_institution (
	library_document_id uuid not null references library_document (id) on delete cascade,
	organisation_id uuid not null,
	primary key (library_document_id, organisation_id)
);

create table library_tag (
	library_document_id uuid not null references library_document (id) on delete cascade,
	kind varchar(10) not null,
	tag_value varchar(80) not null,
	primary key (library_document_id, kind, tag_value)
);

create table library_link (
	library_document_id uuid not null references library_document (id) on delete cascade,
	record_kind varchar(20) not null,
	record_id uuid not null,
	primary key (library_document_id, record_kind, record_id)
);

create table library_file (
	document_id uuid primary key references document (id) on delete cascade,
	library_document_id uuid not null references library_document (id) on delete cascade,
	language varchar(5) not null,
	version_no integer not null,
	constraint library_file_version unique (library_document_id, language, version_no)
);

create table document_preview (
	document_id uuid primary key references document (id) on delete cascade,
	storage_key varchar(64) not null unique,
	created_at timestamp with time zone not null
);
