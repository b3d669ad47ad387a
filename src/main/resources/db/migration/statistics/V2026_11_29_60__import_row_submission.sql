-- The drafts an import writes into, one per period of the file, found after the file was read (a COPY in
-- progress leaves no room for other statements on its connection), with the period before each one for the
-- period-over-period check. Merging and the set checks join staged rows and values to these.
create table import_period (
	import_id uuid not null,
	period varchar(10) not null,
	previous_period varchar(10) not null,
	submission_id uuid not null,
	primary key (import_id, period)
);
