#!/usr/bin/python3
"""Peer of `securebase gradebook`: the same sheets from the same result database, written with
openpyxl in write-only (streaming) mode, as a Python user would write them.

Usage: gradebook_openpyxl.py RESULTS.db QUIZ-ID OUT.xlsx

Sheets: Summary (one row per trainee), Responses (trainee x question marks), Concept mastery
(share of points per concept), Item analysis (facility and discrimination per question), Test
statistics. Charts are left out: openpyxl cannot add charts in write-only mode.
"""
import json
import sqlite3
import statistics
import sys

from openpyxl import Workbook


def main(db_path, quiz_id, out_path):
    db = sqlite3.connect(db_path)
    content = json.loads(db.execute("SELECT content FROM quiz WHERE id = ?", (quiz_id,)).fetchone()[0])
    points, concepts = {}, {}
    for vignette in content["content"]:
        for q in vignette["questions"]:
            ref = vignette["id"] + "#" + q["id"]
            points[ref] = q["points"]
            concepts[ref] = q["concepts"]
    refs = [ref for section in content["sections"] for block in section["blocks"] for ref in block["questions"]]
    concept_ids = sorted({c for ref in refs for c in concepts[ref]})

    attempts = db.execute(
        "SELECT a.id, a.trainee_id, t.name, a.score, a.max_score, a.percent, a.passed FROM attempt a "
        "JOIN trainee t ON t.id = a.trainee_id WHERE a.quiz_id = ? AND a.counted ORDER BY a.trainee_id", (quiz_id,)).fetchall()
    marks = {}
    for attempt_id, ref, mark in db.execute(
            "SELECT r.attempt_id, r.question_ref, r.mark FROM response r JOIN attempt a ON a.id = r.attempt_id "
            "WHERE a.quiz_id = ?", (quiz_id,)):
        marks.setdefault(attempt_id, {})[ref] = mark or 0.0

    wb = Workbook(write_only=True)
    summary = wb.create_sheet("Summary")
    summary.append(["Trainee", "Name", "Score", "Max", "Percent", "Passed"])
    responses = wb.create_sheet("Responses")
    responses.append(["Trainee"] + ["Q%d" % (i + 1) for i in range(len(refs))])
    mastery = wb.create_sheet("Concept mastery")
    mastery.append(["Trainee"] + concept_ids)
    columns = {ref: [] for ref in refs}
    totals = []
    for attempt_id, trainee, name, score, max_score, percent, passed in attempts:
        m = marks.get(attempt_id, {})
        summary.append([trainee, name, score, max_score, percent / 100.0, "yes" if passed else "no"])
        row = [m.get(ref, 0.0) for ref in refs]
        responses.append([trainee] + row)
        earned, possible = {}, {}
        for ref, mark in zip(refs, row):
            columns[ref].append(mark)
            for c in concepts[ref]:
                earned[c] = earned.get(c, 0.0) + mark
                possible[c] = possible.get(c, 0) + points[ref]
        mastery.append([trainee] + [earned[c] / possible[c] if possible.get(c) else None for c in concept_ids])
        totals.append(score)

    items = wb.create_sheet("Item analysis")
    items.append(["Question", "Reference", "Facility", "Discrimination"])
    for i, ref in enumerate(refs):
        x = columns[ref]
        rest = [t - v for t, v in zip(totals, x)]
        facility = statistics.fmean(x) / points[ref] if x and points[ref] else None
        try:
            discrimination = statistics.correlation(x, rest)
        except (statistics.StatisticsError, AttributeError):
            discrimination = None
        items.append(["Q%d" % (i + 1), ref, facility, discrimination])

    stats = wb.create_sheet("Test statistics")
    stats.append(["Statistic", "Value"])
    stats.append(["trainees", len(totals)])
    if len(totals) > 1:
        stats.append(["mean score", statistics.fmean(totals)])
        stats.append(["standard deviation", statistics.stdev(totals)])
    wb.save(out_path)


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit("usage: gradebook_openpyxl.py RESULTS.db QUIZ-ID OUT.xlsx")
    main(*sys.argv[1:])
