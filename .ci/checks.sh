#!/usr/bin/env bash
# Checks that read SecureBase's outputs with other programs. Called by .ci/run with the
# folder of ../shared/checks as its argument.
set -euo pipefail
checks=$1
schemas=scenarios/src/main/resources/org/securebase/scenarios/schema
library=scenarios/src/main/resources/org/securebase/library
formats=scenarios/src/test/resources/formats

echo "-- libxml2 validates the acceptance examples against our schemas"
bash "$checks/xsd.sh" "$schemas/vignette.xsd" "$formats/vignette-example.xml"
bash "$checks/xsd.sh" "$schemas/quiz.xsd" "$formats/quiz-example.xml"
bash "$checks/xsd.sh" "$schemas/course.xsd" "$formats/course-example.xml"

echo "-- libxml2 validates the bundled library"
mapfile -t vignettes < <(find "$library" -path '*/blueprints' -prune -o -path '*/courses' -prune -o -name '*.xml' -print | sort)
[ ${#vignettes[@]} -gt 0 ] && bash "$checks/xsd.sh" "$schemas/vignette.xsd" "${vignettes[@]}" 2>&1 | tail -n 3
mapfile -t blueprints < <(find "$library/blueprints" -name '*.xml' 2>/dev/null | sort)
[ ${#blueprints[@]} -eq 0 ] || bash "$checks/xsd.sh" "$schemas/quiz.xsd" "${blueprints[@]}"
mapfile -t courses < <(find "$library/courses" -name '*.xml' 2>/dev/null | sort)
[ ${#courses[@]} -eq 0 ] || bash "$checks/xsd.sh" "$schemas/course.xsd" "${courses[@]}"

# xlsx.sh installs LibreOffice only when no `soffice` is on the PATH; a machine can have LibreOffice's
# core without Calc (another tool's install), whose soffice then cannot open any spreadsheet. Make
# sure Calc is there.
if ! dpkg -s libreoffice-calc >/dev/null 2>&1 && ! dpkg -s libreoffice-calc-nogui >/dev/null 2>&1; then
  echo "installing libreoffice-calc-nogui (for xlsx.sh)..."
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libreoffice-calc-nogui; } >/dev/null 2>&1 \
    || { echo "could not install libreoffice-calc-nogui"; exit 1; }
fi

# xlsx.sh installs LibreOffice but not openpyxl on a fresh machine; install it the same way.
if ! /usr/bin/python3 -c 'import openpyxl' 2>/dev/null; then
  echo "installing python3-openpyxl (for xlsx.sh)..."
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-openpyxl; } >/dev/null 2>&1 \
    || { echo "could not install python3-openpyxl"; exit 1; }
fi

echo "-- every PDF kind and the gradebook that report-export's tests wrote, read by qpdf, poppler, openpyxl and LibreOffice"
samples=report-export/target/export-samples
[ -d "$samples" ] || { echo "missing $samples: did mvn verify run report-export's SampleOutputsTest?"; exit 1; }
bash "$checks/pdf.sh" "$samples/certificates/all-certificates.pdf" /tmp/securebase-certificate --expect-text "$samples/expected-names.txt"
for f in "$samples"/certificates/*.pdf; do bash "$checks/pdf.sh" "$f" >/dev/null || { echo "pdf.sh failed on $f"; exit 1; }; done
bash "$checks/pdf.sh" "$samples/score-report.pdf" --expect-text "$samples/score-report-expected.txt"
bash "$checks/pdf.sh" "$samples/handout-variant-B.pdf" --expect-text "$samples/handout-expected.txt"
bash "$checks/pdf.sh" "$samples/answer-key-variant-B.pdf" --expect-text "$samples/answer-key-expected.txt"
bash "$checks/xlsx.sh" "$samples/gradebook.xlsx" --min-sheets 5 --min-charts 2 --no-formulas --frozen

# The README's first command: the demo's outputs, read the same way.
demo=${2:-}
if [ -n "$demo" ]; then
  echo "-- the demo's certificates, score report, handouts and gradebook"
  names=$(mktemp)
  python3 - "$demo/gradebook-summary.csv" > "$names" <<'PY'
import csv, sys
with open(sys.argv[1], encoding='utf-8-sig', newline='') as f:
    for row in csv.DictReader(f):
        if row['pass'] == 'pass':
            print(row['name'])
PY
  if [ -s "$names" ]; then
    bash "$checks/pdf.sh" "$demo/certificates/all-certificates.pdf" --expect-text "$names" | tail -n 3
    for f in "$demo"/certificates/*.pdf; do bash "$checks/pdf.sh" "$f" >/dev/null || { echo "pdf.sh failed on $f"; exit 1; }; done
  else
    echo "nobody passed in the demo cohort: no certificates to check"
  fi
  for f in "$demo"/score-report-*.pdf "$demo"/handouts/*.pdf; do
    bash "$checks/pdf.sh" "$f" >/dev/null || { echo "pdf.sh failed on $f"; exit 1; }
  done
  bash "$checks/xlsx.sh" "$demo/gradebook.xlsx" --min-sheets 5 --min-charts 2 --no-formulas --frozen | tail -n 2
  rm -f "$names"
fi
