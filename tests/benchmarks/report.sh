# The results table of run.sh (Markdown), and its place in docs/performance.md.
# shellcheck shell=bash

# verdict VALUE OP LIMIT: "yes" when VALUE OP LIMIT holds (OP is <= or >=).
verdict() { awk -v v="$1" -v l="$3" -v op="$2" 'BEGIN { ok = (op == "<=") ? (v <= l) : (v >= l); print (v == "" ? "n/a" : ok ? "**yes**" : "no") }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f×", a / b; else print "n/a" }'; }
num() { awk -v v="$1" 'BEGIN { printf "%\047.0f", v }'; }

report() {
  local n kb_ratio app_ratio
  local when machine
  when=$(date -u '+%Y-%m-%d %H:%M UTC')
  machine="$(nproc) cores (\`nproc\` = $(nproc)), $(lscpu | sed -nE 's/^Model name:[[:space:]]+//p' | head -1)"
  echo "### Results${LABEL:+: $LABEL}"
  echo
  echo "Run $when on $machine; memory \`free -h\`: $(free -h | awk '/^Mem:/ { print $2 " total, " $7 " available" }');"
  echo "load average before/after: ${LOAD_BEFORE:-?} / $(cut -d' ' -f1-3 /proc/loadavg) (the machine is shared: other work ran at the same time)."
  echo ".NET $(dotnet --version), $(hugo version | cut -d' ' -f1-2), $(nginx -v 2>&1 | sed 's/.*: //'), $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2)."
  echo "Corpus: seed $SEED, $TERMS glossary terms, ~800-word articles; medians of $RUNS runs unless noted; wrk -t1 -c32 -d${WRK_SECONDS}s after 5 s of warm-up."
  echo
  echo "| measure | ours | Hugo / nginx | ratio | target | met |"
  echo "|---|---|---|---|---|---|"
  for n in $SIZES; do
    kb_ratio=$(ratio "${R[kb_$n]}" "${R[hugo_$n]}")
    echo "| Hugo + Pagefind, $(num "$n") articles (the peer: pages, then a search index) | | $(awk -v a="${R[hugo_$n]}" -v b="${R[pf_$n]}" 'BEGIN { printf "%.2f", a + b }') s wall (Pagefind ${R[pf_$n]} s, ${R[pf_cpu_$n]} s CPU, peak RSS ${R[pf_rss_$n]} MB) | $(ratio "${R[kb_$n]}" "$(awk -v a="${R[hugo_$n]}" -v b="${R[pf_$n]}" 'BEGIN { print a + b }')") wall | | |"
    echo "| cold build, $(num "$n") articles (\`kb build\` vs \`hugo\`) | ${R[kb_$n]} s wall, ${R[kb_cpu_$n]} s CPU, peak RSS ${R[kb_rss_$n]} MB | ${R[hugo_$n]} s wall, ${R[hugo_cpu_$n]} s CPU, peak RSS ${R[hugo_rss_$n]} MB | $kb_ratio wall, $(ratio "${R[kb_cpu_$n]}" "${R[hugo_cpu_$n]}") CPU | ≤ 1.0× Hugo | $(verdict "$(awk -v a="${R[kb_$n]}" -v b="${R[hugo_$n]}" 'BEGIN { print a / b }')" "<=" 1.0) |"
  done
  for n in $SIZES; do
    echo "| no-op \`kb build\`, $(num "$n") articles | ingest ${R[noop_ingest_$n]} ms; whole process ${R[noop_$n]} s wall, ${R[noop_cpu_$n]} s CPU | | | | |"
    echo "| one-file incremental \`kb build\`, $(num "$n") articles | ingest ${R[inc_ingest_$n]} ms; whole process ${R[inc_$n]} s wall, ${R[inc_cpu_$n]} s CPU | | | ≤ 200 ms (ingest) | $(verdict "${R[inc_ingest_$n]}" "<=" 200) |"
  done
  echo "| one-file rebuild in the running site (watcher), $(num "$LARGEST") articles | ingest ${R[live_ingest]} ms; save to updated page ${R[live_visible]} ms (includes the watcher's debounce); medians of $LIVE_EDITS saves | | | ≤ 200 ms (ingest) | $(verdict "${R[live_ingest]}" "<=" 200) |"
  app_ratio=$(ratio "${R[app_article_rps]}" "${R[nginx_article_rps]}")
  echo "| article page, req/s (mean of 2 rounds) | $(num "${R[app_article_rps]}") (p50 ${R[app_article_p50]} ms, p99 ${R[app_article_p99]} ms, ${R[app_article_kb]} KB) | $(num "${R[nginx_article_rps]}") (p50 ${R[nginx_article_p50]} ms, p99 ${R[nginx_article_p99]} ms, ${R[nginx_article_kb]} KB) | $app_ratio | ≥ 0.7× nginx | $(verdict "$(awk -v a="${R[app_article_rps]}" -v b="${R[nginx_article_rps]}" 'BEGIN { print a / b }')" ">=" 0.7) |"
  echo "| \`/search?q=$QUERY\`, req/s | $(num "${R[app_search_rps]}") (p50 ${R[app_search_p50]} ms, p99 ${R[app_search_p99]} ms) | | | | |"
  echo "| \`/api/search?q=$QUERY\`, req/s | $(num "${R[app_api_search_rps]}") (p50 ${R[app_api_search_p50]} ms, p99 ${R[app_api_search_p99]} ms) | | | | |"
  echo "| \`/api/search\` latency, ${R[lat_search.queries]} queries × 5, one at a time | wall p50/p95/p99 ${R[lat_search.wall.p50]} / ${R[lat_search.wall.p95]} / ${R[lat_search.wall.p99]} ms; server \`tookMs\` ${R[lat_search.server.p50]} / ${R[lat_search.server.p95]} / ${R[lat_search.server.p99]} ms | | | p95 ≤ 5 ms server-side | $(verdict "${R[lat_search.server.p95]}" "<=" 5) |"
  echo "| \`/api/suggest\` latency, ${R[lat_suggest.requests]} requests | wall p50/p95/p99 ${R[lat_suggest.wall.p50]} / ${R[lat_suggest.wall.p95]} / ${R[lat_suggest.wall.p99]} ms; server (\`Server-Timing\`) ${R[lat_suggest.server.p50]} / ${R[lat_suggest.server.p95]} / ${R[lat_suggest.server.p99]} ms | | | p95 ≤ 2 ms server-side | $(verdict "${R[lat_suggest.server.p95]}" "<=" 2) |"
  echo "| web process RSS after the load ($(num "$LARGEST") articles) | ${R[rss_mb]} MB (peak ${R[hwm_mb]} MB) | | | ≤ 400 MB | $(verdict "${R[rss_mb]}" "<=" 400) |"
  echo "| start-up on an existing data folder to the first 200 (article page) | ${R[startup]} ms | | | ≤ 1 s | $(verdict "${R[startup]}" "<=" 1000) |"
  echo
  echo "Non-2xx responses / timeouts under load: article ${R[app_article_errors]} / ${R[app_article_timeouts]}, /search ${R[app_search_errors]} / ${R[app_search_timeouts]}, /api/search ${R[app_api_search_errors]} / ${R[app_api_search_timeouts]}, nginx ${R[nginx_article_errors]} / ${R[nginx_article_timeouts]}."
}

# write_doc RESULTS DOC: replaces what lies between the results markers of DOC (creating DOC if needed).
write_doc() {
  local results=$1 doc=$2
  mkdir -p "$(dirname "$doc")"
  if [ ! -f "$doc" ] || ! grep -q '<!-- results:begin -->' "$doc"; then
    printf '# Performance\n\n`bash tests/benchmarks/run.sh` measures the site against Hugo and nginx and rewrites the results below.\n\n<!-- results:begin -->\n<!-- results:end -->\n' >>"$doc"
  fi
  awk -v file="$results" '
    /<!-- results:begin -->/ { print; while ((getline line < file) > 0) print line; skip = 1; next }
    /<!-- results:end -->/ { skip = 0 }
    !skip { print }' "$doc" >"$doc.tmp" && mv "$doc.tmp" "$doc"
}
