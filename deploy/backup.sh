#!/usr/bin/env bash
# Backs up a Hamkori installation: the database and the files kept outside it.
#
#   deploy/backup.sh postgresql OUT_DIR
#       pg_dump -Fc of the database named by the usual libpq variables (PGHOST, PGPORT, PGUSER,
#       PGDATABASE, PGPASSWORD). Runs while the nodes serve: pg_dump reads one consistent snapshot.
#       With HAMKORI_FILES_STORE=database every file is inside the dump. With the directory store,
#       set HAMKORI_DATA_DIR to the data folder: its files/ and uploads/ are added as files.tar.gz.
#       (With HAMKORI_SECRETS_KEY in the environment, as production requires, keep that key yourself.)
#
#   deploy/backup.sh h2 DATA_DIR OUT_DIR
#       The embedded H2 database with BACKUP TO, plus DATA_DIR's files/, uploads/ and secrets.key
#       (the generated key of second-factor secrets, without which they do not open). Stop the node
#       first: the embedded database is opened by one process only.
#
# Writes OUT_DIR/hamkori.dump (PostgreSQL) or OUT_DIR/hamkori-h2.zip (H2), OUT_DIR/files.tar.gz and
# OUT_DIR/SHA256SUMS, which deploy/restore.sh checks before it restores anything.
# H2_JAR names the H2 jar; by default it is taken from target/hamkori.jar (HAMKORI_JAR).
set -euo pipefail

die() {
	printf 'backup: %s\n' "$*" >&2
	exit 1
}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

# shellcheck source=deploy/h2.sh
source "$here/h2.sh"

# tar_files DATA_DIR OUT_DIR: the folders of the directory store and of waiting uploads, and the
# generated key of second-factor secrets.
tar_files() {
	local data=$1 out=$2 parts=()
	[[ -d $data/files ]] && parts+=(files)
	[[ -d $data/uploads ]] && parts+=(uploads)
	[[ -f $data/secrets.key ]] && parts+=(secrets.key)
	tar -C "$data" -czf "$out/files.tar.gz" "${parts[@]}" --files-from /dev/null
}

kind=${1:-}
case $kind in
	postgresql)
		out=${2:?usage: backup.sh postgresql OUT_DIR}
		mkdir -p "$out"
		[[ -n ${PGDATABASE:-} ]] || die "set PGDATABASE (and PGHOST, PGPORT, PGUSER as needed)"
		pg_dump -Fc --no-owner --no-privileges -f "$out/hamkori.dump"
		if [[ -n ${HAMKORI_DATA_DIR:-} ]]; then
			tar_files "$HAMKORI_DATA_DIR" "$out"
		fi
		;;
	h2)
		data=${2:?usage: backup.sh h2 DATA_DIR OUT_DIR}
		out=${3:?usage: backup.sh h2 DATA_DIR OUT_DIR}
		[[ -f $data/db/hamkori.mv.db ]] || die "no H2 database at $data/db/hamkori.mv.db"
		mkdir -p "$out"
		out=$(cd "$out" && pwd)
		work=$(mktemp -d)
		trap 'rm -rf "$work"' EXIT
		jar_path=$(h2_jar "$work")
		rm -f "$out/hamkori-h2.zip"
		java -cp "$jar_path" org.h2.tools.Shell -url "$(h2_url "$data")" -user sa -password "" \
			-sql "BACKUP TO '$out/hamkori-h2.zip'" >/dev/null
		tar_files "$data" "$out"
		;;
	*)
		die "usage: backup.sh postgresql OUT_DIR | backup.sh h2 DATA_DIR OUT_DIR"
		;;
esac
(cd "$out" && sha256sum -- hamkori.dump hamkori-h2.zip files.tar.gz 2>/dev/null >SHA256SUMS || true)
[[ -s $out/SHA256SUMS ]] || die "nothing was written to $out"
printf 'backup: %s\n' "$(cd "$out" && du -b -- * | tr '\t' ' ' | paste -sd ' ')"
