-- The codes other sources give the catalogue's indicators (the World Bank's WDI codes),
-- so a file published with them is read as it is (issue 12).
create table indicator_alias (
	alias varchar(60) primary key,
	indicator varchar(40) not null references indicator (code)
);

insert into indicator_alias (alias, indicator) values ('BX.TRF.PWKR.CD.DT', 'REMITTANCES');
insert into indicator_alias (alias, indicator) values ('BX.TRF.PWKR.DT.GD.ZS', 'REMITTANCES_GDP');
