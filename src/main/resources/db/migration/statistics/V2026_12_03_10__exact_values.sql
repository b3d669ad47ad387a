-- Figures are kept exactly as sent: up to 12 decimals (World Bank and UN DESA series carry more than 4)
-- and up to 20 digits before the point. A value with more decimals is refused at the row, never rounded.
alter table data_value alter column obs_value set data type numeric(32, 12);
alter table published_value alter column obs_value set data type numeric(32, 12);
alter table data_set_indicator alter column min_value set data type numeric(32, 12);
alter table data_set_indicator alter column max_value set data type numeric(32, 12);
