#!/usr/bin/env bash
# The production launch of Hamkori on a host (the Jib image does the same inside a container).
#
#   deploy/launch.sh [path/to/hamkori.jar] [application arguments...]
#
# 1. Extracts the jar once per build into HAMKORI_LAUNCH_DIR/<checksum> (Spring Boot's
#    `-Djarmode=tools extract`), so classes load from plain jars instead of nested ones.
# 2. Makes a class-data-sharing archive once per build, in a training run that starts the
#    application on a throwaway H2 database and stops after the context refresh, so it never
#    touches the production database or sends mail. The training run creates every bean at
#    start (the application is lazy otherwise, decision 0042), so the archive also holds the
#    classes that the first requests need.
# 3. Starts the application with the production flags and that archive (exec: the process is java).
#
# Settings (environment):
#   HAMKORI_LAUNCH_DIR  where the extracted builds and archives live (default: the jar's folder/.hamkori-launch)
#   JAVA_OPTS           more JVM flags, after the production ones (so -Xmx2g there wins)
#   JAVA_HOME           if set, $JAVA_HOME/bin/java is used, else `java`
# Everything else (SPRING_DATASOURCE_*, HAMKORI_*, SERVER_PORT ...) reaches the application unchanged.
# If the archive cannot be made, the application still starts, without it, and says so on stderr.
set -euo pipefail

say() { printf '[launch] %s\n' "$*" >&2; }

jar=${1:-$(dirname "${BASH_SOURCE[0]}")/../target/hamkori.jar}
[[ $# -gt 0 ]] && shift
[[ -f $jar ]] || { say "no jar at $jar; build it with: mvn -B -q package -DskipTests"; exit 1; }
jar=$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")
java_bin=${JAVA_HOME:+$JAVA_HOME/bin/}java

# Serial GC, the C1 compiler alone, small stacks and code cache, a fixed 512 MB heap: measured in
# docs/BENCHMARKS.md. Keep in step with the Jib <jvmFlags> in pom.xml.
prod_flags=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k -XX:ReservedCodeCacheSize=64m -Xmx512m)
extra_flags=()
[[ -n ${JAVA_OPTS:-} ]] && read -r -a extra_flags <<<"$JAVA_OPTS"

build=$(sha256sum "$jar" | cut -c1-16)
home=${HAMKORI_LAUNCH_DIR:-$(dirname "$jar")/.hamkori-launch}
dir=$home/$build
app=$dir/hamkori.jar
archive=$dir/hamkori.jsa

if [[ ! -f $app ]]; then
	say "extracting $jar into $dir"
	mkdir -p "$home"
	staging=$(mktemp -d "$home/.extract.XXXXXX")
	"$java_bin" -Djarmode=tools -jar "$jar" extract --destination "$staging/out" >/dev/null
	mv "$staging/out/$(basename "$jar")" "$staging/out/hamkori.jar" 2>/dev/null || true
	rm -rf "$dir"
	mv "$staging/out" "$dir"
	rm -rf "$staging"
	# Older builds of other checksums are no longer needed.
	find "$home" -mindepth 1 -maxdepth 1 -type d ! -name "$build" ! -name '.*' -exec rm -rf {} +
fi

if [[ ! -s $archive ]]; then
	say "making the class-data-sharing archive (one training run)"
	training=$(mktemp -d)
	if (cd "$training" && env -u SPRING_DATASOURCE_URL -u SPRING_DATASOURCE_USERNAME -u SPRING_DATASOURCE_PASSWORD \
		-u SPRING_PROFILES_ACTIVE HAMKORI_DATA_DIR="$training/data" HAMKORI_DEMO=false \
		HAMKORI_SCHEDULING_ENABLED=false SERVER_PORT=0 \
		"$java_bin" "${prod_flags[@]}" -XX:ArchiveClassesAtExit="$archive.tmp" \
		-Dspring.main.lazy-initialization=false -Dspring.context.exit=onRefresh -jar "$app" >"$training/training.log" 2>&1) && [[ -s $archive.tmp ]]; then
		mv "$archive.tmp" "$archive"
		say "archive ready: $(du -h "$archive" | cut -f1)"
	else
		rm -f "$archive.tmp"
		say "the training run failed; starting without an archive. Its log:"
		tail -n 20 "$training/training.log" >&2 || true
	fi
	rm -rf "$training"
fi

share=()
[[ -s $archive ]] && share=(-XX:SharedArchiveFile="$archive")
exec "$java_bin" "${prod_flags[@]}" "${share[@]}" "${extra_flags[@]}" -jar "$app" "$@"
