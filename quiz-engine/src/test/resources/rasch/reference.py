#!/usr/bin/env python3
"""Independent reference for SecureBase's Rasch calibration (RaschCalibration.java).

Joint maximum-likelihood estimation of the Rasch / Masters partial-credit model, written from
the model's equations (Wright and Masters 1982, "Rating Scale Analysis", ch. 3 and 5) in plain
Python 3 with no libraries, by a different numerical route from the Java code: each item's
thresholds take a full Newton step with the item's whole Hessian (the covariance matrix of the
indicators [x >= k]), solved by Gaussian elimination, instead of one threshold at a time; each
person a Newton step; iterations stop when nothing moves by more than 1e-11 logits.

Categories are the distinct marks observed on an item (rounded to 9 decimals), ascending.
Persons with the lowest or highest possible total, and items with a single category, are set
aside repeatedly until none remains. Item difficulty = mean of its thresholds, centred on 0
over items. SE = 1/sqrt(sum of information), infit = sum (x-E)^2 / sum W, outfit = mean (x-E)^2/W,
person separation reliability = (var(theta) - mean(SE^2)) / var(theta), population variances.

Usage: python3 reference.py marks.csv expected.csv
marks.csv: a header "attempt,<item>,...", a line "max,<max mark>,...", then one row per attempt.
"""
import csv
import math
import sys


def read(path):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    items = rows[0][1:]
    people = [(r[0], [float(v) for v in r[1:]]) for r in rows[2:]]
    return items, people


def categories_and_filter(items, people):
    keep_p = [True] * len(people)
    keep_i = [True] * len(items)
    cats = [[] for _ in items]
    changed = True
    while changed:
        changed = False
        for i in range(len(items)):
            if not keep_i[i]:
                continue
            seen = sorted({round(people[n][1][i], 9) for n in range(len(people)) if keep_p[n]})
            cats[i] = seen
            if len(seen) < 2:
                keep_i[i] = False
                changed = True
        for n in range(len(people)):
            if not keep_p[n]:
                continue
            score = sum(cats[i].index(round(people[n][1][i], 9)) for i in range(len(items)) if keep_i[i])
            top = sum(len(cats[i]) - 1 for i in range(len(items)) if keep_i[i])
            if score == 0 or score == top:
                keep_p[n] = False
                changed = True
    return keep_p, keep_i, cats


def probs(theta, deltas):
    """Category probabilities 0..m for thresholds deltas[0..m-1]."""
    logits = [0.0]
    for d in deltas:
        logits.append(logits[-1] + theta - d)
    top = max(logits)
    e = [math.exp(v - top) for v in logits]
    s = sum(e)
    return [v / s for v in e]


def solve(a, b):
    """Solves a x = b by Gaussian elimination with partial pivoting."""
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        for r in range(c + 1, n):
            f = m[r][c] / m[c][c]
            for k in range(c, n + 1):
                m[r][k] -= f * m[c][k]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (m[r][n] - sum(m[r][k] * x[k] for k in range(r + 1, n))) / m[r][r]
    return x


def calibrate(x, m):
    persons, items = len(x), len(m)
    delta = [[0.0] * m[i] for i in range(items)]
    theta = [0.0] * persons
    for iteration in range(1, 5001):
        moved = 0.0
        for i in range(items):
            k = m[i]
            grad = [0.0] * k
            cov = [[0.0] * k for _ in range(k)]
            for n in range(persons):
                p = probs(theta[n], delta[i])
                at_least = [sum(p[j:]) for j in range(1, k + 1)]
                for a in range(k):
                    grad[a] += at_least[a] - (1.0 if x[n][i] >= a + 1 else 0.0)
                    for b in range(k):
                        cov[a][b] += at_least[max(a, b)] - at_least[a] * at_least[b]
            step = solve(cov, grad)
            scale = min(1.0, 1.0 / max(abs(s) for s in step)) if max(abs(s) for s in step) > 1 else 1.0
            for a in range(k):
                delta[i][a] += scale * step[a]
                moved = max(moved, abs(scale * step[a]))
        centre = sum(sum(d) / len(d) for d in delta) / items
        delta = [[v - centre for v in d] for d in delta]
        for n in range(persons):
            expected = variance = 0.0
            score = sum(x[n])
            for i in range(items):
                p = probs(theta[n], delta[i])
                e = sum(c * p[c] for c in range(len(p)))
                expected += e
                variance += sum((c - e) ** 2 * p[c] for c in range(len(p)))
            step = max(-1.0, min(1.0, (score - expected) / variance))
            theta[n] += step
            moved = max(moved, abs(step))
        if moved < 1e-11:
            break
    return delta, theta


def main(src, dst):
    items, people = read(src)
    keep_p, keep_i, cats = categories_and_filter(items, people)
    idx_i = [i for i in range(len(items)) if keep_i[i]]
    idx_p = [n for n in range(len(people)) if keep_p[n]]
    x = [[cats[i].index(round(people[n][1][i], 9)) for i in idx_i] for n in idx_p]
    m = [len(cats[i]) - 1 for i in idx_i]
    delta, theta = calibrate(x, m)
    person_info = [0.0] * len(idx_p)
    out = ["item,categories,difficulty,se,infit,outfit"]
    for j, i in enumerate(idx_i):
        info = sq = std = 0.0
        for n in range(len(idx_p)):
            p = probs(theta[n], delta[j])
            e = sum(c * p[c] for c in range(len(p)))
            w = sum((c - e) ** 2 * p[c] for c in range(len(p)))
            r = x[n][j] - e
            info += w
            person_info[n] += w
            sq += r * r
            std += r * r / w
        difficulty = sum(delta[j]) / len(delta[j])
        out.append("%s,%d,%.9f,%.9f,%.9f,%.9f" % (items[i], m[j] + 1, difficulty, 1 / math.sqrt(info),
                                                  sq / info, std / len(idx_p)))
    mean = sum(theta) / len(theta)
    observed = sum((t - mean) ** 2 for t in theta) / len(theta)
    error = sum(1 / v for v in person_info) / len(theta)
    reliability = max(0.0, (observed - error) / observed) if observed > 0 else 0.0
    out.append("persons,%d,%d" % (len(idx_p), len(people) - len(idx_p)))
    out.append("reliability,%.9f" % reliability)
    with open(dst, "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
