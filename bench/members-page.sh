#!/usr/bin/env bash
# Members-page throughput benchmark: compares the signed-in page
# /mechanisms/CCM-TJ against a ceiling, the static /robots.txt served by the
# same server through the same security filter chain, with wrk on loopback.
#
# Usage: bench/members-page.sh
# Needs target/hamkori.jar; build it first with: mvn -B -q package -DskipTests
# Installs Debian's wrk with apt-get if it is missing (needs root).
# Settings: BENCH_JAR, BENCH_PORT (default 18080), BENCH_JAVA_OPTS, JAVA_HOME,
#           BENCH_WARMUP_S (10), BENCH_DURATION_S (30), BENCH_THREADS (2),
#           BENCH_CONNECTIONS (32), BENCH_KEEP_ON_ERROR=1 keeps the temp dir.
set -euo pipefail

BENCH_NAME=members-page
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

USERNAME=secretariat.tj
PASSWORD=hamkori-demo
MEMBERS_PATH=/mechanisms/CCM-TJ
MEMBERS_MARKER="National Bank"
CEILING_PATH=/robots.txt
WARMUP_S=${BENCH_WARMUP_S:-10}
DURATION_S=${BENCH_DURATION_S:-30}
THREADS=${BENCH_THREADS:-2}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
TARGET_RATIO=0.30
TARGET_P99_MS=100
TARGET_RSS_MIB=640
LUA_SCRIPT=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/status-count.lua

for v in WARMUP_S DURATION_S THREADS CONNECTIONS; do
	[[ ${!v} =~ ^[1-9][0-9]*$ ]] || die "$v must be a positive integer, got '${!v}'"
done
[[ -f $LUA_SCRIPT ]] || die "$LUA_SCRIPT not found"

bench_traps
bench_preflight

if ! command -v wrk >/dev/null; then
	[[ $(id -u) -eq 0 ]] || die "wrk is missing; install it (apt-get install -y wrk) or run as root"
	log "installing wrk (apt-get)"
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -q && apt-get install -y -q wrk
	command -v wrk >/dev/null || die "wrk still not found after apt-get install"
fi

bench_tmp
server_log=$BENCH_TMP/server.log
mkdir -p "$BENCH_TMP/data"
log "jar: $BENCH_JAR, port: $BENCH_PORT, java opts: ${BENCH_JAVA_OPTS:-(none)}"
start_server "$BENCH_TMP/data" "$server_log"
wait_healthy "$server_log"
log "server healthy (pid $SERVER_PID)"
wait_demo_loaded
log "demo data loaded"

# --- Sign in ------------------------------------------------------------------
# Every wrk connection acts as its own signed-in user: one session per connection, as 32 people would have.

sessions_file=$BENCH_TMP/sessions.txt
: >"$sessions_file"
for n in $(seq 1 "$CONNECTIONS"); do
	value=$(sign_in "$BENCH_TMP/cookies-$n.txt")
	[[ -n $value ]] || die "no SESSION cookie after login $n"
	printf '%s\n' "$value" >>"$sessions_file"
done
session=$(head -n 1 "$sessions_file")
cookie_header="Cookie: SESSION=$session"
export BENCH_SESSIONS_FILE=$sessions_file

# check_members_page: the page renders for this session (HTTP 200 + marker text).
check_members_page() {
	local code
	code=$(curl -sS --max-time 10 -o "$BENCH_TMP/members.html" -w '%{http_code}' \
		-H "$cookie_header" "$BENCH_BASE_URL$MEMBERS_PATH") || code=000
	[[ $code == 200 ]] || die "GET $MEMBERS_PATH with the session returned HTTP $code (expected 200)"
	grep -qF "$MEMBERS_MARKER" "$BENCH_TMP/members.html" \
		|| die "GET $MEMBERS_PATH returned 200 but without the text '$MEMBERS_MARKER'"
}
check_members_page
log "signed in $CONNECTIONS times as $USERNAME; $MEMBERS_PATH renders ($(wc -c <"$BENCH_TMP/members.html") bytes)"

code=$(curl -sS --max-time 10 -o /dev/null -w '%{http_code}' "$BENCH_BASE_URL$CEILING_PATH") || code=000
[[ $code == 200 ]] || die "GET $CEILING_PATH returned HTTP $code (expected 200)"

# --- Load ---------------------------------------------------------------------
wrk_common=(wrk "-t$THREADS" "-c$CONNECTIONS" --timeout 10s)

log "warm-up: ${WARMUP_S} s on $CEILING_PATH"
"${wrk_common[@]}" "-d${WARMUP_S}s" "$BENCH_BASE_URL$CEILING_PATH" >"$BENCH_TMP/warmup-ceiling.txt" \
	|| die "wrk warm-up failed: $(cat "$BENCH_TMP/warmup-ceiling.txt")"
log "warm-up: ${WARMUP_S} s on $MEMBERS_PATH"
BENCH_ROTATE=1 "${wrk_common[@]}" "-d${WARMUP_S}s" -s "$LUA_SCRIPT" "$BENCH_BASE_URL$MEMBERS_PATH" \
	>"$BENCH_TMP/warmup-members.txt" \
	|| die "wrk warm-up failed: $(cat "$BENCH_TMP/warmup-members.txt")"

