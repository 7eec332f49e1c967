#!/usr/bin/env bash
# Performance against Hugo and nginx, on synthetic corpora of 2,000 and 10,000 articles:
#   cold `kb build` vs `hugo` (median of RUNS, peak RSS), one-file incremental build, wrk against the app vs nginx
#   serving Hugo's HTML, search/suggest latency percentiles, web RSS after load, start-up to the first 200.
# Prints a table and writes it into docs/performance.md (between the results markers).
# All traffic goes to 127.0.0.1 and every load is bounded in time; every server started here is stopped on exit.
#
# Environment: SIZES ("2000 10000"), RUNS (3), LIVE_EDITS (20), TERMS (300), SEED (42), WRK_SECONDS (10), APP_PORT (5181),
#              NGINX_PORT (5182), BENCH_DIR (artifacts/benchmarks), DOC (docs/performance.md), LABEL (free text).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
SIZES=${SIZES:-"2000 10000"}
RUNS=${RUNS:-3}
LIVE_EDITS=${LIVE_EDITS:-20} # saves into the running site (the one-file edit target is a median of 20)
TERMS=${TERMS:-300}
SEED=${SEED:-42}
WRK_SECONDS=${WRK_SECONDS:-10}
APP_PORT=${APP_PORT:-5181}
NGINX_PORT=${NGINX_PORT:-5182}
W=$ROOT/${BENCH_DIR:-artifacts/benchmarks}
DOC=$ROOT/${DOC:-docs/performance.md}
LABEL=${LABEL:-}
mkdir -p "$W"
LOAD_BEFORE=$(cut -d" " -f1-3 /proc/loadavg)
. "$ROOT/tests/benchmarks/lib.sh"

