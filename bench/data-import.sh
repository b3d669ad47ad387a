#!/usr/bin/env bash
# Import of 1,000,000 data values from a long CSV through the real pipeline, with -Xmx512m,
# on PostgreSQL (with a raw COPY of the same file for the ratio) and on a file-based H2.
#
#   bash bench/data-import.sh            # both databases
#   BENCH_DATABASES=postgresql bash bench/data-import.sh
#
# Settings (environment): BENCH_PG_URL (default jdbc:postgresql://127.0.0.1:5432/hamkori_bench_import,
# recreated each run), BENCH_VALUES (default 1000000), BENCH_HEAP (default 512m).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

BENCH_DATABASES=${BENCH_DATABASES:-postgresql h2}
BENCH_VALUES=${BENCH_VALUES:-1000000}
BENCH_HEAP=${BENCH_HEAP:-512m}
PG_DB=hamkori_bench_import
BENCH_PG_URL=${BENCH_PG_URL:-jdbc:postgresql://127.0.0.1:5432/$PG_DB}

run() {
	mvn -B -q test -Dtest=ImportBenchmark -Dgroups=benchmark -Dhamkori.excluded-groups=none \
		-Dsurefire.failIfNoSpecifiedTests=false -Dspring-javaformat.skip=true \
		-DargLine="-Xmx$BENCH_HEAP" -Dlogging.level.org.hamkori.reporting.DataImport=debug -Dhamkori.bench.values="$BENCH_VALUES" -Dhamkori.bench.url="$1" >/dev/null
}

for db in $BENCH_DATABASES; do
	case $db in
		postgresql)
			psql -h 127.0.0.1 -U postgres -q -d postgres -c "DROP DATABASE IF EXISTS $PG_DB WITH (FORCE)" -c "CREATE DATABASE $PG_DB"
			run "$BENCH_PG_URL"
			;;
		h2)
			rm -rf target/bench/h2
			run "jdbc:h2:file:./target/bench/h2/import;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
			;;
	esac
	cat "target/bench/import-result-$db.txt"
done
