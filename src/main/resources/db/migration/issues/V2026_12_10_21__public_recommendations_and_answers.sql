-- The secretariat decides what the public portal shows (decision 0041): a recommendation
-- and a country's answer to a regional one are members-only until marked public.
alter table recommendation add column visibility varchar(20) default 'MEMBERS' not null;
alter table incoming_item add column visibility varchar(20) default 'MEMBERS' not null;
