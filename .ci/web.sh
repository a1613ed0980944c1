#!/usr/bin/env bash
# Browser journeys of the web module: Playwright for Java driving Debian's Chromium, offline
# (Playwright's Node driver comes inside its jar; no browser is downloaded). Fails when the
# journeys did not run.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1; then
  apt-get update -qq
  apt-get install -y -qq chromium
fi
test -x /usr/bin/chromium || { echo "web.sh: /usr/bin/chromium is missing after the install" >&2; exit 1; }

export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
mvn -q -B -pl web -am verify -Pbrowser -Dtest='WorkshopJourneys' -Dsurefire.failIfNoSpecifiedTests=false

report=web/target/surefire-reports/TEST-org.securebase.web.WorkshopJourneys.xml
test -f "$report" || { echo "web.sh: no report of the browser journeys: they did not run" >&2; exit 1; }
tests=$(grep -o 'tests="[0-9]*"' "$report" | head -1 | tr -dc 0-9)
skipped=$(grep -o 'skipped="[0-9]*"' "$report" | head -1 | tr -dc 0-9)
if [ "${tests:-0}" -eq 0 ] || [ "${skipped:-0}" -ne 0 ]; then
  echo "web.sh: the browser journeys were skipped (tests=$tests skipped=$skipped)" >&2
  exit 1
fi
echo "web.sh: $tests browser journeys passed"
