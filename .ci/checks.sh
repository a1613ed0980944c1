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
