-- Prefix matching (term like 'stem%') uses a btree only with the pattern operator class
-- when the database collation is not C.
create index search_term_prefix on search_term (term varchar_pattern_ops);
