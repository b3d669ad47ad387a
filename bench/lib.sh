# shellcheck shell=bash
# Shared helpers for the bench/*.sh scripts. Source it; do not run it.
#
# Settings (environment):
#   BENCH_JAR        jar to run              (default: target/hamkori.jar)
#   BENCH_PORT       port for SERVER_PORT    (default: 18080)
#   BENCH_JAVA_OPTS  extra JVM options, split on spaces (default: none)
#   JAVA_HOME        if set, $JAVA_HOME/bin/java is used, else `java`
#   BENCH_LAUNCH     a launch script to run instead of `java -jar`, given the jar as its
#                    argument (deploy/launch.sh); BENCH_JAVA_OPTS then reaches it as JAVA_OPTS

BENCH_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH_JAR=${BENCH_JAR:-$BENCH_ROOT/target/hamkori.jar}
BENCH_PORT=${BENCH_PORT:-18080}
BENCH_HOST=127.0.0.1
BENCH_BASE_URL="http://$BENCH_HOST:$BENCH_PORT"
BENCH_HEALTH_TIMEOUT_S=120

SERVER_PID=""
BENCH_TMP=""

log() { printf '[%s] %s\n' "${BENCH_NAME:-bench}" "$*"; }
die() {
	printf '[%s] ERROR: %s\n' "${BENCH_NAME:-bench}" "$*" >&2
	exit 1
}

now_ns() { date +%s%N; }

# nap SECONDS: like sleep, but a TERM/INT to this script is handled at once.
nap() {
	sleep "$1" &
	wait "$!"
}

# Fails unless the jar exists and the port is free.
bench_preflight() {
	[[ -f $BENCH_JAR ]] || die "$BENCH_JAR not found; build it first: mvn -B -q package -DskipTests"
	command -v curl >/dev/null || die "curl is required"
	command -v jq >/dev/null || command -v python3 >/dev/null \
		|| die "jq or python3 is required to read /actuator/health"
	[[ $BENCH_PORT =~ ^[0-9]+$ ]] || die "BENCH_PORT must be a number, got '$BENCH_PORT'"
	if port_in_use "$BENCH_PORT"; then
		die "port $BENCH_PORT on $BENCH_HOST is already in use; stop that process or set BENCH_PORT"
	fi
}

port_in_use() {
	(: <"/dev/tcp/$BENCH_HOST/$1") 2>/dev/null
}

bench_tmp() {
	if [[ -z $BENCH_TMP ]]; then
		BENCH_TMP=$(mktemp -d "${TMPDIR:-/tmp}/hamkori-bench.XXXXXX")
	fi
}

# start_server DATA_DIR LOG_FILE: launches the jar in the background, sets SERVER_PID.
start_server() {
	local data_dir=$1 log_file=$2 java_bin=java
	local -a java_opts=()
	[[ -n ${JAVA_HOME:-} ]] && java_bin=$JAVA_HOME/bin/java
	[[ -n ${BENCH_JAVA_OPTS:-} ]] && read -r -a java_opts <<<"$BENCH_JAVA_OPTS"
	if [[ -n ${BENCH_LAUNCH:-} ]]; then
		HAMKORI_DATA_DIR=$data_dir SERVER_PORT=$BENCH_PORT SERVER_ADDRESS=$BENCH_HOST JAVA_OPTS=${BENCH_JAVA_OPTS:-} \
			"$BENCH_LAUNCH" "$BENCH_JAR" >"$log_file" 2>&1 &
	else
		HAMKORI_DATA_DIR=$data_dir SERVER_PORT=$BENCH_PORT SERVER_ADDRESS=$BENCH_HOST \
			"$java_bin" "${java_opts[@]}" -jar "$BENCH_JAR" >"$log_file" 2>&1 &
	fi
	SERVER_PID=$!
}

# stop_server: TERM, wait up to 20 s, then KILL. Only ever touches SERVER_PID.
stop_server() {
	local pid=$SERVER_PID
	[[ -n $pid ]] || return 0
	SERVER_PID=""
	if kill -0 "$pid" 2>/dev/null; then
		kill -TERM "$pid" 2>/dev/null || true
		local i
		for ((i = 0; i < 200; i++)); do
			kill -0 "$pid" 2>/dev/null || break
			sleep 0.1
		done
		if kill -0 "$pid" 2>/dev/null; then
			log "server $pid did not stop after 20 s; sending KILL"
			kill -KILL "$pid" 2>/dev/null || true
		fi
	fi
	wait "$pid" 2>/dev/null || true
}

# bench_remove_tmp RC: removes the temp folder, or keeps it after a failure with BENCH_KEEP_ON_ERROR
bench_remove_tmp() {
	local rc=$1
	if [[ -n $BENCH_TMP && -d $BENCH_TMP ]]; then
		if [[ $rc -ne 0 && -n ${BENCH_KEEP_ON_ERROR:-} ]]; then
			log "keeping $BENCH_TMP for inspection"
		else
			rm -rf "$BENCH_TMP"
		fi
	fi
}

