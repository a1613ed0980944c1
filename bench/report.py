#!/usr/bin/python3
"""Writes docs/performance.md from the results bench/run.sh collected: no number typed by hand.

Usage: report.py RESULTS-DIR OUT.md JMH.json
"""
import json
import os
import sys

RESULTS, OUT, JMH = sys.argv[1], sys.argv[2], sys.argv[3]


def machine():
    info = {}
    with open(os.path.join(RESULTS, "machine.txt"), encoding="utf-8") as f:
        for line in f:
            key, _, value = line.rstrip("\n").partition("=")
            info[key] = value
    return info


def medians(name):
    """{'ours': seconds, 'peer': seconds, ...} from hyperfine's JSON, with the run counts."""
    path = os.path.join(RESULTS, name + ".json")
    if not os.path.exists(path):
        return {}, {}
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    return ({r["command"]: r["median"] for r in data["results"]},
            {r["command"]: len(r["times"]) for r in data["results"]})


def seconds(s):
    if s is None:
        return "—"
    return "%.0f ms" % (s * 1000) if s < 1 else "%.2f s" % s


def missing(name):
    return os.path.exists(os.path.join(RESULTS, name + ".ours"))


# name, command as the user types it, input, peer, target kind, target value, target text
ROWS = [
    ("validate-10000", "`securebase validate --no-cache DIR`", "10,000 vignette files",
     "`xmllint --noout --schema vignette.xsd` (xargs)", "ratio", 2.0, "within 2× of the peer"),
    ("validate-10000-cached", "`securebase validate DIR`, unchanged since the last run", "10,000 vignette files",
     "`xmllint --noout --schema vignette.xsd` (xargs), cold", "ratio", 1 / 3, "at least 3× faster than the peer"),
    ("version", "`securebase --version`", "—", "bare JVM printing one line", "ratio", 2.5, "within 2.5× of the peer"),
    ("validate-one", "`securebase validate --no-cache ONE-FILE`", "1 vignette file", "`xmllint --schema` on the file (for scale)",
     "absolute", 0.3, "under 300 ms wall"),
    ("validate-one-cached", "`securebase validate ONE-FILE`, unchanged", "1 vignette file", "bare JVM printing one line",
     "ratio", 2.5, "within 2.5× of the peer"),
    ("gradebook", "`securebase gradebook --out FILE.xlsx`", "10,000 trainees × 60 questions",
     "openpyxl write-only script, same sheets", "ratio", 0.5, "at least 2× faster than the peer (and peak RSS under 300 MB)"),
    ("certificates", "`securebase certificates --course C --out DIR`", "1,000 trainees",
     "LibreOffice headless: mail-merged .fodt → PDF", "ratio", 0.1, "at least 10× faster than the peer"),
]


