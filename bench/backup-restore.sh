#!/usr/bin/env bash
# Backup and restore round trip with deploy/backup.sh and deploy/restore.sh, on PostgreSQL and on the
# embedded H2: a node with the demo data and one waiting upload, stopped; backup; restore into a fresh
# database and data folder; the checksum of every table and every file compared; a node started on
# the restore serves the signed-in upload page. Prints PASS/FAIL, timings and sizes; exits non-zero
# when a check fails.
#
#   bash bench/backup-restore.sh              # both
#   REL_DATABASES=h2 bash bench/backup-restore.sh
#
# Settings (environment): REL_DATABASES (default "postgresql h2"), REL_PORT (default 18330), BENCH_JAR,
# REL_KEEP_DB=1, BENCH_KEEP_ON_ERROR=1; PostgreSQL: REL_PGHOST, REL_PGPORT, REL_PGUSER.
set -euo pipefail

BENCH_NAME=backup-restore
BENCH_PORT=${REL_PORT:-18330}
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
# shellcheck source=bench/reliability-lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/reliability-lib.sh"

DATABASES=${REL_DATABASES:-postgresql h2}
PORT=$BENCH_PORT
BASE="http://$BENCH_HOST:$PORT"
DEPLOY=$BENCH_ROOT/deploy
export HAMKORI_JAR=$BENCH_JAR

rel_traps
bench_preflight
bench_tmp

secs() { awk -v a="$1" -v b="$(now_ns)" 'BEGIN { printf "%.1f", (b - a) / 1e9 }'; }
csv=$BENCH_TMP/waiting.csv
printf '%s\n' "INDICATOR,TIME_PERIOD,COUNTERPART_AREA,OBS_VALUE" "REMITTANCES,2024-Q1,RUS,1234.5" >"$csv"

# with_upload DB_OR_EMPTY: signs in and leaves one upload waiting (a file on disk and a row).
with_upload() {
	local jar=$BENCH_TMP/cookies obligation
	login "$BASE" "$jar" secretariat.tj hamkori-demo
	obligation=$(curl -sS --max-time 30 -b "$jar" "$BASE/data" | grep -o '/data/obligations/[0-9a-f-]\{36\}' | head -n 1)
	[[ -n $obligation ]] || die "no obligation on /data"
	UPLOAD=$(upload_csv "$BASE" "$jar" "${obligation##*/}" "$csv")
}

# files_sums DATA_DIR: sha256 and path of every file under files/ and uploads/.
files_sums() {
	(cd "$1" && find files uploads -type f 2>/dev/null | LC_ALL=C sort | xargs -r sha256sum)
}

# serves_upload DATA_DIR [args...]: starts a node on the restore; the waiting upload's page answers.
serves_upload() {
	local data=$1 pid code jar=$BENCH_TMP/restored-cookies
	shift
	"$@"
	pid=$NODE_PID
	wait_node "$pid" "$PORT" "$BENCH_TMP/$NODE_NAME.log"
	login "$BASE" "$jar" secretariat.tj hamkori-demo
	code=$(curl -sS --max-time 30 -b "$jar" -o "$BENCH_TMP/restored-upload.html" -w '%{http_code}' \
		"$BASE/data/uploads/$UPLOAD")
	stop_pid "$pid"
	[[ $code == 200 ]] && grep -q 'name="role.0"' "$BENCH_TMP/restored-upload.html"
}

compare() {
	local what=$1 a=$2 b=$3 n
	n=$(wc -l <"$a")
	if cmp -s "$a" "$b"; then
		pass "$what: $n identical"
	else
		fail "$what differ:"
		diff "$a" "$b" | head -n 20
	fi
}

