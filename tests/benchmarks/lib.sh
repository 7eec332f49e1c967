# Helpers for run.sh: timing with /usr/bin/time -v, statistics, the app and nginx on loopback, wrk.
# shellcheck shell=bash

APP_PID=""
NGINX_PID=""

log() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null
  [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null && wait "$NGINX_PID" 2>/dev/null
  return 0
}
trap cleanup EXIT INT TERM
trap 'echo "run.sh: failed at line $LINENO: $BASH_COMMAND" >&2' ERR

# timed FILE COMMAND...: runs the command under /usr/bin/time -v, bounded to BUILD_TIMEOUT seconds (600).
timed() { local out=$1; shift; /usr/bin/time -v -o "$out" timeout "${BUILD_TIMEOUT:-600}" "$@"; }

# Seconds of "Elapsed (wall clock) time (h:mm:ss or m:ss): 1:38.72".
wall_of() {
  awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.2f", s }' "$1"
}

# CPU seconds (user + system): steadier than wall time on a shared machine.
cpu_of() { awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.2f", s }' "$1"; }

# Megabytes of "Maximum resident set size (kbytes): 607256".
rss_of() { awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$1"; }

# The ingest time kb prints itself: "...; 94209 ms -> /data".
ingest_ms() { sed -nE 's/.*; ([0-9]+) ms -> .*/\1/p' "$1" | tail -1; }

median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
max() { printf '%s\n' "$@" | sort -g | tail -1; }
mean() { printf '%s\n' "$@" | awk '{ s += $1 } END { printf "%.0f\n", s / NR }'; }

urlencode() { jq -rn --arg v "$1" '$v | @uri'; }

# start_app CORPUS PATH [WATCH]: starts the web app (Production, loopback) on CORPUS's existing data folder and sets
# STARTUP to the milliseconds from launch to the first 200 on PATH. WATCH=true re-ingests on every save (and logs each
# ingest's time).
start_app() {
  local t0 code i
  t0=$(date +%s%N)
  (cd "$WEB_DIR" && ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$APP" \
    KnowledgeBase__ContentPath="$1/content" KnowledgeBase__DataPath="$1/data" KnowledgeBase__WatchContent="${3:-false}" \
    Logging__LogLevel__Default=Warning exec env Logging__LogLevel__CyberDiplomacy.Core.Ingest.Ingestor=Information ./CyberDiplomacy.Web) >"$W/web.log" 2>&1 &
  APP_PID=$!
  for i in $(seq 12000); do
    code=$(curl -s -o /dev/null -w '%{http_code}' "$APP$2" || true)
    [ "$code" = 200 ] && break
    kill -0 "$APP_PID" 2>/dev/null || { cat "$W/web.log" >&2; exit 1; }
    sleep 0.01
  done
  [ "$code" = 200 ] || { echo "the app did not answer 200 on $2" >&2; exit 1; }
  STARTUP=$((($(date +%s%N) - t0) / 1000000))
}

stop_app() { [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null; APP_PID=""; return 0; }

# start_nginx ROOT: nginx (worker_processes auto, no access log) serving ROOT on NGINX_PORT.
start_nginx() {
  local prefix=$W/nginx i
  mkdir -p "$prefix/tmp"
  cat >"$prefix/nginx.conf" <<EOF
worker_processes auto;
daemon off;
pid $prefix/nginx.pid;
error_log $prefix/error.log warn;
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  client_body_temp_path $prefix/tmp/body;
  proxy_temp_path $prefix/tmp/proxy;
  fastcgi_temp_path $prefix/tmp/fastcgi;
  uwsgi_temp_path $prefix/tmp/uwsgi;
  scgi_temp_path $prefix/tmp/scgi;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $1;
    index index.html;
  }
}
EOF
  nginx -p "$prefix" -c "$prefix/nginx.conf" &
  NGINX_PID=$!
  for i in $(seq 500); do curl -s -o /dev/null "$NGX/" && return 0; sleep 0.01; done
  echo "nginx did not start" >&2; cat "$prefix/error.log" >&2; exit 1
}

stop_nginx() { [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null && wait "$NGINX_PID" 2>/dev/null; NGINX_PID=""; return 0; }

# Milliseconds from wrk's "1.23ms", "850.00us", "1.02s".
to_ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'; }

# Bytes from wrk's "1.23GB", "456.78MB", "12.3KB".
to_bytes() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /GB$/) n *= 1073741824; else if (v ~ /MB$/) n *= 1048576; else if (v ~ /KB$/) n *= 1024; printf "%.0f", n }'; }

# load URL NAME: 5 s of warm-up (the app's tiered JIT reaches its steady code in that time; nginx gets the same), then wrk -t1 -c32 for WRK_SECONDS (a response slower than 10 s counts as a timeout);
# sets R[NAME_rps|p50|p99|kb|errors|timeouts].
load() {
  local out=$W/wrk-$2.txt requests bytes
  wrk -t1 -c32 -d5s --timeout 10s "$1" >/dev/null
  wrk -t1 -c32 -d"${WRK_SECONDS}s" --timeout 10s --latency "$1" >"$out"
  R[$2_rps]=$(awk '/Requests\/sec/ { printf "%.0f", $2 }' "$out")
  R[$2_p50]=$(to_ms "$(awk '$1 == "50%" { print $2 }' "$out")")
  R[$2_p99]=$(to_ms "$(awk '$1 == "99%" { print $2 }' "$out")")
  requests=$(awk '/requests in/ { print $1 }' "$out")
  bytes=$(to_bytes "$(awk '/requests in/ { print $5 }' "$out")")
  R[$2_kb]=$(awk -v b="$bytes" -v r="$requests" 'BEGIN { printf "%.1f", b / r / 1024 }')
  R[$2_errors]=$(awk '/Non-2xx/ { print $5 }' "$out")
  R[$2_errors]=${R[$2_errors]:-0}
  R[$2_timeouts]=$(sed -nE 's/.*timeout ([0-9]+).*/\1/p' "$out")
  R[$2_timeouts]=${R[$2_timeouts]:-0}
}
