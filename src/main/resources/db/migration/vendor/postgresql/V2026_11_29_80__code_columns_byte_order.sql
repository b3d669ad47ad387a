-- PostgreSQL only: indicator, period and dimension codes compare byte by byte (collation "C"), whatever the
-- database's locale. They are ASCII codes, so the order is the same; keys of the values tables are then
-- compared without the locale's rules, which makes imports and dashboard queries markedly cheaper.
alter table data_value
	alter column indicator type varchar(40) collate "C",
	alter column sex type varchar(20) collate "C",
	alter column age type varchar(20) collate "C",
	alter column counterpart_area type varchar(20) collate "C",
	alter column activity type varchar(20) collate "C",
	alter column occupation type varchar(20) collate "C",
	alter column education type varchar(20) collate "C",
	alter column migrant_category type varchar(20) collate "C";

alter table published_value
	alter column indicator type varchar(40) collate "C",
	alter column period type varchar(10) collate "C",
	alter column sex type varchar(20) collate "C",
	alter column age type varchar(20) collate "C",
	alter column counterpart_area type varchar(20) collate "C",
	alter column activity type varchar(20) collate "C",
	alter column occupation type varchar(20) collate "C",
	alter column education type varchar(20) collate "C",
	alter column migrant_category type varchar(20) collate "C";

alter table import_period
	alter column period type varchar(10) collate "C",
	alter column previous_period type varchar(10) collate "C";
