#!/usr/bin/env bash
# Meeting pages and papers: response times of the adopted demo meeting's page, its
# minutes page, the minutes PDF (with the embedded font), the meeting pack PDF, the
# minutes DOCX and the attendance XLSX, each requested BENCH_REPEAT times in a row by one
# signed-in user after a warm-up. Prints the median and each figure's ratio to the
# meeting page measured in the same run (machines are noisy; ratios travel better).
#
# Usage: bench/meeting-papers.sh
# Needs target/hamkori.jar; build it first with: mvn -B -q package -DskipTests
# Settings: BENCH_JAR, BENCH_PORT (default 18080), BENCH_JAVA_OPTS, JAVA_HOME,
#           BENCH_REPEAT (20), BENCH_WARMUP (10).
set -euo pipefail

BENCH_NAME=meeting-papers
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

USERNAME=secretariat.tj
PASSWORD=hamkori-demo
REPEAT=${BENCH_REPEAT:-20}
WARMUP=${BENCH_WARMUP:-10}

bench_traps
bench_preflight
bench_tmp
mkdir -p "$BENCH_TMP/data"
start_server "$BENCH_TMP/data" "$BENCH_TMP/server.log"
wait_healthy "$BENCH_TMP/server.log"
log "server healthy (pid $SERVER_PID)"

session=$(sign_in "$BENCH_TMP/cookies.txt")
[[ -n $session ]] || die "no SESSION cookie after login"
cookie="Cookie: SESSION=$session"

# The adopted 1st meeting is the past one on the mechanism's meetings page.
curl -sS -H "$cookie" "$BENCH_BASE_URL/mechanisms/CCM-TJ/meetings" >"$BENCH_TMP/list.html"
meeting=$(sed -n '/<h2>Past<\/h2>/,$p;/<h2>Прошедшие/,$p' "$BENCH_TMP/list.html" \
	| grep -o '/meetings/[0-9a-f-]\{36\}' | head -n 1)
[[ -n $meeting ]] || meeting=$(grep -o '/meetings/[0-9a-f-]\{36\}' "$BENCH_TMP/list.html" | tail -n 1)
[[ -n $meeting ]] || die "no demo meeting found"
log "meeting: $meeting"

# median_ms URL: median response time in milliseconds over REPEAT requests (after WARMUP).
median_ms() {
	local url=$1 code
	code=$(curl -sS -o /dev/null -w '%{http_code}' -H "$cookie" "$url")
	[[ $code == 200 ]] || die "$url returned HTTP $code"
	for _ in $(seq 1 "$WARMUP"); do curl -sS -o /dev/null -H "$cookie" "$url"; done
	for _ in $(seq 1 "$REPEAT"); do
		curl -sS -o /dev/null -w '%{time_total}\n' -H "$cookie" "$url"
	done | sort -n | awk '{ a[NR] = $1 } END { printf "%.1f", a[int((NR + 1) / 2)] * 1000 }'
}

base=$(median_ms "$BENCH_BASE_URL$meeting")
printf '%-28s %8s %8s\n' "request" "median" "ratio"
printf '%-28s %6s ms %8s\n' "meeting page" "$base" "1.00"
for path in /minutes "/minutes.pdf?lang=ru" /pack.pdf "/minutes.docx?lang=en" /attendance.xlsx; do
	ms=$(median_ms "$BENCH_BASE_URL$meeting$path")
	printf '%-28s %6s ms %8s\n' "$path" "$ms" "$(awk -v a="$ms" -v b="$base" 'BEGIN { printf "%.2f", a / b }')"
done