# --- tools -------------------------------------------------------------------------------------------------------
missing=()
command -v hugo >/dev/null || missing+=(hugo)
command -v wrk >/dev/null || missing+=(wrk)
command -v nginx >/dev/null || missing+=(nginx)
[ -x /usr/bin/time ] || missing+=(time)
if [ ${#missing[@]} -gt 0 ]; then
  log "installing ${missing[*]} from Debian"
  if [ "$(id -u)" != 0 ]; then echo "run as root or: sudo apt-get install ${missing[*]}" >&2; exit 1; fi
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}") >/dev/null
fi

# --- build -------------------------------------------------------------------------------------------------------
log "building (Release; kb and the web app published ReadyToRun, as the Dockerfile does)"
dotnet build tests/CyberDiplomacy.Benchmarks -c Release -nologo -v quiet >/dev/null
R2R=(-c Release -nologo -v quiet -r linux-x64 --self-contained false -p:PublishReadyToRun=true)
dotnet publish src/CyberDiplomacy.Cli "${R2R[@]}" -o "$W/kb" >/dev/null
dotnet publish src/CyberDiplomacy.Web "${R2R[@]}" -o "$W/web" >/dev/null
KB=$W/kb/kb
# Pagefind indexes Hugo's output: Hugo + Pagefind is the peer of "Markdown in git → a searchable site".
if [ ! -x "$W/pagefind/node_modules/.bin/pagefind" ]; then
  log "installing pagefind 1.6.0 from npm"
  npm install --prefix "$W/pagefind" --no-audit --no-fund --loglevel=error pagefind@1.6.0 >/dev/null
fi
PAGEFIND=$W/pagefind/node_modules/.bin/pagefind
WEB_DIR=$W/web
BENCH=$ROOT/tests/CyberDiplomacy.Benchmarks/bin/Release/net10.0/CyberDiplomacy.Benchmarks

# --- corpora -----------------------------------------------------------------------------------------------------
for n in $SIZES; do
  log "generating $n articles, $TERMS terms (seed $SEED)"
  "$BENCH" generate --articles "$n" --terms "$TERMS" --seed "$SEED" --out "$W/corpus-$n" >/dev/null
done
LARGEST=$(tr ' ' '\n' <<<"$SIZES" | sort -n | tail -1)
C=$W/corpus-$LARGEST

# --- (a) cold build vs hugo, (b) incremental -----------------------------------------------------------------------
declare -A R
for n in $SIZES; do
  dir=$W/corpus-$n
  kb_walls=(); kb_cpus=(); kb_rss=(); hugo_walls=(); hugo_cpus=(); hugo_rss=(); pf_walls=(); pf_cpus=(); pf_rss=()
  for run in $(seq "$RUNS"); do
    log "cold build $n, run $run/$RUNS: kb"
    rm -rf "$dir/data"
    timed "$W/time.txt" "$KB" build --content "$dir/content" --data "$dir/data" >"$W/kb-build.log" 2>&1 || { cat "$W/kb-build.log"; exit 1; }
    kb_walls+=("$(wall_of "$W/time.txt")"); kb_cpus+=("$(cpu_of "$W/time.txt")"); kb_rss+=("$(rss_of "$W/time.txt")")
    log "cold build $n, run $run/$RUNS: hugo"
    rm -rf "$dir/hugo/public" "$dir/hugo/resources"
    timed "$W/time.txt" hugo --source "$dir/hugo" --quiet >"$W/hugo.log" 2>&1 || { cat "$W/hugo.log"; exit 1; }
    hugo_walls+=("$(wall_of "$W/time.txt")"); hugo_cpus+=("$(cpu_of "$W/time.txt")"); hugo_rss+=("$(rss_of "$W/time.txt")")
    log "cold build $n, run $run/$RUNS: pagefind over hugo's output"
    rm -rf "$dir/hugo/public/pagefind"
    timed "$W/time.txt" "$PAGEFIND" --site "$dir/hugo/public" >"$W/pagefind.log" 2>&1 || { cat "$W/pagefind.log"; exit 1; }
    pf_walls+=("$(wall_of "$W/time.txt")"); pf_cpus+=("$(cpu_of "$W/time.txt")"); pf_rss+=("$(rss_of "$W/time.txt")")
  done
  R[kb_$n]=$(median "${kb_walls[@]}"); R[kb_cpu_$n]=$(median "${kb_cpus[@]}"); R[kb_rss_$n]=$(max "${kb_rss[@]}")
  R[hugo_$n]=$(median "${hugo_walls[@]}"); R[hugo_cpu_$n]=$(median "${hugo_cpus[@]}"); R[hugo_rss_$n]=$(max "${hugo_rss[@]}")
  R[pf_$n]=$(median "${pf_walls[@]}"); R[pf_cpu_$n]=$(median "${pf_cpus[@]}"); R[pf_rss_$n]=$(max "${pf_rss[@]}")

  log "no-op and incremental builds $n"
  timed "$W/time.txt" "$KB" build --content "$dir/content" --data "$dir/data" >"$W/kb-build.log" 2>&1
  R[noop_$n]=$(wall_of "$W/time.txt"); R[noop_cpu_$n]=$(cpu_of "$W/time.txt"); R[noop_ingest_$n]=$(ingest_ms "$W/kb-build.log")
  articles=("$dir"/content/articles/*.md) # a glob: `ls | head` would die of SIGPIPE under pipefail
  article=$(basename "${articles[0]}")
  cp "$dir/content/articles/$article" "$W/article.bak"
  inc_walls=(); inc_cpus=(); inc_ingest=()
  for run in $(seq "$RUNS"); do
    printf '\nKalimat tambahan %s untuk uji pembangunan inkremental.\n' "$run" >>"$dir/content/articles/$article"
    timed "$W/time.txt" "$KB" build --content "$dir/content" --data "$dir/data" >"$W/kb-build.log" 2>&1
    grep -q ' 1 parsed' "$W/kb-build.log" || { echo "incremental build parsed more than one file:" >&2; cat "$W/kb-build.log" >&2; }
    inc_walls+=("$(wall_of "$W/time.txt")"); inc_cpus+=("$(cpu_of "$W/time.txt")"); inc_ingest+=("$(ingest_ms "$W/kb-build.log")")
  done
  R[inc_$n]=$(median "${inc_walls[@]}"); R[inc_cpu_$n]=$(median "${inc_cpus[@]}"); R[inc_ingest_$n]=$(median "${inc_ingest[@]}")
  cp "$W/article.bak" "$dir/content/articles/$article"
  "$KB" build --content "$dir/content" --data "$dir/data" >/dev/null 2>&1
done

# --- (f) start-up, (c) wrk, (d) latency, (e) RSS on the largest corpus ----------------------------------------------
articles=("$C"/content/articles/*.md)
SLUG=$(basename "${articles[0]}" .md)
QUERY=$(sed -n 1p "$C/queries.txt")
APP=http://127.0.0.1:$APP_PORT
NGX=http://127.0.0.1:$NGINX_PORT
# One-file rebuild in the running site (what an editor waits for): save, then poll the article page (cached, evicted
# by the ingest) for a word only the save adds.
log "live incremental rebuild: the app watching $LARGEST articles"
start_app "$C" "/articles/$SLUG" true
sleep 5 # let the start-up catch-up ingest finish
live_ms=(); live_ingest=()
cp "$C/content/articles/$SLUG.md" "$W/article.bak"
for run in $(seq 0 "$LIVE_EDITS"); do # save 0 warms the ingest's code paths up and is not counted
  word="penandaujilangsung$run"
  t0=$(date +%s%N)
  printf '\nKalimat %s untuk uji pembangunan langsung.\n' "$word" >>"$C/content/articles/$SLUG.md"
  for i in $(seq 3000); do
    curl -fsS "$APP/articles/$SLUG" | grep -q "$word" && break
    sleep 0.005
  done
  elapsed=$((($(date +%s%N) - t0) / 1000000))
  sleep 1
  [ "$run" = 0 ] && continue
  live_ms+=("$elapsed")
  live_ingest+=("$(sed -nE 's/.*Ingested [0-9]+ files: 1 parsed.* in ([0-9]+) ms.*/\1/p' "$W/web.log" | tail -1)")
done
R[live_visible]=$(median "${live_ms[@]}"); R[live_ingest]=$(median "${live_ingest[@]}")
stop_app
cp "$W/article.bak" "$C/content/articles/$SLUG.md"
"$KB" build --content "$C/content" --data "$C/data" >/dev/null 2>&1

starts=()
for run in $(seq "$RUNS"); do
  log "start-up on existing data, run $run/$RUNS"
  start_app "$C" "/articles/$SLUG"
  starts+=("$STARTUP")
  [ "$run" = "$RUNS" ] || stop_app
done
R[startup]=$(median "${starts[@]}")
start_nginx "$C/hugo/public"
curl -fsS -o /dev/null "$NGX/articles/$SLUG/" || { echo "nginx does not serve /articles/$SLUG/" >&2; exit 1; }

app_rps=(); ngx_rps=()
for round in 1 2; do
  log "wrk article page, round $round: app"
  load "$APP/articles/$SLUG" app_article; app_rps+=("${R[app_article_rps]}")
  log "wrk article page, round $round: nginx"
  load "$NGX/articles/$SLUG/" nginx_article; ngx_rps+=("${R[nginx_article_rps]}")
done
R[app_article_rps]=$(mean "${app_rps[@]}"); R[nginx_article_rps]=$(mean "${ngx_rps[@]}")
q=$(urlencode "$QUERY")
log "wrk /search and /api/search"
load "$APP/search?q=$q" app_search
load "$APP/api/search?q=$q" app_api_search

log "latency: /api/search and /api/suggest, one request at a time"
"$BENCH" latency --url "$APP" --queries "$C/queries.txt" --rounds 5 >"$W/latency.txt"
while read -r key value; do R[lat_$key]=$value; done <"$W/latency.txt"
R[rss_mb]=$(awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$APP_PID/status")
R[hwm_mb]=$(awk '/VmHWM/ {printf "%.0f", $2/1024}' "/proc/$APP_PID/status")
stop_app
stop_nginx

# --- report ------------------------------------------------------------------------------------------------------
. "$ROOT/tests/benchmarks/report.sh"
report >"$W/results.md"
cat "$W/results.md"
write_doc "$W/results.md" "$DOC"
log "results written to ${DOC#"$ROOT"/}"
