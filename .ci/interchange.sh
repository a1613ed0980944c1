#!/usr/bin/env bash
# Interchange checks against the real thing (docs/interchange.md): exports the bundled post-test,
# every bundled vignette and every bundled blueprint as QTI 2.1 packages and Moodle XML with the
# built CLI, validates every item, test and manifest with libxml2 against the IMS schemas in
# ../shared/interchange/qti (offline), imports the Moodle XML back, and imports every Moodle
# fixture in ../shared/interchange/moodle (questions we cannot hold are reported, not failed on;
# a crash or an internal error fails), then imports what it exported from each fixture again and
# requires the same vignette files.
# Usage: .ci/interchange.sh PATH-OF-SHARED   (called by .ci/run after mvn verify)
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${1:?usage: .ci/interchange.sh PATH-OF-SHARED}
ref="$shared/interchange"
ci=${CI:-false}

if [ ! -f "$ref/qti/qtiv2p1/imsqti_v2p1.xsd" ] || [ ! -d "$ref/moodle" ]; then
  if [ "$ci" = true ]; then
    echo "interchange.sh: FAILED: $ref lacks the IMS schemas or the Moodle fixtures" >&2
    exit 1
  fi
  echo "interchange.sh: no $ref here; skipping the interchange checks (they run in CI)"
  exit 0
fi
if ! command -v xmllint >/dev/null 2>&1; then
  echo "installing libxml2-utils (xmllint)..."
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libxml2-utils; } >/dev/null 2>&1 || true
fi
command -v xmllint >/dev/null 2>&1 || { echo "interchange.sh: FAILED: xmllint is missing and could not be installed" >&2; exit 1; }

sb=./securebase
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "interchange.sh: FAILED: $*" >&2; exit 1; }

# Runs the CLI; any exit but 0 fails the check, with what it printed.
run() {
  local log="$work/last.log"
  if ! "$sb" "$@" >"$log" 2>&1; then
    cat "$log" >&2
    fail "securebase $*"
  fi
  grep -q 'Exception' "$log" && { cat "$log" >&2; fail "a stack trace from securebase $*"; }
  head -n 1 "$log"
}

echo "-- exporting with the built CLI"
library=scenarios/src/main/resources/org/securebase/library
mapfile -t vignettes < <(find "$library" -path '*/blueprints' -prune -o -path '*/courses' -prune -o -name '*.xml' -print \
  | sed 's|.*/||; s|\.xml$||' | sort)
mapfile -t blueprints < <(find "$library/blueprints" -name '*.xml' | sed 's|.*/||; s|\.xml$||' | sort)
db="$work/ci.db"
quiz=$("$sb" --db "$db" quiz build attachment-workshop-post-test --seed 1 2>&1 | grep -o 'attachment-workshop-post-test-[0-9a-f]*' | head -n 1)
[ -n "$quiz" ] || fail "could not build the bundled post-test"
mkdir -p "$work/qti" "$work/moodle"
run --db "$db" export qti --quiz "$quiz" --out "$work/qti/post-test.zip"
run --db "$db" export moodle --quiz "$quiz" --out "$work/moodle/post-test.xml"
run export qti "${vignettes[@]}" --out "$work/qti/library.zip"
run export moodle "${vignettes[@]}" --out "$work/moodle/library.xml"
run export qti "${vignettes[0]}" --out "$work/qti/vignette-${vignettes[0]}.zip"
for b in "${blueprints[@]}"; do
  run export qti --blueprint "$b" --out "$work/qti/blueprint-$b.zip"
  run export moodle --blueprint "$b" --out "$work/moodle/blueprint-$b.xml"
done

echo "-- xmllint --nonet against the IMS QTI 2.1 and Content Packaging schemas"
items=0; tests=0; manifests=0
for zip in "$work"/qti/*.zip; do
  d="${zip%.zip}"
  mkdir -p "$d"
  (cd "$d" && jar xf "$zip")
  mapfile -t its < <(find "$d/items" -name '*.xml' | sort)
  mapfile -t tss < <(find "$d/tests" -name '*.xml' | sort)
  [ ${#its[@]} -gt 0 ] && [ ${#tss[@]} -eq 1 ] || fail "$zip does not hold items and one test"
  xmllint --nonet --noout --schema "$ref/qti/qtiv2p1/imsqti_v2p1.xsd" "${its[@]}" "${tss[@]}" 2>"$work/xmllint.log" \
    || { grep -v ' validates$' "$work/xmllint.log" >&2; fail "QTI items or test of $zip do not validate"; }
  xmllint --nonet --noout --schema "$ref/qti/imscp_v1p1.xsd" "$d/imsmanifest.xml" 2>"$work/xmllint.log" \
    || { cat "$work/xmllint.log" >&2; fail "the manifest of $zip does not validate"; }
  items=$((items + ${#its[@]})); tests=$((tests + 1)); manifests=$((manifests + 1))
done
echo "validated $items assessmentItems, $tests assessmentTests and $manifests manifests from $(ls "$work"/qti/*.zip | wc -l) packages"

echo "-- our Moodle XML: well-formed, and imported back"
moodle_files=0
for xml in "$work"/moodle/*.xml; do
  xmllint --nonet --noout "$xml" || fail "$xml is not well-formed"
  run import moodle "$xml" --out "${xml%.xml}-back"
  run validate "${xml%.xml}-back"
  moodle_files=$((moodle_files + 1))
done
echo "imported and validated $moodle_files Moodle XML exports"

echo "-- Moodle's own fixtures"
imported=0; refused=0; questions=0; skipped=0; same=0
while IFS= read -r f; do
  name=${f#"$ref/moodle/"}
  out="$work/fixtures/${name//\//_}"
  set +e
  "$sb" import moodle "$f" --out "$out" --concept core.secure-base >"$work/fixture.log" 2>&1
  rc=$?
  set -e
  grep -q 'Exception' "$work/fixture.log" && { cat "$work/fixture.log" >&2; fail "a stack trace importing $name"; }
  n=$(grep -c '^  not imported: ' "$work/fixture.log" || true)
  skipped=$((skipped + n))
  case $rc in
    0)
      q=$(sed -n 's/^imported \([0-9]*\) question.*/\1/p' "$work/fixture.log")
      questions=$((questions + q)); imported=$((imported + 1))
      echo "  $name: $q imported, $n not imported"
      # the same questions again: import(export(import(F))) gives the same files as import(F)
      mapfile -t ids < <(ls "$out" | sed 's/\.xml$//')
      "$sb" --library "$out" export moodle "${ids[@]}" --out "$out.again.xml" >/dev/null 2>&1 || fail "re-export of $name"
      "$sb" import moodle "$out.again.xml" --out "$out.again" >/dev/null 2>&1 || fail "re-import of $name"
      diff -r "$out" "$out.again" >/dev/null || { diff -r "$out" "$out.again" >&2 || true; fail "$name changed on the way round"; }
      same=$((same + 1))
      ;;
    1)
      refused=$((refused + 1))
      echo "  $name: not imported ($n question(s) we cannot hold): $(grep '^securebase: ' "$work/fixture.log" | cut -c13-200)"
      ;;
    *)
      cat "$work/fixture.log" >&2
      fail "importing $name exited $rc"
      ;;
  esac
done < <(find "$ref/moodle" -name '*.xml' | sort)
echo "Moodle fixtures: $imported imported ($questions questions, $same unchanged after export and re-import), $refused refused with a reason; $skipped questions reported as not representable"
echo "interchange checks passed"
