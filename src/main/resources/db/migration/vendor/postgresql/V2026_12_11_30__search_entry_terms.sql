-- Search on PostgreSQL (bench/search.sh, decision 0036): each entry also keeps its terms as
-- one tsvector (the same terms as its search_term rows, no positions) with a GIN index, so
-- that the words of a question are matched together in one bitmap (a prefix is 'stem':*)
-- instead of probing the term table entry by entry. A tsvector holds at most 1 MB: an
-- entry keeps the alphabetically first terms that fit, as SearchIndex writes it.
alter table search_entry add column if not exists terms tsvector;
update search_entry e set terms = (
	select array_to_tsvector(array_agg(s.term))
	from (select t.term, sum(octet_length(t.term) + 4) over (order by t.term) as size
		from search_term t where t.entry_id = e.id) s
	where s.size <= 1000000);
create index if not exists search_entry_terms on search_entry using gin (terms);
