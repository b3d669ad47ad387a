package org.hamkori.shared;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.hamkori.shared.settings.HamkoriSettings;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the modules' {@link DemoData} in order. By default in a background thread once
 * the application is ready, so that a first start on an empty database is healthy as soon
 * as the server is up (loading the demo figures takes longer than the rest of the start);
 * pages say that the demo data is still loading meanwhile. With
 * {@code hamkori.demo.background=false} it loads before the application reports ready, as
 * the tests need.
 */
@Component
@Order(10)
public class DemoDataLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	private final ObjectProvider<DemoData> loaders;

	private final boolean background;

	private volatile boolean loading;

	private volatile Thread thread;

	private volatile boolean stopping;

	DemoDataLoader(DemoMode demo, ObjectProvider<DemoData> loaders, HamkoriSettings settings) {
		this.loaders = loaders;
		this.background = settings.demo().background();
		this.loading = demo.isEnabled();
	}

	/**
	 * Whether demo data is wanted but not yet (or not completely) loaded.
	 */
	public boolean isLoading() {
		return this.loading;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.loading && !this.background) {
			loadAll();
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	void ready() {
		if (this.loading && this.background && this.thread == null) {
			Thread thread = new Thread(this::loadAll, "demo-data");
			thread.setDaemon(true);
			this.thread = thread;
			thread.start();
		}
	}

	private void loadAll() {
		long started = System.nanoTime();
		List<DemoData> ordered = this.loaders.orderedStream().toList();
		try {
			for (DemoData loader : ordered) {
				if (this.stopping) {
					return;
				}
				loader.load();
			}
			log.info("Demo data ready in {} ms", (System.nanoTime() - started) / 1_000_000);
		}
		catch (RuntimeException ex) {
			if (!this.background) {
				throw ex;
			}
			if (!this.stopping) {
				log.error("Demo data could not be loaded; it is tried again at the next start", ex);
			}
		}
		finally {
			this.loading = false;
		}
	}

	/**
	 * Lets a background load that is still running stop after the current module, before
	 * the database closes; if that module is not done within a few seconds, its
	 * transaction fails and rolls back, and the next start loads what is missing.
	 */
	@EventListener(ContextClosedEvent.class)
	void closing() throws InterruptedException {
		this.stopping = true;
		Thread thread = this.thread;
		if (thread != null && thread.isAlive()) {
			log.info("Waiting for the demo data load to stop; the next start completes it");
			thread.join(5_000);
		}
	}

}
