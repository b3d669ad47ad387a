package org.hamkori.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.hamkori.HamkoriWebTest;
import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.search.SearchEntry;
import org.hamkori.shared.search.SearchEntry.Audience;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes (here two threads) re-indexing the same record at the same moment, as the
 * demo data's first load does on PostgreSQL: neither meets a duplicate key or a deadlock,
 * and the record ends with one entry and one set of terms, those of the later writer.
 */
@HamkoriWebTest
class SearchIndexConcurrencyTests {

	@Autowired
	private SearchIndex index;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void replacingTheSameRecordsAtOnceNeverFailsAndLeavesOneEntry() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 10; round++) {
				UUID first = UUID.randomUUID();
				UUID second = UUID.randomUUID();
				CyclicBarrier start = new CyclicBarrier(2);
				List<Future<?>> runs = new ArrayList<>();
				for (int writer = 0; writer < 2; writer++) {
					// the two writers name the records in opposite orders
					List<SearchEntry> entries = (writer == 0) ? List.of(entry(first, "alpha"), entry(second, "alpha"))
							: List.of(entry(second, "omega"), entry(first, "omega"));
					runs.add(pool.submit(() -> {
						start.await(10, TimeUnit.SECONDS);
						this.index.replace(Set.of(), entries);
						return null;
					}));
				}
				for (Future<?> run : runs) {
					run.get(60, TimeUnit.SECONDS);
				}
				for (UUID id : List.of(first, second)) {
					assertThat(this.jdbc.sql("select count(*) from search_entry where id = ?")
						.param(id)
						.query(Long.class)
						.single()).isEqualTo(1);
					List<String> words = this.jdbc.sql("select term from search_term where entry_id = ?")
						.param(id)
						.query(String.class)
						.list();
					assertThat(words).as("the terms of one writer only").isNotEmpty();
					boolean alpha = words.stream().anyMatch((w) -> w.startsWith("alpha"));
					boolean omega = words.stream().anyMatch((w) -> w.startsWith("omega"));
					assertThat(alpha ^ omega).as("terms %s", words).isTrue();
				}
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static SearchEntry entry(UUID id, String word) {
		return new SearchEntry("issue", id, null, LocalizedText.of("en", "Concurrent " + word), word + " " + word,
				"/issues/" + id, null, Audience.MEMBERS);
	}

}
