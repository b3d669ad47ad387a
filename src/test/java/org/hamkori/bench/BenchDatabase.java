package org.hamkori.bench;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The PostgreSQL database of a benchmark that measures services directly
 * ({@code bench/pg-lib.sh} exports its address), set with the highest precedence so the
 * H2 settings of the normal test run cannot replace it, with the demo data on and the
 * timers off; and the percentiles the benchmarks print.
 */
public final class BenchDatabase {

	private BenchDatabase() {
	}

	/**
	 * Points the test context at the benchmark's database ({@code HAMKORI_BENCH_DB_*}).
	 */
	public static void register(DynamicPropertyRegistry registry, String defaultUrl) {
		registry.add("spring.datasource.url", () -> setting("HAMKORI_BENCH_DB_URL", defaultUrl));
		registry.add("spring.datasource.username", () -> setting("HAMKORI_BENCH_DB_USER", "postgres"));
		registry.add("spring.datasource.password", () -> setting("HAMKORI_BENCH_DB_PASSWORD", ""));
		registry.add("hamkori.test.database", () -> "postgres");
		registry.add("hamkori.demo.enabled", () -> "true");
		registry.add("hamkori.scheduling.enabled", () -> "false");
	}

	/** The value at the p-th percentile of sorted values (nearest rank). */
	public static long percentile(long[] sorted, int p) {
		int rank = (int) Math.ceil(p / 100.0 * sorted.length);
		return sorted[Math.max(0, rank - 1)];
	}

	private static String setting(String env, String fallback) {
		String value = System.getenv(env);
		return (value != null && !value.isBlank()) ? value : fallback;
	}

}
