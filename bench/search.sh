#!/usr/bin/env bash
# The one search over 100,000 records and 10,000 documents' text on PostgreSQL: a mix of
# Russian word forms, Cyrillic and Latin spellings, Tajik, English and typeahead prefixes,
# asked as a member of CCM-TJ through the real Search service (index query and every
# module's rights check), p50/p95/p99, and the EXPLAIN (ANALYZE, BUFFERS) of the slowest.
#
#   bash bench/search.sh
#
# The database is created when missing and kept afterwards, so a re-run skips the fill and
# only measures. BENCH_DROP_DB=1 drops it at the end.
# Settings (environment): BENCH_PG_HOST (127.0.0.1), BENCH_PG_PORT (5432), BENCH_PG_USER
# (postgres, trust or PGPASSWORD), BENCH_DB (hamkori_bench_search), BENCH_ROUNDS (10 rounds of
# the 22 questions), BENCH_RECORDS (100000), BENCH_DOCUMENTS (10000), BENCH_DROP_DB (unset),
# BENCH_JDBC_PARAMS (reWriteBatchedInserts=true).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

BENCH_NAME=search
# shellcheck source=bench/pg-lib.sh
. bench/pg-lib.sh

DB=${BENCH_DB:-hamkori_bench_search}
ROUNDS=${BENCH_ROUNDS:-10}
RECORDS=${BENCH_RECORDS:-100000}
DOCUMENTS=${BENCH_DOCUMENTS:-10000}
RESULT=target/bench/search.txt
# The fill sends its rows in batches; the driver makes each batch one multi-row insert.
BENCH_JDBC_PARAMS=${BENCH_JDBC_PARAMS:-reWriteBatchedInserts=true}

for v in ROUNDS RECORDS DOCUMENTS; do
	[[ ${!v} =~ ^[1-9][0-9]*$ ]] || die "BENCH_$v must be a positive integer, got '${!v}'"
done
pg_bench_database "$DB"

log "running SearchBenchmark ($RECORDS records, $DOCUMENTS documents, $ROUNDS rounds)"
mkdir -p target/bench
rm -f "$RESULT"
started=$(date +%s)
if ! mvn -B -q test-compile surefire:test@default-test -Dtest=SearchBenchmark -Dgroups=benchmark -Dhamkori.excluded-groups=none \
	-Dsurefire.failIfNoSpecifiedTests=false -Dspring-javaformat.skip=true \
	-Dhamkori.bench.rounds="$ROUNDS" -Dhamkori.bench.records="$RECORDS" \
	-Dhamkori.bench.documents="$DOCUMENTS" >target/bench-search-mvn.log 2>&1; then
	tail -n 60 target/bench-search-mvn.log >&2
	die "the benchmark failed (whole Maven log: target/bench-search-mvn.log)"
fi
log "done in $(($(date +%s) - started)) s; load now $(cut -d' ' -f1-3 /proc/loadavg)"
echo
cat "$RESULT"

pg_bench_drop "$DB"
