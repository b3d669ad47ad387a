-- A final progress report is frozen (decision 0035, progress report): at finalisation its printed content
-- (results table, activities done and moved, the records that guided them, narratives) is kept per language
-- as JSON, and every later download prints that copy, whatever changes afterwards.

create table progress_report_snapshot (
	progress_report_id uuid not null references progress_report (id),
	language varchar(5) not null,
	content varchar(1000000) not null,
	primary key (progress_report_id, language)
);