def main():
    m = machine()
    out = []
    w = out.append
    w("# Performance")
    w("")
    w("Written by `bench/run.sh` on %s; every number below comes from that run (hyperfine medians for whole" % m["date"])
    w("commands, GNU time for memory, JMH for the hot paths). Do not edit by hand: run the script again.")
    w("")
    w("## Machine")
    w("")
    w("| | |")
    w("| --- | --- |")
    w("| CPU | %s, `nproc` = %s |" % (m["cpu"], m["nproc"]))
    w("| memory (`free -h`) | %s |" % m["memory"])
    w("| JDK | %s |" % m["jdk"])
    w("| Maven | %s |" % m["maven"])
    w("| peers | %s; %s; openpyxl %s; %s |" % (m["xmllint"], m["hyperfine"], m["openpyxl"], m["libreoffice"]))
    w("| load average (1, 5, 15 min) | %s before, %s after: the machine is shared with other builds, so times vary |"
      % (m["load_before"], m["load_after"]))
    w("")
    w("## Whole commands against their peers")
    w("")
    w("Each command runs the way a user runs it (through the `securebase` launcher, output discarded), in the same")
    w("hyperfine run as its peer, alternately. Medians over the runs given; ratio = our median ÷ the peer's (below 1 means faster).")
    w("")
    w("| command | input | our median | peer | peer median | ratio | runs | target | met |")
    w("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for name, command, what, peer, kind, value, target in ROWS:
        med, count = medians(name)
        ours, theirs = med.get("ours"), med.get("peer")
        if missing(name):
            ours_text, verdict, ratio = "not run: command missing", "not run: command missing", "—"
        else:
            ours_text = seconds(ours)
            ratio = "%.2f×" % (ours / theirs) if ours and theirs else "—"
            if ours is None:
                verdict = "not run"
            elif kind == "ratio":
                verdict = "met" if theirs and ours / theirs <= value else "not met"
            else:
                verdict = "met" if ours < value else "not met"
        runs = "/".join(str(count[k]) for k in ("ours", "peer") if k in count) or "—"
        w("| %s | %s | %s | %s | %s | %s | %s | %s | %s |" % (command, what, ours_text, peer, seconds(theirs), ratio, runs,
                                                            target, verdict))
    w("")
    no_cds_v, _ = medians("version-nocds")
    no_cds_o, _ = medians("validate-one-nocds")
    w("Start-up lever: the launcher maps an application class-data sharing archive (see below). Without it")
    w("(`SECUREBASE_CDS=off`), `securebase --version` takes %s and `securebase validate ONE-FILE` %s (medians, same run)."
      % (seconds(no_cds_v.get("ours")), seconds(no_cds_o.get("ours"))))
    w("")
    w("## Peak memory")
    w("")
    w("Peak resident set size (GNU `time -v`, whole process tree) of one run; peers at 1× only.")
    w("")
    w("| command | scale | input | peak RSS | wall |")
    w("| --- | --- | --- | --- | --- |")
    inputs = {"validate": {"1x": "10,000 files", "10x": "100,000 files", "100x": "1,000,000 files"},
              "validate-64m": {"1x": "10,000 files, heap capped at 64 MB", "10x": "100,000 files, heap capped at 64 MB"},
              "version": {"1x": "—"},
              "gradebook": {"1x": "10,000 × 60", "10x": "100,000 × 60"},
              "certificates": {"1x": "1,000 trainees", "10x": "10,000 trainees"}}
    for name in ("validate", "validate-64m", "version", "gradebook", "certificates"):
        for side in ("ours", "peer"):
            for scale in ("1x", "10x", "100x"):
                base = os.path.join(RESULTS, "rss-%s-%s-%s" % (name, side, scale))
                if not os.path.exists(base + ".kb"):
                    continue
                kb = open(base + ".kb", encoding="utf-8").read().strip()
                wall = open(base + ".wall", encoding="utf-8").read().strip() if os.path.exists(base + ".wall") else "—"
                rss = "%.0f MB" % (int(kb) / 1024) if kb.isdigit() else kb
                who = "securebase " + name if side == "ours" else "peer of " + name
                w("| %s | %s | %s | %s | %s |" % (who, scale, inputs[name].get(scale, "—"), rss, wall))
    for name in ("gradebook", "certificates"):
        if missing(name):
            w("| securebase %s | — | — | not run: command missing | — |" % name)
    w("")
    live = {}
    for scale in ("1x", "10x"):
        path = os.path.join(RESULTS, "live-heap-validate-%s.mb" % scale)
        if os.path.exists(path):
            live[scale] = open(path, encoding="utf-8").read().strip()
    if len(live) == 2:
        w("Live heap of `securebase validate` (largest heap after a collection, serial GC log): %s MB at 10,000 files,"
          % live["1x"])
        w("%s MB at 100,000. Vignettes are dropped once checked; what grows is the digest each leaves for the"
          % live["10x"])
        w("cross-file checks (decision 0004).")
        w("")
    w("## Hot paths (JMH)")
    w("")
    if os.path.exists(JMH):
        with open(JMH, encoding="utf-8") as f:
            jmh = json.load(f)
        w("`java -jar bench/target/benchmarks.jar` (one fork, warm-up then measured iterations; raw results in")
        w("`docs/performance/jmh-results.json`).")
        w("")
        w("| benchmark | what | score | error (99.9 %) | unit |")
        w("| --- | --- | --- | --- | --- |")
        what = {
            "loadAndValidateOneVignette": "secure parse + schema validation + binding + mapping of one vignette file",
            "assembleHundredQuestionQuiz": "draw a 100-question quiz from 1,000 vignettes",
            "scoreFullAttempt": "score one attempt of 100 answers",
            "itemAnalysis10000x100": "item analysis of 10,000 attempts × 100 questions",
            "recordBatchOf100Attempts": "record 100 attempts × 100 responses in one SQLite transaction",
            "issueOneCertificate": "one signed CE certificate PDF",
            "streamGradebookRows": "gradebook workbook of 1,000 trainees × 60 questions, rows streamed",
        }
        for b in jmh:
            short = b["benchmark"].rsplit(".", 1)[1]
            cls = b["benchmark"].rsplit(".", 2)[1]
            metric = b["primaryMetric"]
            w("| %s.%s | %s | %.1f | ± %.1f | %s |" % (cls, short, what.get(short, ""), metric["score"],
                                                    metric["scoreError"] if metric["scoreError"] == metric["scoreError"] else 0,
                                                    metric["scoreUnit"]))
    else:
        w("No JMH results: run `java -jar bench/target/benchmarks.jar -rf json -rff docs/performance/jmh-results.json`.")
    w("")
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "performance-notes.md"), encoding="utf-8") as f:
        w(f.read().rstrip())
    w("")
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    main()
