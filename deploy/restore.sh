#!/usr/bin/env bash
# Restores a backup made by deploy/backup.sh, after checking its SHA256SUMS.
#
#   deploy/restore.sh postgresql BACKUP_DIR
#       pg_restore into the database named by PGDATABASE (and PGHOST, PGPORT, PGUSER, PGPASSWORD),
#       which must exist and be empty (createdb it first). With a files.tar.gz, set HAMKORI_DATA_DIR
#       to the new node's data folder: files/ and uploads/ are unpacked there.
#
#   deploy/restore.sh h2 BACKUP_DIR DATA_DIR
#       Unpacks the H2 database and the files into DATA_DIR, which must not hold a database yet.
#
# Start the nodes only after the restore has finished.
set -euo pipefail

die() {
	printf 'restore: %s\n' "$*" >&2
	exit 1
}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=deploy/h2.sh
source "$here/h2.sh"

kind=${1:-}
backup=${2:-}
[[ -n $kind && -d $backup ]] || die "usage: restore.sh postgresql BACKUP_DIR | restore.sh h2 BACKUP_DIR DATA_DIR"
(cd "$backup" && sha256sum --quiet -c SHA256SUMS) || die "$backup/SHA256SUMS does not match; not restoring"

case $kind in
	postgresql)
		[[ -n ${PGDATABASE:-} ]] || die "set PGDATABASE to an existing, empty database"
		tables=$(psql -X -At -c "select count(*) from information_schema.tables where table_schema = 'public'")
		[[ $tables == 0 ]] || die "database $PGDATABASE is not empty ($tables tables)"
		pg_restore --no-owner --no-privileges --exit-on-error -d "$PGDATABASE" "$backup/hamkori.dump"
		psql -X -q -c "ANALYZE"
		if [[ -f $backup/files.tar.gz ]]; then
			[[ -n ${HAMKORI_DATA_DIR:-} ]] || die "the backup has files: set HAMKORI_DATA_DIR"
			mkdir -p "$HAMKORI_DATA_DIR"
			tar -C "$HAMKORI_DATA_DIR" -xzf "$backup/files.tar.gz"
		fi
		;;
	h2)
		data=${3:?usage: restore.sh h2 BACKUP_DIR DATA_DIR}
		[[ ! -e $data/db/hamkori.mv.db ]] || die "$data already holds a database"
		mkdir -p "$data/db"
		work=$(mktemp -d)
		trap 'rm -rf "$work"' EXIT
		jar_path=$(h2_jar "$work")
		[[ -f $jar_path ]] || die "no H2 jar found; set H2_JAR"
		java -cp "$jar_path" org.h2.tools.Restore -file "$backup/hamkori-h2.zip" -dir "$data/db" -db hamkori >/dev/null
		[[ -f $data/db/hamkori.mv.db ]] || die "the H2 backup did not hold the database hamkori"
		[[ -f $backup/files.tar.gz ]] && tar -C "$data" -xzf "$backup/files.tar.gz"
		;;
	*)
		die "usage: restore.sh postgresql BACKUP_DIR | restore.sh h2 BACKUP_DIR DATA_DIR"
		;;
esac
printf 'restore: done\n'
