#!/usr/bin/env bash
# shellcheck shell=bash
# Shared by the benchmarks that measure services straight on a local PostgreSQL
# (bench/dashboard.sh, bench/search.sh); source it, do not run it. Needs BENCH_NAME.
#
#   pg_bench_database DB   checks psql, mvn and the server, creates DB when missing,
#                          logs the machine, and exports HAMKORI_BENCH_DB_URL (plus
#                          $BENCH_JDBC_PARAMS), _USER and _PASSWORD for the test class.
#   pg_bench_drop DB       drops DB when BENCH_DROP_DB=1.
#
# Settings (environment): BENCH_PG_HOST (127.0.0.1), BENCH_PG_PORT (5432), BENCH_PG_USER
# (postgres, trust or PGPASSWORD).

log() { printf '[%s] %s\n' "$BENCH_NAME" "$*"; }
die() {
	printf '[%s] ERROR: %s\n' "$BENCH_NAME" "$*" >&2
	exit 1
}

PG_HOST=${BENCH_PG_HOST:-127.0.0.1}
PG_PORT=${BENCH_PG_PORT:-5432}
PG_USER=${BENCH_PG_USER:-postgres}

pg_bench_database() {
	local db=$1
	[[ $db =~ ^[a-z_][a-z0-9_]*$ ]] || die "BENCH_DB must be a plain lower-case name, got '$db'"
	command -v psql >/dev/null || die "psql is required"
	command -v mvn >/dev/null || die "mvn is required"
	pg_isready -q -h "$PG_HOST" -p "$PG_PORT" || die "PostgreSQL is not ready on $PG_HOST:$PG_PORT"
	psql_admin=(psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -v ON_ERROR_STOP=1 -qAt)
	if [[ -z $("${psql_admin[@]}" -c "select 1 from pg_database where datname = '$db'") ]]; then
		log "creating database $db"
		"${psql_admin[@]}" -c "create database $db"
	else
		log "database $db exists; the fill is skipped if its data is there"
	fi
	log "machine: $(nproc) cores, $(free -g | awk '/^Mem:/ { print $2 }') GiB, load $(cut -d' ' -f1-3 /proc/loadavg), $("${psql_admin[@]}" -c 'show server_version')"
	# The suite's PostgreSQL profile would run the benchmark a second time on the test database.
	unset HAMKORI_TEST_DB_URL
	export HAMKORI_BENCH_DB_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$db${BENCH_JDBC_PARAMS:+?$BENCH_JDBC_PARAMS}"
	export HAMKORI_BENCH_DB_USER=$PG_USER
	export HAMKORI_BENCH_DB_PASSWORD=${PGPASSWORD:-}
}

pg_bench_drop() {
	if [[ ${BENCH_DROP_DB:-} == 1 ]]; then
		log "dropping database $1"
		"${psql_admin[@]}" -c "drop database $1 with (force)"
	fi
}
