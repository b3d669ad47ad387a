#!/usr/bin/env bash
# Crash safety of the import: kill -9 of the node while it saves a 1,000,000-value upload leaves no
# partial row; after a restart the upload shows as failed and can be checked and saved again.
#
#   bash bench/kill-import.sh
#
# Steps: a fresh PostgreSQL database (hamkori_rel_kill, dropped at the end) and one node with the demo
# data; a monthly CCM-TJ data set and an obligation of the National Bank made in SQL; the same
# generated long CSV as bench/data-import.sh (1,000,000 values, 986 months); upload, check and save
# through HTTP as secretariat.tj; kill -9 once the save has read REL_KILL_AT rows; count the rows of
# data_value and submission (must be unchanged); restart on the same port (same node id); the upload
# must be FAILED with data.upload.interrupted and its page must say so; check and save it again.
#
# Settings (environment): REL_PORT (default 18310), REL_VALUES (default 1000000), REL_KILL_AT (rows
# read before the kill, default 300000), REL_HEAP (default 512m), BENCH_JAR, REL_KEEP_DB=1,
# BENCH_KEEP_ON_ERROR=1; PostgreSQL: REL_PGHOST, REL_PGPORT, REL_PGUSER (see reliability-lib.sh).
set -euo pipefail

BENCH_NAME=kill-import
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
# shellcheck source=bench/reliability-lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/reliability-lib.sh"

PORT=${REL_PORT:-18310}
VALUES=${REL_VALUES:-1000000}
KILL_AT=${REL_KILL_AT:-300000}
HEAP=${REL_HEAP:-512m}
DB=hamkori_rel_kill
BASE="http://$BENCH_HOST:$PORT"
BENCH_JAVA_OPTS="-Xmx$HEAP ${BENCH_JAVA_OPTS:-}"
# The generated file is about 48 MB; the default upload cap is 20 MB.
CAPS=(--spring.servlet.multipart.max-file-size=200MB --spring.servlet.multipart.max-request-size=210MB
	--hamkori.files.max-size=200MB)

rel_traps
BENCH_PORT=$PORT bench_preflight
command -v psql >/dev/null || die "psql is required"
bench_tmp

# The CSV of ImportBenchmark.write: per month from 1900-01, 13 destinations x 2 sexes x (6 ages of
# DEPARTURES, 24 age-education cells of SDG_10_7_1, 9 occupations of PLACEMENTS_PUBLIC).
csv=$BENCH_TMP/import-$VALUES.csv
t0=$(now_ns)
awk -v max="$VALUES" 'BEGIN {
	split("RUS KAZ KGZ UZB TUR KOR ARE DEU GBR POL CHN USA _O", area, " ")
	split("F M", sex, " "); split("Y15T24 Y25T34 Y35T44 Y45T54 Y55T64 Y_GE65", age, " ")
	split("LT_BASIC BASIC INTERMEDIATE ADVANCED", edu, " ")
	print "INDICATOR,TIME_PERIOD,COUNTERPART_AREA,SEX,AGE,OCCUPATION,EDUCATION,OBS_VALUE"
	rows = 0; y = 1900; m = 1
	while (rows < max) {
		p = sprintf("%04d-%02d", y, m)
		for (a = 1; a <= 13; a++) for (s = 1; s <= 2; s++) {
			for (g = 1; g <= 6; g++) if (rows < max) { printf "DEPARTURES,%s,%s,%s,%s,_T,_T,%d\n", p, area[a], sex[s], age[g], (rows % 9973) + 1; rows++ }
			for (g = 1; g <= 6; g++) for (e = 1; e <= 4; e++) if (rows < max) { printf "SDG_10_7_1,%s,%s,%s,%s,_T,%s,%.1f\n", p, area[a], sex[s], age[g], edu[e], (rows % 89) / 10; rows++ }
			for (o = 1; o <= 9; o++) if (rows < max) { printf "PLACEMENTS_PUBLIC,%s,%s,%s,_T,%d,_T,%.1f\n", p, area[a], sex[s], o, (rows % 997) + 0.5; rows++ }
		}
		m++; if (m > 12) { m = 1; y++ }
	}
}' >"$csv"
size_mb=$(awk -v b="$(stat -c %s "$csv")" 'BEGIN { printf "%.1f", b / 1e6 }')
log "generated $VALUES values ($size_mb MB) in $(awk -v a="$t0" -v b="$(now_ns)" 'BEGIN { printf "%.1f", (b - a) / 1e9 }') s"

fresh_db "$DB"
start_node node "$PORT" "$DB" "$BENCH_TMP/data" --hamkori.demo.enabled=true "${CAPS[@]}"
pid=$NODE_PID
t0=$(now_ns)
wait_node "$pid" "$PORT" "$BENCH_TMP/node.log"
log "node healthy with the demo data in $(awk -v a="$t0" -v b="$(now_ns)" 'BEGIN { printf "%.1f", (b - a) / 1e9 }') s"

obligation=$(test_data_set "$DB" KILL9 \
	"DEPARTURES:COUNTERPART_AREA,SEX,AGE PLACEMENTS_PUBLIC:COUNTERPART_AREA,SEX,OCCUPATION SDG_10_7_1:COUNTERPART_AREA,SEX,AGE,EDUCATION" \
	1900-01)
