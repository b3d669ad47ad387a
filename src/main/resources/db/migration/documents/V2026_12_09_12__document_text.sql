-- The text extracted from a document for the one search (decision 0036), read once per
-- file, off the request thread; at most a bounded number of characters.
create table document_text (
	document_id uuid primary key references document (id) on delete cascade,
	content varchar(1000000) not null,
	extracted_at timestamp with time zone not null
);