bench_cleanup() {
	local rc=$?
	stop_server
	bench_remove_tmp "$rc"
	return "$rc"
}

bench_traps() {
	trap bench_cleanup EXIT
	trap 'exit 130' INT
	trap 'exit 143' TERM
}

# health_is_up BODY_FILE: true if the JSON's top-level status is UP.
health_is_up() {
	if command -v jq >/dev/null; then
		[[ $(jq -r '.status // empty' "$1" 2>/dev/null) == UP ]]
	else
		python3 -c 'import json,sys; sys.exit(0 if json.load(open(sys.argv[1])).get("status") == "UP" else 1)' \
			"$1" 2>/dev/null
	fi
}

# wait_healthy LOG_FILE: polls /actuator/health every 100 ms until HTTP 200 + UP,
# bounded to BENCH_HEALTH_TIMEOUT_S. Fails if the server exits or times out.
wait_healthy() {
	local log_file=$1 body code deadline
	bench_tmp
	body=$BENCH_TMP/health.json
	deadline=$(($(now_ns) + BENCH_HEALTH_TIMEOUT_S * 1000000000))
	while :; do
		if ! kill -0 "$SERVER_PID" 2>/dev/null; then
			printf '%s\n' '--- last 40 lines of server log ---' >&2
			tail -n 40 "$log_file" >&2 || true
			SERVER_PID=""
			die "server exited before becoming healthy"
		fi
		code=$(curl -s -o "$body" -w '%{http_code}' --max-time 1 \
			"$BENCH_BASE_URL/actuator/health" 2>/dev/null) || code=000
		if [[ $code == 200 ]] && health_is_up "$body"; then
			return 0
		fi
		if (($(now_ns) >= deadline)); then
			printf '%s\n' '--- last 40 lines of server log ---' >&2
			tail -n 40 "$log_file" >&2 || true
			die "not healthy after ${BENCH_HEALTH_TIMEOUT_S} s (last HTTP status $code)"
		fi
		sleep 0.1
	done
}

# wait_demo_loaded: polls GET /login every 250 ms until its page no longer carries the
# data-demo-loading notice (demo data loads in the background after start-up), bounded to
# BENCH_HEALTH_TIMEOUT_S. Fails if the server exits or times out.
wait_demo_loaded() {
	local body code deadline
	bench_tmp
	body=$BENCH_TMP/demo-check.html
	deadline=$(($(now_ns) + BENCH_HEALTH_TIMEOUT_S * 1000000000))
	while :; do
		kill -0 "$SERVER_PID" 2>/dev/null || {
			SERVER_PID=""
			die "server exited while the demo data was loading"
		}
		code=$(curl -s -o "$body" -w '%{http_code}' --max-time 5 "$BENCH_BASE_URL/login" 2>/dev/null) || code=000
		if [[ $code == 200 ]] && ! grep -q 'data-demo-loading' "$body"; then
			return 0
		fi
		(($(now_ns) < deadline)) || die "demo data not loaded after ${BENCH_HEALTH_TIMEOUT_S} s (last HTTP status $code)"
		sleep 0.25
	done
}

# rss_kib PID: resident set size in KiB (VmRSS).
rss_kib() {
	awk '/^VmRSS:/ { print $2; found = 1 } END { if (!found) exit 1 }' "/proc/$1/status" \
		|| die "cannot read VmRSS of process $1"
}

# sign_in JAR -> prints the SESSION cookie value of a fresh login as $USERNAME / $PASSWORD
sign_in() {
	local jar=$1 code location csrf
	local curl_base=(curl -sS --max-time 10 -c "$jar" -b "$jar")
	code=$("${curl_base[@]}" -o "$BENCH_TMP/login.html" -w '%{http_code}' "$BENCH_BASE_URL/login")
	[[ $code == 200 ]] || die "GET /login returned HTTP $code"
	# The hidden input may list its attributes in any order.
	csrf=$(grep -o '<input[^>]*name="_csrf"[^>]*>' "$BENCH_TMP/login.html" | head -n 1 \
		| sed -n 's/.*value="\([^"]*\)".*/\1/p' || true)
	[[ -n $csrf ]] || die "no <input name=\"_csrf\" value=\"...\"> in the /login page"
	read -r code location < <("${curl_base[@]}" -o "$BENCH_TMP/login-post.html" \
		-w '%{http_code} %{redirect_url}\n' \
		--data-urlencode "username=$USERNAME" \
		--data-urlencode "password=$PASSWORD" \
		--data-urlencode "_csrf=$csrf" \
		"$BENCH_BASE_URL/login") || die "POST /login failed"
	case $code in
	2?? | 3??) ;;
	*) die "POST /login returned HTTP $code" ;;
	esac
	[[ ${location:-} != *error* ]] || die "login as $USERNAME rejected (redirected to $location)"
	# Netscape cookie jar: field 6 is the name, 7 the value (HttpOnly lines start with #HttpOnly_).
	awk -F '\t' '$6 == "SESSION" { v = $7 } END { print v }' "$jar"
}
