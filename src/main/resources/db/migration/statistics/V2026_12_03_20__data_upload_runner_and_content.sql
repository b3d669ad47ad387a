-- Which node runs an upload's check or save (so a node that died mid-import can be recognised and the upload
-- marked failed), and the uploaded bytes when files are kept in the database, so any node can check and save
-- a file another node received. updated_at doubles as the running import's heartbeat.
alter table data_upload add column runner varchar(200);

create table data_upload_content (
	upload_id uuid primary key references data_upload (id) on delete cascade,
	content bytea not null
);
