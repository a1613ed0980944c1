#!/usr/bin/env python3
"""Reference item analysis for the quiz engine's tests (Python 3 standard library only).

Reads marks.csv (a header row of item names, a 'max' row of maximum marks, then one row per
attempt) and writes expected.csv: statistic,item,value, with 'NA' where a statistic is undefined.
The definitions follow Moodle's quiz statistics report; see docs/item-analysis.md.

Run from this directory:  python3 reference.py marks.csv expected.csv
"""
import csv
import math
import sys


def mean(v):
    return sum(v) / len(v)


def cov(a, b):
    ma, mb = mean(a), mean(b)
    return sum((x - ma) * (y - mb) for x, y in zip(a, b)) / (len(a) - 1)


def main(src, dst):
    with open(src, newline="") as f:
        rows = list(csv.reader(f))
    items = rows[0][1:]
    maxima = [float(x) for x in rows[1][1:]]
    marks = [[float(x) for x in r[1:]] for r in rows[2:]]
    s = len(marks)
    totals = [sum(r) for r in marks]
    out = []
    sum_var = 0.0
    for i, name in enumerate(items):
        x = [r[i] for r in marks]
        rest = [t - xi for t, xi in zip(totals, x)]
        vx, vr = cov(x, x), cov(rest, rest)
        sum_var += vx
        out.append(("facility", name, mean(x) / maxima[i]))
        out.append(("sd", name, math.sqrt(vx) / maxima[i]))
        c = cov(x, rest)
        out.append(("discrimination_index", name, 100 * c / math.sqrt(vx * vr) if vx > 0 and vr > 0 else None))
        cmax = cov(sorted(x), sorted(rest))
        out.append(("discriminative_efficiency", name, 100 * c / cmax if cmax > 0 else None))
    m = mean(totals)
    srt = sorted(totals)
    median = srt[s // 2] if s % 2 else (srt[s // 2 - 1] + srt[s // 2]) / 2
    m2 = sum((t - m) ** 2 for t in totals) / s
    m3 = sum((t - m) ** 3 for t in totals) / s
    m4 = sum((t - m) ** 4 for t in totals) / s
    k2 = s * m2 / (s - 1)
    k3 = s * s * m3 / ((s - 1) * (s - 2))
    k4 = s * s / ((s - 1) * (s - 2) * (s - 3)) * ((s + 1) * m4 - 3 * (s - 1) * m2 * m2)
    p = len(items)
    alpha = p / (p - 1) * (1 - sum_var / k2)
    er = 100 * math.sqrt(1 - alpha)
    out += [("mean", "", m), ("median", "", median), ("sd", "", math.sqrt(k2)),
            ("skewness", "", k3 / k2 ** 1.5), ("kurtosis", "", k4 / k2 ** 2),
            ("cronbach_alpha", "", alpha), ("error_ratio", "", er), ("standard_error", "", er / 100 * math.sqrt(k2))]
    with open(dst, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["statistic", "item", "value"])
        for stat, item, value in out:
            w.writerow([stat, item, "NA" if value is None else repr(value)])


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
