# shellcheck shell=bash
# H2 helpers of deploy/backup.sh and deploy/restore.sh. Source it; do not run it.

# h2_jar WORK_DIR: prints the path of an H2 jar: H2_JAR if set, else the one inside the
# application jar (HAMKORI_JAR, default target/hamkori.jar next to this folder), extracted into WORK_DIR.
h2_jar() {
	if [[ -n ${H2_JAR:-} ]]; then
		printf '%s\n' "$H2_JAR"
		return
	fi
	local app=${HAMKORI_JAR:-$(dirname "${BASH_SOURCE[0]}")/../target/hamkori.jar} entry
	[[ -f $app ]] || die "set H2_JAR or HAMKORI_JAR (no $app)"
	app=$(cd "$(dirname "$app")" && pwd)/$(basename "$app")
	entry=$(jar tf "$app" | grep '^BOOT-INF/lib/h2-[0-9.]*\.jar$' | head -n 1) || true
	[[ -n $entry ]] || die "no H2 jar inside $app"
	(cd "$1" && jar xf "$app" "$entry")
	printf '%s\n' "$1/$entry"
}

# h2_url DATA_DIR: the JDBC address of the embedded database, as application.properties builds it.
h2_url() {
	printf 'jdbc:h2:file:%s/db/hamkori;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH' "$1"
}
