package org.hamkori.search;

import java.time.Duration;
import java.time.Instant;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.hamkori.shared.DemoDataLoader;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Builds the index at start-up when it is empty (a new installation, or the demo), in a
 * background thread so the node is healthy at once, after the demo data has loaded, and
 * on one node only (the nightly build's lock). Off with the timers
 * ({@code hamkori.scheduling.enabled=false}: the tests build when they need to).
 */
@Component
@ConditionalOnProperty(name = "hamkori.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class SearchAtStart {

	private static final Logger log = LoggerFactory.getLogger(SearchAtStart.class);

	private final SearchIndexer indexer;

	private final SearchIndex index;

	private final DemoDataLoader demo;

	private final LockProvider locks;

	SearchAtStart(SearchIndexer indexer, SearchIndex index, DemoDataLoader demo, LockProvider locks) {
		this.indexer = indexer;
		this.index = index;
		this.demo = demo;
		this.locks = locks;
	}

	@EventListener(ApplicationReadyEvent.class)
	void ready() {
		Thread thread = new Thread(this::buildWhenEmpty, "search-build");
		thread.setDaemon(true);
		thread.start();
	}

	private void buildWhenEmpty() {
		try {
			while (this.demo.isLoading()) {
				Thread.sleep(1000);
			}
			new DefaultLockingTaskExecutor(this.locks).executeWithLock((Runnable) () -> {
				if (this.index.isEmpty()) {
					this.indexer.rebuild();
				}
			}, new LockConfiguration(Instant.now(), "search-rebuild", Duration.ofHours(2), Duration.ZERO));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (RuntimeException ex) {
			log.warn("The search index was not built at start-up; the nightly build will", ex);
		}
	}

}
