#!/usr/bin/env bash
# Two nodes on one PostgreSQL database, as deploy/compose.yaml runs them: each with its own data
# folder (no shared disk) and the database file store. Prints PASS/FAIL per property and exits
# non-zero when one fails.
#
#   bash bench/two-nodes.sh
#
# 1. A session made on node A is valid on node B, and signing out on B ends it on A (JDBC sessions).
# 2. A CSV uploaded to node A is checked and saved through node B (the file travels in the database).
# 3. A meeting edited on both nodes at once: the first save wins, the second gets the conflict page
#    with its text kept, and the saved record holds the first text (optimistic locking).
# Scheduled reminders and the digest running once per cluster are shown by the Java test
# TwoNodeSchedulesTests (two application contexts on one PostgreSQL with GreenMail), run by
# `HAMKORI_TEST_DB_URL=... mvn test -Dtest=TwoNodeSchedulesTests` (see docs/RELIABILITY.md).
#
# Settings (environment): REL_PORT_A / REL_PORT_B (default 18320 / 18321), BENCH_JAR, BENCH_JAVA_OPTS,
# REL_KEEP_DB=1, BENCH_KEEP_ON_ERROR=1; PostgreSQL: REL_PGHOST, REL_PGPORT, REL_PGUSER.
set -euo pipefail

BENCH_NAME=two-nodes
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
# shellcheck source=bench/reliability-lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/reliability-lib.sh"

PORT_A=${REL_PORT_A:-18320}
PORT_B=${REL_PORT_B:-18321}
DB=hamkori_rel_two
A="http://$BENCH_HOST:$PORT_A"
B="http://$BENCH_HOST:$PORT_B"

rel_traps
BENCH_PORT=$PORT_A bench_preflight
command -v psql >/dev/null || die "psql is required"
bench_tmp

fresh_db "$DB"
# Node A migrates the database and loads the demo data; B starts on the finished database.
start_node a "$PORT_A" "$DB" "$BENCH_TMP/data-a" --hamkori.demo.enabled=true --hamkori.files.store=database
pid_a=$NODE_PID
wait_node "$pid_a" "$PORT_A" "$BENCH_TMP/a.log"
start_node b "$PORT_B" "$DB" "$BENCH_TMP/data-b" --hamkori.demo.enabled=true --hamkori.files.store=database
pid_b=$NODE_PID
wait_node "$pid_b" "$PORT_B" "$BENCH_TMP/b.log"
log "node A on $PORT_A (pid $pid_a), node B on $PORT_B (pid $pid_b), database $DB, file store: database"

# --- 1. Sessions -------------------------------------------------------------------------------
jar=$BENCH_TMP/session
login "$A" "$jar" secretariat.tj hamkori-demo
session=$(awk -F '\t' '$6 == "SESSION" { v = $7 } END { print v }' "$jar")
# status_with_session BASE: the status of /data, which only signed-in people see, with that session id.
status_with_session() {
	curl -sS --max-time 30 -H "Cookie: SESSION=$session" -o /dev/null -w '%{http_code}' "$1/data"
}
anonymous=$(curl -sS --max-time 30 -o /dev/null -w '%{http_code}' "$B/data")
on_b=$(status_with_session "$B")
expect "a session made on node A is valid on node B (/data: HTTP $on_b; without it HTTP $anonymous)" \
	test "$on_b|$anonymous" == "200|302"
before=$(status_with_session "$A")
code=$(post_form "$B" "$jar" /logout /mechanisms/CCM-TJ)
after=$(status_with_session "$A")
expect "signing out on node B (HTTP $code) ends the session on node A (HTTP $before, then $after)" \
	test "$before|$after" == "200|302"

# --- 2. Upload on A, check and save on B -----------------------------------------------------------
obligation=$(test_data_set "$DB" TWONODES "DEPARTURES:COUNTERPART_AREA,SEX" 2020-01)
csv=$BENCH_TMP/departures.csv
printf '%s\n' "INDICATOR,TIME_PERIOD,COUNTERPART_AREA,SEX,OBS_VALUE" "DEPARTURES,2024-01,RUS,F,1200" \
	"DEPARTURES,2024-01,RUS,M,3400" "DEPARTURES,2024-01,KAZ,F,150.5" "DEPARTURES,2024-01,KAZ,M,410" >"$csv"
jar_a=$BENCH_TMP/a-cookies
login "$A" "$jar_a" secretariat.tj hamkori-demo
upload=$(upload_csv "$A" "$jar_a" "$obligation" "$csv")
received_by=$(psql_db "$DB" -c "select count(*) from data_upload_content where upload_id = '$upload'")
expect "node A received the upload and kept its bytes in the database" test "$received_by" == 1
[[ ! -e $BENCH_TMP/data-b/uploads/$upload ]] || die "node B already has the file on its disk"

jar_b=$BENCH_TMP/b-cookies
login "$B" "$jar_b" secretariat.tj hamkori-demo
code=$(curl -sS --max-time 30 -b "$jar_b" -o "$BENCH_TMP/upload-b.html" -w '%{http_code}' "$B/data/uploads/$upload")
expect "node B shows the upload's column mapping (HTTP $code)" grep -q 'name="role.0"' "$BENCH_TMP/upload-b.html"
code=$(post_form "$B" "$jar_b" "/data/uploads/$upload/check" "/data/uploads/$upload" \
	--data-urlencode role.0=INDICATOR --data-urlencode role.1=PERIOD --data-urlencode role.2=COUNTERPART_AREA \
	--data-urlencode role.3=SEX --data-urlencode role.4=VALUE --data-urlencode delimiter=,)