log "measuring: ${DURATION_S} s on $CEILING_PATH"
"${wrk_common[@]}" "-d${DURATION_S}s" --latency -s "$LUA_SCRIPT" \
	"$BENCH_BASE_URL$CEILING_PATH" >"$BENCH_TMP/ceiling.txt" \
	|| die "wrk failed: $(cat "$BENCH_TMP/ceiling.txt")"
log "measuring: ${DURATION_S} s on $MEMBERS_PATH"
BENCH_ROTATE=1 "${wrk_common[@]}" "-d${DURATION_S}s" --latency -s "$LUA_SCRIPT" \
	"$BENCH_BASE_URL$MEMBERS_PATH" >"$BENCH_TMP/members.txt" \
	|| die "wrk failed: $(cat "$BENCH_TMP/members.txt")"

check_members_page # the session must still be valid after the run
rss_end_mib=$(awk -v k="$(rss_kib "$SERVER_PID")" 'BEGIN { printf "%.0f", k / 1024 }')

# parse_wrk FILE -> "req_per_s p99_ms ok200 non200 socket_errors"
# (ok200/non200 come from status-count.lua; wrk itself counts 3xx as success)
parse_wrk() {
	awk '
		function ms(s,   n, u) {
			n = s + 0; u = s; sub(/^[0-9.]+/, "", u)
			if (u == "us") return n / 1000
			if (u == "ms") return n
			if (u == "s") return n * 1000
			if (u == "m") return n * 60000
			if (u == "h") return n * 3600000
			return -1
		}
		/^Requests\/sec:/ { rps = $2 }
		/^[ \t]+99%/ { p99 = ms($2) }
		/^Status 200:/ { ok = $3 }
		/^Status other:/ { other = $3 }
		/Socket errors:/ {
			line = $0; sub(/.*Socket errors:/, "", line); gsub(/[^0-9 ]/, "", line)
			split(line, f, " "); for (i in f) sockerr += f[i]
		}
		END {
			if (rps == "" || p99 == "" || ok == "") exit 1
			printf "%s %.2f %d %d %d\n", rps, p99, ok, other, sockerr
		}' "$1"
}

read -r c_rps c_p99 c_ok c_bad c_sock < <(parse_wrk "$BENCH_TMP/ceiling.txt") \
	|| die "could not parse wrk output: $(cat "$BENCH_TMP/ceiling.txt")"
read -r m_rps m_p99 m_ok m_bad m_sock < <(parse_wrk "$BENCH_TMP/members.txt") \
	|| die "could not parse wrk output: $(cat "$BENCH_TMP/members.txt")"

echo
echo "--- wrk: ceiling $CEILING_PATH ---"
cat "$BENCH_TMP/ceiling.txt"
echo "--- wrk: members $MEMBERS_PATH ---"
cat "$BENCH_TMP/members.txt"
echo

ratio=$(awk -v m="$m_rps" -v c="$c_rps" 'BEGIN { if (c > 0) printf "%.3f", m / c; else print "nan" }')
ratio_ok=$(awk -v r="$ratio" -v t="$TARGET_RATIO" 'BEGIN { print (r + 0 >= t) ? "ok" : "MISSED" }')
p99_ok=$(awk -v p="$m_p99" -v t="$TARGET_P99_MS" 'BEGIN { print (p + 0 < t) ? "ok" : "MISSED" }')

printf 'wrk -t%s -c%s -d%ss --latency, after %s s warm-up each, on %s\n' \
	"$THREADS" "$CONNECTIONS" "$DURATION_S" "$WARMUP_S" "$BENCH_BASE_URL"
printf '%-30s %12s %10s %9s %9s\n' target req/s "p99 ms" non-200 sock-err
printf '%-30s %12s %10s %9s %9s\n' "ceiling $CEILING_PATH" "$c_rps" "$c_p99" "$c_bad" "$c_sock"
printf '%-30s %12s %10s %9s %9s\n' "members $MEMBERS_PATH" "$m_rps" "$m_p99" "$m_bad" "$m_sock"
echo
printf 'members/ceiling throughput: %s   (target >= %s)  %s\n' "$ratio" "$TARGET_RATIO" "$ratio_ok"
printf 'members p99 latency:        %s ms (target < %s ms)  %s\n' "$m_p99" "$TARGET_P99_MS" "$p99_ok"
printf 'server RSS at the end:      %s MiB (target < %s MiB)  %s\n' "$rss_end_mib" "$TARGET_RSS_MIB" \
	"$(awk -v r="$rss_end_mib" -v t="$TARGET_RSS_MIB" 'BEGIN { print (r + 0 < t) ? "ok" : "MISSED" }')"

if ((c_ok == 0 || m_ok == 0)); then
	die "a target answered no request with HTTP 200; the numbers above are not valid"
fi
if ((c_bad > 0 || m_bad > 0)); then
	die "some responses were not HTTP 200 (see non-200 column); the numbers above are not valid"
fi
if ((c_sock > 0 || m_sock > 0)); then
	log "WARNING: wrk reported socket errors (see sock-err column)"
fi
