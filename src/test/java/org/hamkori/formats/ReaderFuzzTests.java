package org.hamkori.formats;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The readers under Jazzer. In the normal suite each fuzz test runs only its inputs under
 * {@code src/test/resources/org/hamkori/formats/ReaderFuzzTestsInputs/<method>/}: seeds
 * and every crash found so far, kept as regression inputs. The long run is
 * {@code org.hamkori.bench.ReaderFuzzBenchmark} (see docs/BENCHMARKS.md).
 */
class ReaderFuzzTests {

	@FuzzTest
	void longCsv(FuzzedDataProvider data) {
		FuzzTargets.longCsv(data);
	}

	@FuzzTest
	void wideCsv(FuzzedDataProvider data) {
		FuzzTargets.wideCsv(data);
	}

	@FuzzTest
	void sdmxCsv(FuzzedDataProvider data) {
		FuzzTargets.sdmxCsv(data);
	}

	@FuzzTest
	void xlsx(FuzzedDataProvider data) {
		FuzzTargets.xlsx(data);
	}

}
