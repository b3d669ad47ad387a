#!/usr/bin/env bash
# Cross-country dashboard over 10,000,000 published values on PostgreSQL: the RCM
# dashboard's comparison and a national time series through the real Analytics service as
# the regional demo viewer (p50/p95/max of 200 calls after 20 warm-ups), the EXPLAIN
# (ANALYZE, BUFFERS) of their SQL, and how soon a freshly approved month shows.
#
#   bash bench/dashboard.sh
#
# The database is created when missing and kept afterwards, so a re-run skips the fill
# (about ten minutes on two cores) and only measures. BENCH_DROP_DB=1 drops it at the end.
# Settings (environment): BENCH_PG_HOST (127.0.0.1), BENCH_PG_PORT (5432), BENCH_PG_USER
# (postgres, trust or PGPASSWORD), BENCH_DB (hamkori_bench), BENCH_WARMUP (20),
# BENCH_CALLS (200), BENCH_DROP_DB (unset), BENCH_JDBC_PARAMS (appended to the JDBC URL,
# e.g. 'options=-c%20jit=off' to measure without PostgreSQL's JIT compiler).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

BENCH_NAME=dashboard
# shellcheck source=bench/pg-lib.sh
. bench/pg-lib.sh

DB=${BENCH_DB:-hamkori_bench}
WARMUP=${BENCH_WARMUP:-20}
CALLS=${BENCH_CALLS:-200}
RESULT=target/bench/dashboard.txt

for v in WARMUP CALLS; do
	[[ ${!v} =~ ^[1-9][0-9]*$ ]] || die "BENCH_$v must be a positive integer, got '${!v}'"
done
pg_bench_database "$DB"

log "running DashboardBenchmark ($WARMUP warm-up, $CALLS timed calls each${BENCH_JDBC_PARAMS:+, JDBC $BENCH_JDBC_PARAMS})"
rm -f "$RESULT"
started=$(date +%s)
if ! mvn -B -q test -Dtest=DashboardBenchmark -Dgroups=benchmark -Dhamkori.excluded-groups=none \
	-Dsurefire.failIfNoSpecifiedTests=false -Dspring-javaformat.skip=true \
	-Dhamkori.bench.warmup="$WARMUP" -Dhamkori.bench.calls="$CALLS" >target/bench-dashboard-mvn.log 2>&1; then
	tail -n 60 target/bench-dashboard-mvn.log >&2
	die "the benchmark failed (whole Maven log: target/bench-dashboard-mvn.log)"
fi
log "done in $(($(date +%s) - started)) s"
echo
cat "$RESULT"

pg_bench_drop "$DB"