postgresql() {
	local src=hamkori_rel_backup dst=hamkori_rel_restored data=$BENCH_TMP/pg-data restored=$BENCH_TMP/pg-restored
	local backup=$BENCH_TMP/pg-backup pid t0 tables
	log "--- PostgreSQL (directory file store) ---"
	fresh_db "$src"
	start_node pg "$PORT" "$src" "$data" --hamkori.demo.enabled=true
	pid=$NODE_PID
	wait_node "$pid" "$PORT" "$BENCH_TMP/pg.log"
	with_upload
	stop_pid "$pid"
	log "source: $(psql_db "$src" -c "select pg_size_pretty(pg_database_size('$src'))"), $(files_sums "$data" | wc -l) file(s)"

	t0=$(now_ns)
	PGHOST=$REL_PGHOST PGPORT=$REL_PGPORT PGUSER=$REL_PGUSER PGDATABASE=$src HAMKORI_DATA_DIR=$data \
		"$DEPLOY/backup.sh" postgresql "$backup"
	log "backup in $(secs "$t0") s"
	fresh_db "$dst"
	t0=$(now_ns)
	PGHOST=$REL_PGHOST PGPORT=$REL_PGPORT PGUSER=$REL_PGUSER PGDATABASE=$dst HAMKORI_DATA_DIR=$restored \
		"$DEPLOY/restore.sh" postgresql "$backup"
	log "restore in $(secs "$t0") s"

	tables=$(psql_db "$src" -c "select string_agg(format('select %L, count(*), md5(coalesce(string_agg(t::text, %L order by t::text), %L)) from %I t', table_name, ',', '', table_name), ' union all ' order by table_name)
		from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'")
	psql_db "$src" -F ' ' -c "$tables order by 1" >"$BENCH_TMP/pg-src.sums"
	psql_db "$dst" -F ' ' -c "$tables order by 1" >"$BENCH_TMP/pg-dst.sums"
	log "$(awk '{ rows += $2 } END { printf "%d tables, %d rows", NR, rows }' "$BENCH_TMP/pg-src.sums")"
	compare "PostgreSQL tables (row count and md5 of every row)" "$BENCH_TMP/pg-src.sums" "$BENCH_TMP/pg-dst.sums"
	files_sums "$data" >"$BENCH_TMP/pg-src.files"
	files_sums "$restored" >"$BENCH_TMP/pg-dst.files"
	compare "PostgreSQL files (sha256)" "$BENCH_TMP/pg-src.files" "$BENCH_TMP/pg-dst.files"
	NODE_NAME=pg-restored
	expect "a node on the restored PostgreSQL database serves the waiting upload" \
		serves_upload "$restored" start_node pg-restored "$PORT" "$dst" "$restored"
}

# h2_tables DATA_DIR OUT: per table, the sha256 of its part of H2's SCRIPT (definition and rows).
h2_tables() {
	local script=$BENCH_TMP/h2-script.sql parts=$BENCH_TMP/h2-parts
	rm -rf "$parts" "$script"
	mkdir -p "$parts"
	java -cp "$H2" org.h2.tools.Shell -url "$(h2_url "$1")" -user sa -password "" -sql "SCRIPT TO '$script'" >/dev/null
	awk -v dir="$parts" '
		match($0, /^(CREATE (CACHED |MEMORY )?TABLE|INSERT INTO|ALTER TABLE) "[^"]*"\."[^"]*"/) {
			s = substr($0, RSTART, RLENGTH); sub(/.*\."/, "", s); sub(/"$/, "", s); table = s }
		table != "" { print > (dir "/" table) }
		/;$/ { table = "" }' "$script"
	(cd "$parts" && find . -type f | LC_ALL=C sort | xargs sha256sum | awk '{ print $2, $1 }') >"$2"
	H2_ROWS=$(cat "$parts"/* | grep -c '^(' || true)
}

h2() {
	local data=$BENCH_TMP/h2-data restored=$BENCH_TMP/h2-restored backup=$BENCH_TMP/h2-backup pid t0
	log "--- embedded H2 ---"
	start_server "$data" "$BENCH_TMP/h2.log"
	pid=$SERVER_PID
	REL_PIDS+=("$pid")
	SERVER_PID=
	wait_node "$pid" "$PORT" "$BENCH_TMP/h2.log"
	with_upload
	stop_pid "$pid"
	log "source: $(du -sh "$data/db" | cut -f1) database, $(files_sums "$data" | wc -l) file(s)"

	t0=$(now_ns)
	"$DEPLOY/backup.sh" h2 "$data" "$backup"
	log "backup in $(secs "$t0") s"
	t0=$(now_ns)
	"$DEPLOY/restore.sh" h2 "$backup" "$restored"
	log "restore in $(secs "$t0") s"

	# shellcheck source=deploy/h2.sh
	source "$DEPLOY/h2.sh"
	mkdir -p "$BENCH_TMP/h2jar"
	H2=$(h2_jar "$BENCH_TMP/h2jar")
	h2_tables "$data" "$BENCH_TMP/h2-src.sums"
	h2_tables "$restored" "$BENCH_TMP/h2-dst.sums"
	log "$(wc -l <"$BENCH_TMP/h2-src.sums") tables, $H2_ROWS rows"
	compare "H2 tables (sha256 of each table's SCRIPT)" "$BENCH_TMP/h2-src.sums" "$BENCH_TMP/h2-dst.sums"
	files_sums "$data" >"$BENCH_TMP/h2-src.files"
	files_sums "$restored" >"$BENCH_TMP/h2-dst.files"
	compare "H2 files (sha256)" "$BENCH_TMP/h2-src.files" "$BENCH_TMP/h2-dst.files"
	NODE_NAME=h2-restored
	expect "a node on the restored H2 data folder serves the waiting upload" \
		serves_upload "$restored" start_h2 "$restored"
}

start_h2() {
	start_server "$1" "$BENCH_TMP/h2-restored.log"
	NODE_PID=$SERVER_PID
	REL_PIDS+=("$NODE_PID")
	SERVER_PID=
}

die_missing() { command -v "$1" >/dev/null || die "$1 is required"; }
for db in $DATABASES; do
	case $db in
		postgresql)
			die_missing psql
			die_missing pg_dump
			die_missing pg_restore
			postgresql
			;;
		h2)
			die_missing jar
			h2
			;;
		*) die "unknown database '$db'" ;;
	esac
done

echo
if ((REL_FAILURES > 0)); then
	log "$REL_FAILURES check(s) failed"
	exit 1
fi
log "all checks passed"
