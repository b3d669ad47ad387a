# shellcheck shell=bash
# Helpers of the reliability scripts (two-nodes.sh, kill-import.sh, backup-restore.sh): several
# nodes of target/hamkori.jar on one PostgreSQL database, signed-in curl calls, PASS/FAIL lines.
# Source it after lib.sh; do not run it.
#
# Settings (environment):
#   REL_PGHOST / REL_PGPORT / REL_PGUSER   PostgreSQL (default 127.0.0.1 / 5432 / postgres; PGPASSWORD if needed)
#   REL_KEEP_DB=1                         keep the databases the script created
#   REL_HEALTH_TIMEOUT_S                  how long a node may take to become healthy (default 600)

REL_PGHOST=${REL_PGHOST:-127.0.0.1}
REL_PGPORT=${REL_PGPORT:-5432}
REL_PGUSER=${REL_PGUSER:-postgres}
# Starting with the demo data on PostgreSQL takes 75-120 s on two busy shared cores.
BENCH_HEALTH_TIMEOUT_S=${REL_HEALTH_TIMEOUT_S:-600}
REL_DATABASES=()
REL_PIDS=()
REL_FAILURES=0

# psql_db DB SQL...: runs SQL, prints unaligned tuples only.
psql_db() {
	local db=$1
	shift
	psql -h "$REL_PGHOST" -p "$REL_PGPORT" -U "$REL_PGUSER" -d "$db" -X -q -v ON_ERROR_STOP=1 -At "$@"
}

# fresh_db NAME: drops and creates the database; it is dropped again on exit.
fresh_db() {
	psql_db postgres -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)" -c "CREATE DATABASE $1" >/dev/null
	REL_DATABASES+=("$1")
}

jdbc_url() { printf 'jdbc:postgresql://%s:%s/%s' "$REL_PGHOST" "$REL_PGPORT" "$1"; }

# start_node NAME PORT DB DATA_DIR [extra args for the jar...]: one node on PostgreSQL, in the
# background; its log is $BENCH_TMP/NAME.log and its pid is kept for the cleanup.
start_node() {
	local name=$1 port=$2 db=$3 data_dir=$4 java_bin=java
	shift 4
	local -a java_opts=()
	[[ -n ${JAVA_HOME:-} ]] && java_bin=$JAVA_HOME/bin/java
	[[ -n ${BENCH_JAVA_OPTS:-} ]] && read -r -a java_opts <<<"$BENCH_JAVA_OPTS"
	port_in_use "$port" && die "port $port is already in use; set the script's port variables"
	mkdir -p "$data_dir"
	HAMKORI_DATA_DIR=$data_dir SERVER_PORT=$port SERVER_ADDRESS=$BENCH_HOST \
		SPRING_DATASOURCE_URL=$(jdbc_url "$db") SPRING_DATASOURCE_USERNAME=$REL_PGUSER \
		SPRING_DATASOURCE_PASSWORD=${PGPASSWORD:-} \
		"$java_bin" "${java_opts[@]}" -jar "$BENCH_JAR" "$@" >"$BENCH_TMP/$name.log" 2>&1 &
	NODE_PID=$!
	REL_PIDS+=("$NODE_PID")
}

# wait_node PID PORT LOG: waits for a healthy /actuator/health, as wait_healthy does for one server.
wait_node() {
	local pid=$1 port=$2 log_file=$3
	SERVER_PID=$pid BENCH_BASE_URL="http://$BENCH_HOST:$port" wait_healthy "$log_file"
}

# stop_pid PID: TERM, then KILL after 20 s; only ever the pids this script started.
stop_pid() {
	SERVER_PID=$1 stop_server
}

rel_cleanup() {
	local rc=$? pid db
	for pid in "${REL_PIDS[@]}"; do
		SERVER_PID=$pid stop_server
	done
	REL_PIDS=()
	if [[ -z ${REL_KEEP_DB:-} ]]; then
		for db in "${REL_DATABASES[@]}"; do
			psql_db postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true
		done
	fi
	bench_remove_tmp "$rc"
	return "$rc"
}

rel_traps() {
	trap rel_cleanup EXIT
	trap 'exit 130' INT
	trap 'exit 143' TERM
}

pass() { printf 'PASS  %s\n' "$*"; }
fail() {
	printf 'FAIL  %s\n' "$*"
	REL_FAILURES=$((REL_FAILURES + 1))
}

# expect NAME COMMAND...: PASS when the command succeeds, FAIL otherwise.
expect() {
	local name=$1
	shift
	if "$@"; then pass "$name"; else fail "$name"; fi
}

