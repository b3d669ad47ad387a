-- The secretariat decides what the public portal shows (decision 0041): a meeting (its
-- date, place and adopted summary) and each decision are members-only until marked public.
alter table meeting add column visibility varchar(20) default 'MEMBERS' not null;
alter table decision add column visibility varchar(20) default 'MEMBERS' not null;
