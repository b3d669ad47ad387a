package org.hamkori.bench;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.hamkori.formats.FuzzTargets;
import org.hamkori.shared.text.RichTextFuzzTests;
import org.junit.jupiter.api.Tag;

/**
 * The long fuzzing run of the readers and the Markdown renderer, on demand: one target
 * per run, for at most the duration below, with JAZZER_FUZZ=1 (see "Fuzzing the readers"
 * in docs/BENCHMARKS.md for the command). A crash is written under
 * {@code src/test/resources/org/hamkori/bench/ReaderFuzzBenchmarkInputs/<method>/}; once
 * fixed, it is kept as a regression input of {@code ReaderFuzzTests} or
 * {@code RichTextFuzzTests}. Without JAZZER_FUZZ it runs only its inputs.
 */
@Tag("benchmark")
class ReaderFuzzBenchmark {

	@FuzzTest(maxDuration = "3m")
	void longCsv(FuzzedDataProvider data) {
		FuzzTargets.longCsv(data);
	}

	@FuzzTest(maxDuration = "3m")
	void wideCsv(FuzzedDataProvider data) {
		FuzzTargets.wideCsv(data);
	}

	@FuzzTest(maxDuration = "3m")
	void sdmxCsv(FuzzedDataProvider data) {
		FuzzTargets.sdmxCsv(data);
	}

	@FuzzTest(maxDuration = "3m")
	void xlsx(FuzzedDataProvider data) {
		FuzzTargets.xlsx(data);
	}

	@FuzzTest(maxDuration = "3m")
	void markdown(FuzzedDataProvider data) {
		RichTextFuzzTests.render(data.consumeRemainingAsString());
	}

}
