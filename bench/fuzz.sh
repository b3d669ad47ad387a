#!/usr/bin/env bash
# Long fuzzing run of the file readers and the Markdown renderer with Jazzer, one target per Maven
# run (ReaderFuzzBenchmark, tag benchmark; 3 minutes each, set in its @FuzzTest annotations).
#
#   bash bench/fuzz.sh                      # all five targets
#   TARGETS="xlsx markdown" bash bench/fuzz.sh
#
# A crash fails the run and is written under
# src/test/resources/org/hamkori/bench/ReaderFuzzBenchmarkInputs/<target>/; once fixed, move it to the
# inputs of ReaderFuzzTests or RichTextFuzzTests, where the normal suite replays it. Jazzer keeps its
# corpus in .cifuzz-corpus/ (not tracked), so a second run goes on from the first.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

TARGETS=${TARGETS:-longCsv wideCsv sdmxCsv xlsx markdown}
export JAZZER_FUZZ=1
# Instrument the libraries that do the parsing too, not only our classes.
export JAZZER_INSTRUMENT=${JAZZER_INSTRUMENT:-org.hamkori.**,org.apache.commons.csv.**,org.apache.poi.**,org.commonmark.**,org.owasp.html.**}

for target in $TARGETS; do
	log="target/fuzz-$target.log"
	mkdir -p target
	status=0
	mvn -B test -Dtest="ReaderFuzzBenchmark#$target" -Dgroups=benchmark -Dhamkori.excluded-groups=none \
		-Dsurefire.failIfNoSpecifiedTests=false -Dspring-javaformat.skip=true >"$log" 2>&1 || status=$?
	summary=$(grep -E '^#[0-9]+[[:space:]]+DONE' "$log" | tail -1 || true)
	echo "$target: ${summary:-no summary} (exit $status, log $log)"
done
