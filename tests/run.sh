#!/usr/bin/env bash
# Runs every test project and ends with one line: "N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")/.."

# Browser tests drive Debian's chromium (never a downloaded browser) and fetch axe-core with npm on first use;
# install whichever is missing.
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v npm >/dev/null 2>&1 || missing+=(npm)
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" = "0" ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}") >/dev/null 2>&1 \
      || echo "warning: could not install ${missing[*]}; browser tests will fail" >&2
  else
    echo "warning: ${missing[*]} missing; install with: sudo apt-get install ${missing[*]}" >&2
  fi
fi

# Briefing packs are checked with EPUBCheck (Debian's epubcheck, a Java program) and their printed PDF is read back with
# poppler's pdftotext and pdfinfo; install whichever is missing.
tools=()
[ -f /usr/bin/epubcheck ] || tools+=(epubcheck)
command -v pdftotext >/dev/null 2>&1 || tools+=(poppler-utils)
if [ "${#tools[@]}" -gt 0 ]; then
  if [ "$(id -u)" = "0" ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${tools[@]}") >/dev/null 2>&1 \
      || echo "warning: could not install ${tools[*]}; briefing pack tests will fail" >&2
  else
    echo "warning: ${tools[*]} missing; install with: sudo apt-get install ${tools[*]}" >&2
  fi
fi

# The Nu HTML checker runs on Java; axe-core and vnu-jar come from npm (tests/tools/package.json).
if ! command -v java >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless) >/dev/null 2>&1 \
    || echo "warning: could not install java; HTML validation tests will fail" >&2
fi
if [ ! -d tests/tools/node_modules/vnu-jar ] || [ ! -d tests/tools/node_modules/axe-core ]; then
  npm install --prefix tests/tools --no-audit --no-fund --loglevel=error >/dev/null 2>&1 \
    || echo "warning: npm install in tests/tools failed; HTML validation and accessibility tests will fail" >&2
fi

log="$(mktemp)"
trap 'rm -f "$log"' EXIT

if ! dotnet build CyberDiplomacy.sln -c Release -nologo -v quiet 2>&1 | tail -n 20; then :; fi
if [ "${PIPESTATUS[0]}" != "0" ]; then
  echo "build failed"
  echo "0 passed, 1 failed"
  exit 1
fi

dotnet test CyberDiplomacy.sln -c Release --no-build -nologo 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

passed=0; failed=0; skipped=0
while IFS= read -r line; do
  p=$(sed -nE 's/.*Passed:[[:space:]]+([0-9]+).*/\1/p' <<<"$line")
  f=$(sed -nE 's/.*Failed:[[:space:]]+([0-9]+).*/\1/p' <<<"$line")
  s=$(sed -nE 's/.*Skipped:[[:space:]]+([0-9]+).*/\1/p' <<<"$line")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); skipped=$((skipped + ${s:-0}))
done < <(grep -E '^(Passed|Failed)!' "$log")

if [ "$status" != "0" ] && [ "$failed" = "0" ]; then
  failed=1 # a test host crashed or a project failed without a summary line
fi
echo "$passed passed, $failed failed, $skipped skipped"
[ "$status" = "0" ] && [ "$failed" = "0" ]
