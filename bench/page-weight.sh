#!/usr/bin/env bash
# Page weight on an empty cache: for each key page, the bytes that travel (status line and
# headers aside) when a browser with nothing cached opens it: the page itself and every
# style sheet and script it links, each asked for with Accept-Encoding: gzip as browsers do.
# Prints one line per page and checks the targets of issue 14: at most 80 KB per page,
# at most 250 KB for a dashboard. Exits non-zero when one is over.
#
# Usage: bench/page-weight.sh
# Needs target/hamkori.jar; build it first with: mvn -B -q package -DskipTests
# Settings: BENCH_JAR, BENCH_PORT (default 18080), BENCH_JAVA_OPTS, JAVA_HOME,
#           BENCH_KEEP_ON_ERROR=1 keeps the temp dir.
set -euo pipefail

BENCH_NAME=page-weight
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

USERNAME=secretariat.tj
PASSWORD=hamkori-demo
PAGE_LIMIT=$((80 * 1024))
DASHBOARD_LIMIT=$((250 * 1024))

bench_traps
bench_preflight
command -v gzip >/dev/null || die "gzip is required"

bench_tmp
mkdir -p "$BENCH_TMP/data"
start_server "$BENCH_TMP/data" "$BENCH_TMP/server.log"
wait_healthy "$BENCH_TMP/server.log"
wait_demo_loaded
jar=$BENCH_TMP/cookies.txt
sign_in "$jar" >/dev/null

# fetch PATH OUT -> prints the bytes transferred for the body (gzipped when the server gzips)
fetch() {
	curl -sS --max-time 30 -b "$jar" -H 'Accept-Encoding: gzip' -o "$2.raw" -w '%{size_download}' \
		-D "$2.headers" "$BENCH_BASE_URL$1"
	if grep -qi '^content-encoding: *gzip' "$2.headers"; then gzip -dc <"$2.raw" >"$2"; else cp "$2.raw" "$2"; fi
}

# first_link PAGE PATTERN -> the first href on PAGE that matches PATTERN
first_link() {
	local out=$BENCH_TMP/links.html
	fetch "$1" "$out" >/dev/null
	grep -oE "href=\"$2\"" "$out" | head -n 1 | sed 's/^href="//; s/"$//'
}

meeting=$(first_link /mechanisms/CCM-TJ/meetings '/meetings/[0-9a-f-]{36}')
issue=$(first_link /mechanisms/CCM-TJ/issues '/issues/[0-9a-f-]{36}')
action=$(first_link /mechanisms/CCM-TJ/actions '/actions/[0-9a-f-]{36}')
pages=(/ /mechanisms /mechanisms/CCM-TJ /mechanisms/CCM-TJ/meetings "$meeting" "$meeting/minutes"
	/mechanisms/CCM-TJ/issues "$issue" /mechanisms/CCM-TJ/actions "$action" /data
	/mechanisms/CCM-TJ/analytics /mechanisms/CCM-TJ/dashboard /mechanisms/RCM/dashboard)

failed=0
printf '%-48s %8s %8s %8s %s\n' page html_B assets_B total_KB assets
for path in "${pages[@]}"; do
	[[ -n $path ]] || continue
	html=$BENCH_TMP/page.html
	page_bytes=$(fetch "$path" "$html")
	asset_bytes=0
	count=0
	while read -r asset; do
		[[ -n $asset ]] || continue
		bytes=$(fetch "$asset" "$BENCH_TMP/asset")
		asset_bytes=$((asset_bytes + bytes))
		count=$((count + 1))
	done < <(grep -oE '<(script|link)[^>]*(src|href)="/(css|js|webjars)/[^"]+"' "$html" \
		| sed -E 's/.*(src|href)="([^"]+)".*/\2/' | sort -u)
	total=$((page_bytes + asset_bytes))
	limit=$PAGE_LIMIT
	[[ $path == */dashboard ]] && limit=$DASHBOARD_LIMIT
	verdict=ok
	if ((total > limit)); then
		verdict="OVER $((limit / 1024)) KB"
		failed=1
	fi
	printf '%-48s %8d %8d %8.1f %d %s\n' "$path" "$page_bytes" "$asset_bytes" \
		"$(awk -v b="$total" 'BEGIN { print b / 1024 }')" "$count" "$verdict"
done
exit "$failed"
