-- PostgreSQL: the key of published_value moves to unique indexes (next migration), so that a reference series'
-- figures, which answer no reporting obligation, can be published beside the national ones.
alter table published_value drop constraint published_value_pkey;
