#!/usr/bin/env bash
# Startup benchmark: time from `java -jar` to a healthy /actuator/health and to the end of
# the demo data's background load, and resident memory right after healthy and after the
# demo data plus 10 s idle, over N fresh starts.
#
# Usage: bench/startup.sh [N]        (N runs, default 3)
# Needs target/hamkori.jar; build it first with: mvn -B -q package -DskipTests
# Settings: BENCH_JAR, BENCH_PORT (default 18080), BENCH_JAVA_OPTS, JAVA_HOME,
#           BENCH_IDLE_S (default 10), BENCH_KEEP_ON_ERROR=1 keeps the temp dir.
set -euo pipefail

BENCH_NAME=startup
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

RUNS=${1:-3}
IDLE_S=${BENCH_IDLE_S:-10}
TARGET_STARTUP_S=8
TARGET_RSS_MIB=400

[[ $RUNS =~ ^[1-9][0-9]*$ ]] || die "N must be a positive integer, got '$RUNS'"
[[ $IDLE_S =~ ^[0-9]+$ ]] || die "BENCH_IDLE_S must be a non-negative integer, got '$IDLE_S'"

bench_traps
bench_preflight
bench_tmp

log "jar: $BENCH_JAR"
log "runs: $RUNS, port: $BENCH_PORT, idle: ${IDLE_S} s, java opts: ${BENCH_JAVA_OPTS:-(none)}"

# median < numbers (one per line)
median() {
	sort -g | awk '{ v[NR] = $1 } END {
		if (NR == 0) exit 1
		if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2
	}'
}

results=$BENCH_TMP/results.tsv
: >"$results"

for ((run = 1; run <= RUNS; run++)); do
	data_dir=$BENCH_TMP/data-$run
	server_log=$BENCH_TMP/server-$run.log
	mkdir -p "$data_dir"
	port_in_use "$BENCH_PORT" && die "port $BENCH_PORT still in use before run $run"

	t0=$(now_ns)
	start_server "$data_dir" "$server_log"
	wait_healthy "$server_log"
	t1=$(now_ns)
	rss_healthy=$(rss_kib "$SERVER_PID")
	wait_demo_loaded
	t2=$(now_ns)
	nap "$IDLE_S"
	kill -0 "$SERVER_PID" 2>/dev/null || die "server died during the idle period (see $server_log)"
	rss_idle=$(rss_kib "$SERVER_PID")

	startup_s=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", (b - a) / 1e9 }')
	demo_s=$(awk -v a="$t0" -v b="$t2" 'BEGIN { printf "%.2f", (b - a) / 1e9 }')
	rss_healthy_mib=$(awk -v k="$rss_healthy" 'BEGIN { printf "%.0f", k / 1024 }')
	rss_idle_mib=$(awk -v k="$rss_idle" 'BEGIN { printf "%.0f", k / 1024 }')
	# Spring's own "Started X in N seconds" line, for reference (JVM start excluded).
	spring_s=$(sed -n 's/.*Started .* in \([0-9.]*\) seconds.*/\1/p' "$server_log" | head -n 1)

	printf '%s\t%s\t%s\t%s\n' "$startup_s" "$rss_healthy_mib" "$rss_idle_mib" "$demo_s" >>"$results"
	log "$(printf 'run %d/%d: healthy in %6s s (spring: %s s), demo data in %6s s, RSS healthy %5s MiB, after demo data + %s s idle %5s MiB' \
		"$run" "$RUNS" "$startup_s" "${spring_s:-?}" "$demo_s" "$rss_healthy_mib" "$IDLE_S" "$rss_idle_mib")"

	stop_server
done

med_startup=$(cut -f1 "$results" | median)
med_rss_healthy=$(cut -f2 "$results" | median)
med_rss_idle=$(cut -f3 "$results" | median)
med_demo=$(cut -f4 "$results" | median)

verdict() { if awk -v v="$1" -v t="$2" 'BEGIN { exit !(v < t) }'; then echo ok; else echo MISSED; fi; }

echo
printf '%-28s %10s   %s\n' "median of $RUNS run(s)" "value" "target"
printf '%-28s %8s s   < %s s  %s\n' "launch -> healthy" "$med_startup" "$TARGET_STARTUP_S" \
	"$(verdict "$med_startup" "$TARGET_STARTUP_S")"
printf '%-28s %8s s\n' "launch -> demo data loaded" "$med_demo"
printf '%-28s %6s MiB   < %s MiB  %s\n' "RSS right after healthy" "$med_rss_healthy" "$TARGET_RSS_MIB" \
	"$(verdict "$med_rss_healthy" "$TARGET_RSS_MIB")"
printf '%-28s %6s MiB   < %s MiB  %s\n' "RSS, demo + ${IDLE_S} s idle" "$med_rss_idle" "$TARGET_RSS_MIB" \
	"$(verdict "$med_rss_idle" "$TARGET_RSS_MIB")"