wait_for 60 upload_is "$DB" "$upload" CHECKED || true
expect "node B checked it (HTTP $code, $(upload_status "$DB" "$upload"))" upload_is "$DB" "$upload" CHECKED
code=$(post_form "$B" "$jar_b" "/data/uploads/$upload/save" "/data/uploads/$upload")
wait_for 60 upload_is "$DB" "$upload" SAVED || true
expect "node B saved it (HTTP $code, $(upload_status "$DB" "$upload"))" upload_is "$DB" "$upload" SAVED
stored=$(psql_db "$DB" -c "select string_agg(v.counterpart_area || v.sex || '=' || (v.obs_value::numeric)::text, ' '
	order by v.counterpart_area, v.sex) from data_value v join submission s on s.id = v.submission_id
	where s.obligation_id = '$obligation'")
expect "the four figures are stored exactly ($stored)" \
	test "$stored" == "KAZF=150.5000 KAZM=410.0000 RUSF=1200.0000 RUSM=3400.0000"
left=$(psql_db "$DB" -c "select count(*) from data_upload_content where upload_id = '$upload'")
expect "the saved upload's bytes were removed from the database" test "$left" == 0

# --- 3. One meeting edited on both nodes at once ---------------------------------------------------
meeting=$(psql_db "$DB" -c "select m.id from meeting m join mechanism c on c.id = m.mechanism_id
	where c.code = 'CCM-TJ' and m.status in ('DRAFT', 'ANNOUNCED') order by m.status desc, m.starts_local limit 1")
[[ -n $meeting ]] || die "no planned CCM-TJ meeting in the demo data"
edit_a=$BENCH_TMP/edit-a.html
edit_b=$BENCH_TMP/edit-b.html
curl -sS --max-time 30 -b "$jar_a" -c "$jar_a" -o "$edit_a" "$A/meetings/$meeting/edit"
curl -sS --max-time 30 -b "$jar_b" -c "$jar_b" -o "$edit_b" "$B/meetings/$meeting/edit"
version_a=$(input_value "$edit_a" version)
version_b=$(input_value "$edit_b" version)
[[ -n $version_a && $version_a == "$version_b" ]] || die "the two edit forms differ in version ($version_a, $version_b)"

# save_meeting BASE JAR FORM_PAGE VENUE OUT: posts the form as loaded, with a new venue; prints the status.
save_meeting() {
	local base=$1 cookie=$2 page=$3 venue=$4 out=$5 type csrf
	local -a langs=()
	type=$(awk '/<select[^>]*name="type"/ { on = 1 } on { print } on && /<\/select>/ { exit }' "$page" \
		| grep -o '<option[^>]*selected[^>]*>' | head -n 1 | sed -n 's/.*value="\([^"]*\)".*/\1/p')
	csrf=$(grep -o '<input[^>]*name="_csrf"[^>]*>' "$page" | head -n 1 | sed -n 's/.*value="\([^"]*\)".*/\1/p')
	while read -r l; do
		[[ -n $l ]] && langs+=(--data-urlencode "languages=$l")
	done < <(grep -o '<input[^>]*name="languages"[^>]*checked[^>]*>' "$page" | sed -n 's/.*value="\([^"]*\)".*/\1/p')
	curl -sS --max-time 30 -b "$cookie" -c "$cookie" -o "$out" -w '%{http_code}' \
		--data-urlencode "_csrf=$csrf" --data-urlencode "version=$(input_value "$page" version)" \
		--data-urlencode "type=$type" --data-urlencode "title=$(input_value "$page" title)" \
		--data-urlencode "startsAt=$(input_value "$page" startsAt)" --data-urlencode "endsAt=$(input_value "$page" endsAt)" \
		--data-urlencode "timeZone=$(input_value "$page" timeZone)" --data-urlencode "venue=$venue" \
		--data-urlencode "onlineLink=$(input_value "$page" onlineLink)" "${langs[@]}" "$base/meetings/$meeting"
}
venue_a="Dushanbe, Ministry of Labour, hall A (saved on node A)"
venue_b="Dushanbe, Hotel Serena, room B (typed on node B)"
conflict_page=$BENCH_TMP/conflict.html
code_a=$(save_meeting "$A" "$jar_a" "$edit_a" "$venue_a" "$BENCH_TMP/saved-a.html")
code_b=$(save_meeting "$B" "$jar_b" "$edit_b" "$venue_b" "$conflict_page")
expect "node A's save wins (HTTP $code_a, redirect)" test "$code_a" == 302
expect "node B's stale save gets the conflict page (HTTP $code_b)" grep -q 'Someone else saved this record' "$conflict_page"
expect "the conflict page keeps what was typed on node B" grep -qF "value=\"$venue_b\"" "$conflict_page"
expect "the conflict page shows what node A saved" grep -qF "saved on node A" "$conflict_page"
saved_venue=$(psql_db "$DB" -c "select venue from meeting where id = '$meeting'")
expect "the record holds node A's text and one new version" \
	test "$saved_venue|$(psql_db "$DB" -c "select version from meeting where id = '$meeting'")" == "$venue_a|$((version_a + 1))"

echo
if ((REL_FAILURES > 0)); then
	log "$REL_FAILURES check(s) failed"
	exit 1
fi
log "all checks passed"