# login BASE_URL JAR USER PASSWORD: a fresh session in the cookie jar, with pages in English
# (the language cookie set from the account is replaced; the account is not changed).
login() {
	local base=$1 jar=$2
	USERNAME=$3 PASSWORD=$4 BENCH_BASE_URL=$base sign_in "$jar" >/dev/null
	sed -i '/\thamkori-lang\t/d' "$jar"
	printf '%s\tFALSE\t/\tFALSE\t0\thamkori-lang\ten\n' "${base#http://}" | sed 's/:[0-9]*\t/\t/' >>"$jar"
}

# csrf_from BASE_URL PATH JAR: the CSRF token of a signed-in page's first form.
csrf_from() {
	curl -sS --max-time 30 -b "$3" -c "$3" "$1$2" | grep -o '<input[^>]*name="_csrf"[^>]*>' | head -n 1 \
		| sed -n 's/.*value="\([^"]*\)".*/\1/p'
}

# input_value FILE NAME: the value of <input name=NAME> in an HTML page (entities as sent).
input_value() {
	grep -o "<input[^>]*name=\"$2\"[^>]*>" "$1" | head -n 1 | sed -n 's/.*value="\([^"]*\)".*/\1/p'
}

# wait_for SECONDS COMMAND...: polls the command every 0.2 s until it succeeds.
wait_for() {
	local deadline=$(($(now_ns) + $1 * 1000000000))
	shift
	until "$@"; do
		(($(now_ns) < deadline)) || return 1
		sleep 0.2
	done
}

# upload_status DB ID: status|failure of a data upload.
upload_status() {
	psql_db "$1" -c "select status || '|' || coalesce(failure, '') from data_upload where id = '$2'"
}

upload_is() { [[ $(upload_status "$1" "$2") == "$3"* ]]; }

# test_data_set DB CODE ITEMS FIRST_PERIOD: a monthly data set of CCM-TJ and an obligation of the
# National Bank of Tajikistan (demo data), made in SQL as DataSets.create does; prints the
# obligation id. ITEMS: "INDICATOR:DIM,DIM INDICATOR:DIM ...".
test_data_set() {
	local db=$1 code=$2 items=$3 first=$4 set_id obligation_id item order=0 indicator dims
	set_id=$(psql_db "$db" -c "select gen_random_uuid()")
	obligation_id=$(psql_db "$db" -c "select gen_random_uuid()")
	psql_db "$db" -c "insert into data_set (id, mechanism_id, code, name, periodicity, visibility, created_at)
		select '$set_id', id, '$code', '{\"en\":\"$code\"}', 'MONTHLY', 'MEMBERS', now() from mechanism where code = 'CCM-TJ'"
	for item in $items; do
		indicator=${item%%:*}
		dims=${item#*:}
		psql_db "$db" -c "insert into data_set_indicator (data_set_id, indicator, dimensions, required, min_value,
			max_value, change_warning, total_tolerance, sort_order) values ('$set_id', '$indicator', '$dims', false,
			null, null, null, 1, $order)"
		order=$((order + 1))
	done
	psql_db "$db" -c "insert into reporting_obligation (id, data_set_id, organisation_id, due_days, first_period,
		last_period, created_at) select '$obligation_id', '$set_id', id, 30, '$first', null, now()
		from organisation where acronym = 'NBT'"
	printf '%s\n' "$obligation_id"
}

# upload_csv BASE JAR OBLIGATION FILE: uploads a file to an obligation; prints the upload id.
upload_csv() {
	local base=$1 jar=$2 obligation=$3 file=$4 csrf location
	# A light page: the obligation's own page lists every period since the first one.
	csrf=$(csrf_from "$base" "/mechanisms/CCM-TJ" "$jar")
	[[ -n $csrf ]] || die "no CSRF token on /mechanisms/CCM-TJ"
	location=$(curl -sS --max-time 600 -b "$jar" -c "$jar" -o /dev/null -w '%{redirect_url}' \
		-F "file=@$file;type=text/csv" "$base/data/obligations/$obligation/uploads?_csrf=$csrf")
	[[ $location == */data/uploads/* ]] || die "upload not accepted (redirected to '$location')"
	printf '%s\n' "${location##*/data/uploads/}"
}

# post_form BASE JAR PATH CSRF_PAGE [curl args...]: POST with the CSRF token of CSRF_PAGE; prints the HTTP status.
post_form() {
	local base=$1 jar=$2 path=$3 page=$4 csrf
	shift 4
	csrf=$(csrf_from "$base" "$page" "$jar")
	curl -sS --max-time 60 -b "$jar" -c "$jar" -o "$BENCH_TMP/last-post.html" -w '%{http_code}' \
		--data-urlencode "_csrf=$csrf" "$@" "$base$path"
}
