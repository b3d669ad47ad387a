-- Search on PostgreSQL over 100,000 records and 10,000 documents (bench/search.sh): a query
-- word's terms are looked up by prefix and an entry's terms by entry, each from the index
-- alone (no visit to the large search_term heap), and the newest entries can be walked in
-- order when a word is common, so at most 1,000 candidates are read instead of sorting all.
create index if not exists search_term_prefix_entry on search_term (term varchar_pattern_ops, entry_id);
drop index if exists search_term_prefix;
create index if not exists search_term_entry_term on search_term (entry_id, term);
drop index if exists search_term_entry;
create index if not exists search_entry_recent on search_entry (record_date desc nulls last, id);
