package org.hamkori;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs the same work on several threads released at the same moment, as two nodes running
 * one scheduled job would, and waits for all of them.
 */
public final class TestThreads {

	private TestThreads() {
	}

	/** Runs {@code work} on {@code threads} threads at once; their results. */
	public static <T> List<T> atOnce(int threads, Callable<T> work) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<T>> runs = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				runs.add(pool.submit(() -> {
					start.await();
					return work.call();
				}));
			}
			start.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> run : runs) {
				results.add(run.get(120, TimeUnit.SECONDS));
			}
			return results;
		}
		finally {
			pool.shutdown();
		}
	}

}
