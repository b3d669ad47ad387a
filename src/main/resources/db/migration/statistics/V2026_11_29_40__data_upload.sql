-- An uploaded data file on its way through check and save: where it waits on disk, how it is read (layout,
-- delimiter, column mapping), how far the current run has read, and the report of the last run. Progress is
-- written here while an import runs, so the page can show it from any node.
create table data_upload (
	id uuid primary key,
	obligation_id uuid not null references reporting_obligation (id),
	user_id uuid not null,
	file_name varchar(500) not null,
	stored_name varchar(100) not null,
	size_bytes bigint not null,
	layout varchar(20) not null,
	options varchar(8000),
	status varchar(20) not null,
	rows_read bigint not null,
	bytes_read bigint not null,
	report varchar(1000000),
	failure varchar(2000),
	created_at timestamp with time zone not null,
	updated_at timestamp with time zone not null
);

create index data_upload_obligation on data_upload (obligation_id, created_at);