jar=$BENCH_TMP/cookies
login "$BASE" "$jar" secretariat.tj hamkori-demo

mapping=(--data-urlencode role.0=INDICATOR --data-urlencode role.1=PERIOD --data-urlencode role.2=COUNTERPART_AREA
	--data-urlencode role.3=SEX --data-urlencode role.4=AGE --data-urlencode role.5=OCCUPATION
	--data-urlencode role.6=EDUCATION --data-urlencode role.7=VALUE --data-urlencode delimiter=,)

t0=$(now_ns)
upload=$(upload_csv "$BASE" "$jar" "$obligation" "$csv")
log "uploaded $upload in $(awk -v a="$t0" -v b="$(now_ns)" 'BEGIN { printf "%.1f", (b - a) / 1e9 }') s"

check_and_wait() {
	local t0 code
	t0=$(now_ns)
	code=$(post_form "$BASE" "$jar" "/data/uploads/$upload/check" "/data/uploads/$upload" "${mapping[@]}")
	[[ $code == 302 ]] || die "check returned HTTP $code"
	wait_for 600 upload_is "$DB" "$upload" CHECKED || die "check did not end CHECKED: $(upload_status "$DB" "$upload")"
	CHECK_S=$(awk -v a="$t0" -v b="$(now_ns)" 'BEGIN { printf "%.1f", (b - a) / 1e9 }')
	[[ $(psql_db "$DB" -c "select report from data_upload where id = '$upload'") == *'"errors":0,'* ]] \
		|| die "the check found errors: $(psql_db "$DB" -c "select left(report, 400) from data_upload where id = '$upload'")"
}

counts() {
	psql_db "$DB" -c "select (select count(*) from data_value) || ' values, ' || (select count(*) from submission)
		|| ' reports, ' || (select count(*) from import_period) || ' import periods'"
}

check_and_wait
log "checked (dry run, nothing kept) in $CHECK_S s"
before=$(counts)
log "before the save: $before"

code=$(post_form "$BASE" "$jar" "/data/uploads/$upload/save" "/data/uploads/$upload")
[[ $code == 302 ]] || die "save returned HTTP $code"
saving_at_least() {
	[[ $(psql_db "$DB" -c "select rows_read >= $KILL_AT and status = 'SAVING' from data_upload where id = '$upload'") == t ]]
}
wait_for 300 saving_at_least || die "the save never reached $KILL_AT rows: $(upload_status "$DB" "$upload")"
read_at_kill=$(psql_db "$DB" -c "select rows_read from data_upload where id = '$upload'")
kill -KILL "$pid"
wait "$pid" 2>/dev/null || true
log "kill -9 of node $pid with $read_at_kill of $VALUES rows read by the save"

# The dead node's connections close with it; wait until PostgreSQL has ended them, then count.
wait_for 60 bash -c "[[ \$(psql -h $REL_PGHOST -p $REL_PGPORT -U $REL_PGUSER -d postgres -XAtq -c \"select count(*) from pg_stat_activity where datname = '$DB' and pid <> pg_backend_pid()\") == 0 ]]" \
	|| log "connections of the dead node still open"
after=$(counts)
log "after the kill:  $after"
expect "kill -9 mid-save leaves no partial row ($after)" test "$before" == "$after"
expect "after the kill the upload still shows SAVING, as the dead node left it" upload_is "$DB" "$upload" SAVING

start_node node2 "$PORT" "$DB" "$BENCH_TMP/data" --hamkori.demo.enabled=true "${CAPS[@]}"
pid=$NODE_PID
t0=$(now_ns)
wait_node "$pid" "$PORT" "$BENCH_TMP/node2.log"
log "restarted in $(awk -v a="$t0" -v b="$(now_ns)" 'BEGIN { printf "%.1f", (b - a) / 1e9 }') s"
state=$(upload_status "$DB" "$upload")
expect "after the restart the upload is failed ($state)" test "$state" == "FAILED|data.upload.interrupted"
login "$BASE" "$jar" secretariat.tj hamkori-demo
curl -sS --max-time 30 -b "$jar" "$BASE/data/uploads/$upload" -o "$BENCH_TMP/upload.html"
expect "its page says the server stopped and nothing was saved" \
	grep -q 'id="upload-failure"[^>]*>The check or save stopped because the server running it stopped' "$BENCH_TMP/upload.html"

check_and_wait
log "checked again in $CHECK_S s"
t0=$(now_ns)
code=$(post_form "$BASE" "$jar" "/data/uploads/$upload/save" "/data/uploads/$upload")
[[ $code == 302 ]] || die "save returned HTTP $code"
wait_for 900 upload_is "$DB" "$upload" SAVED || die "the second save did not end SAVED: $(upload_status "$DB" "$upload")"
save_s=$(awk -v a="$t0" -v b="$(now_ns)" 'BEGIN { printf "%.1f", (b - a) / 1e9 }')
stored=$(psql_db "$DB" -c "select count(*) from data_value v join submission s on s.id = v.submission_id
	where s.obligation_id = '$obligation'")
log "saved again in $save_s s: $(counts)"
expect "run again, the upload saves all $VALUES values ($stored stored)" test "$stored" == "$VALUES"

echo
if ((REL_FAILURES > 0)); then
	log "$REL_FAILURES check(s) failed"
	exit 1
fi
log "all checks passed"
