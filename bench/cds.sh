#!/usr/bin/env bash
# Startup with a class-data-sharing (CDS) archive, the recommended production launch:
#   1. extract the executable jar into target/cds (Spring Boot's jarmode tools),
#   2. one training run that stops right after the context refresh and writes target/cds/hamkori.jsa,
#   3. bench/startup.sh on the extracted jar with -XX:SharedArchiveFile.
#
# Usage: bench/cds.sh [N]   (N measured runs, default 3; needs target/hamkori.jar)
# Production launch afterwards (the README's JVM flags plus the archive):
#   java -XX:SharedArchiveFile=hamkori.jsa -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k \
#        -XX:ReservedCodeCacheSize=64m -Xmx512m -jar hamkori.jar
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
JAR=$ROOT/target/hamkori.jar
OUT=$ROOT/target/cds
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
# The documented production flags (README, and the Jib image's jvmFlags in pom.xml).
PROD_OPTS=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k -XX:ReservedCodeCacheSize=64m -Xmx512m)
[[ -f $JAR ]] || { echo "[cds] $JAR is missing; build it with: mvn -B -q package -DskipTests" >&2; exit 1; }

rm -rf "$OUT"
echo "[cds] extracting $JAR into $OUT"
"$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$OUT" >/dev/null

training_data=$(mktemp -d)
trap 'rm -rf "$training_data"' EXIT
echo "[cds] training run (stops after the context refresh)"
(cd "$OUT" && HAMKORI_DATA_DIR=$training_data "$JAVA" "${PROD_OPTS[@]}" -XX:ArchiveClassesAtExit=hamkori.jsa \
	-Dspring.main.lazy-initialization=false -Dspring.context.exit=onRefresh -jar hamkori.jar >"$training_data/training.log" 2>&1) \
	|| { echo "[cds] training run failed:" >&2; tail -20 "$training_data/training.log" >&2; exit 1; }
[[ -s $OUT/hamkori.jsa ]] || { echo "[cds] no archive was written" >&2; exit 1; }
echo "[cds] archive: $(du -h "$OUT/hamkori.jsa" | cut -f1)"

BENCH_JAR=$OUT/hamkori.jar \
	BENCH_JAVA_OPTS="-XX:SharedArchiveFile=$OUT/hamkori.jsa ${PROD_OPTS[*]} ${BENCH_JAVA_OPTS:-}" \
	"$ROOT/bench/startup.sh" "${1:-3}"
