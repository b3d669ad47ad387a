package org.hamkori.search;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.hamkori.shared.audit.RecordChanged;
import org.hamkori.shared.search.SearchEntry;
import org.hamkori.shared.search.SearchSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Keeps the index current: every audited change is re-read from its owning module after
 * its transaction commits (through the event publication registry, so a failure is
 * retried and nothing is lost, whichever node made the change); a full build once a night
 * (once per cluster, under a ShedLock lock) catches anything changed without an audit
 * event, and removes what is gone.
 */
@Service
class SearchIndexer {

	private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);

	private static final int PAGE = 500;

	private final SearchIndex index;

	private final ObjectProvider<SearchSource> sources;

	SearchIndexer(SearchIndex index, ObjectProvider<SearchSource> sources) {
		this.index = index;
		this.sources = sources;
	}

	@ApplicationModuleListener
	void on(RecordChanged event) {
		reindex(event.recordType(), event.recordId());
	}

	/** Re-reads one changed record (and what it alters) from the owning modules. */
	void reindex(String recordType, UUID recordId) {
		List<SearchEntry> current = new ArrayList<>();
		this.sources.orderedStream().forEach((s) -> current.addAll(s.changed(recordType, recordId)));
		try {
			this.index.replace(Set.of(recordId), current);
		}
		catch (DataIntegrityViolationException ex) {
			// another node indexed the same record at the same moment: read it once more
			this.index.replace(Set.of(recordId), current);
		}
	}

	/** The nightly full build, once per cluster. */
	@Scheduled(cron = "${hamkori.search.rebuild-cron:0 40 2 * * *}", zone = "UTC")
	@SchedulerLock(name = "search-rebuild", lockAtMostFor = "PT2H", lockAtLeastFor = "PT1M")
	void nightly() {
		rebuild();
	}

	/**
	 * Indexes every record of every source and forgets what is gone. Idempotent; one at a
	 * time on this node.
	 * @return how many entries were indexed
	 */
	synchronized int rebuild() {
		int count = 0;
		for (SearchSource source : this.sources.orderedStream().toList()) {
			for (String type : source.types()) {
				OffsetDateTime start = this.index.now();
				long began = System.nanoTime();
				int before = count;
				UUID after = null;
				while (true) {
					List<SearchEntry> page = source.entries(type, after, PAGE);
					for (SearchEntry entry : page) {
						try {
							this.index.replace(Set.of(), List.of(entry));
						}
						catch (DataIntegrityViolationException ex) {
							this.index.replace(Set.of(), List.of(entry));
						}
					}
					count += page.size();
					if (page.size() < PAGE) {
						break;
					}
					after = page.get(page.size() - 1).id();
				}
				this.index.removeStale(type, start);
				log.info("Indexed {} {} entries in {} ms", count - before, type,
						(System.nanoTime() - began) / 1_000_000);
			}
		}
		log.info("Search index built: {} entries", count);
		return count;
	}

}
