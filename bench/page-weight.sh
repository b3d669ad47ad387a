#!/usr/bin/env bash
# Page weight on an empty cache: for each key page, the bytes that travel (status line and
# headers aside) when a browser with nothing cached opens it: the page itself and every
# style sheet and script it links, each asked for with Accept-Encoding: gzip as browsers do.
# Prints one line per page and checks the targets of issue 14: at most 80 KB per page, at most
# 250 KB for a page with charts (the dashboard and the explorer, the only pages that load the
# chart library). Exits non-zero when one is over, or when a page does not answer 200.
#
# Usage: bench/page-weight.sh
# Needs target/hamkori.jar; build it first with: mvn -B -q package -DskipTests
# Settings: BENCH_JAR, BENCH_PORT (default 18080), BENCH_JAVA_OPTS, JAVA_HOME,
#           BENCH_START_TIMEOUT_S (600: it measures bytes, not time, so a busy machine may start slowly),
#           BENCH_KEEP_ON_ERROR=1 keeps the temp dir.
set -euo pipefail

BENCH_NAME=page-weight
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
BENCH_HEALTH_TIMEOUT_S=${BENCH_START_TIMEOUT_S:-600}

USERNAME=secretariat.tj
PASSWORD=hamkori-demo
PAGE_LIMIT=$((80 * 1024))
CHART_PAGE_LIMIT=$((250 * 1024))

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

# fetch PATH OUT -> prints the HTTP status and the bytes transferred for the body (gzipped
# when the server gzips), and leaves the decoded body in OUT
fetch() {
	curl -sS --max-time 30 -b "$jar" -H 'Accept-Encoding: gzip' -o "$2.raw" -w '%{http_code} %{size_download}\n' \
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
	/mechanisms/CCM-TJ/trends-brief /mechanisms/CCM-TJ/analytics /mechanisms/CCM-TJ/dashboard)

failed=0
printf '%-44s %6s %8s %9s %9s %s\n' page status html_B assets_B total_KB assets
for path in "${pages[@]}"; do
	[[ -n $path ]] || continue
	html=$BENCH_TMP/page.html
	# (a command substitution waits for fetch to have written the page, a process substitution would not)
	answer=$(fetch "$path" "$html")
	read -r status page_bytes <<<"$answer"
	asset_bytes=0
	count=0
	while read -r asset; do
		[[ -n $asset ]] || continue
		answer=$(fetch "$asset" "$BENCH_TMP/asset")
		read -r asset_status bytes <<<"$answer"
		[[ $asset_status == 200 ]] || { log "$asset: HTTP $asset_status"; failed=1; }
		asset_bytes=$((asset_bytes + bytes))
		count=$((count + 1))
	done < <(grep -oE '<(script|link)[^>]*(src|href)="/(css|js|webjars)/[^"]+"' "$html" \
		| sed -E 's/.*(src|href)="([^"]+)".*/\2/' | sort -u)
	total=$((page_bytes + asset_bytes))
	limit=$PAGE_LIMIT
	grep -q 'echarts' "$html" && limit=$CHART_PAGE_LIMIT
	verdict="ok (limit $((limit / 1024)) KB)"
	if ((total > limit)) || [[ $status != 200 ]]; then
		verdict="FAIL (limit $((limit / 1024)) KB)"
		failed=1
	fi
	printf '%-44s %6s %8d %9d %9.1f %d %s\n' "$path" "$status" "$page_bytes" "$asset_bytes" \
		"$(awk -v b="$total" 'BEGIN { print b / 1024 }')" "$count" "$verdict"
done
exit "$failed"
