#!/usr/bin/env python3
"""Validate a labelled postings corpus (tests/jobs-10/ and after). Python
standard library only. Each corpus's check.py runs it with its directory and
the postings that carry a keyword-stuffed resume.

Usage, from a corpus's directory:
    python3 check.py            # totals line and OK, or PROBLEM: lines (exit 1)
    python3 check.py --table    # per-posting counts first
"""
import os
import re
import sys

REQUIRED = ("posting.txt", "terms.tsv", "traps.txt", "resume.txt", "shows.tsv")
EXPECTED_POSTINGS = 16
FULL_TERMS = (25, 50)      # terms per full posting
SHORT_TERMS = (12, 18)     # terms per short posting
SHORT_POSTINGS = (1, 2)    # how many short postings the corpus has
TRAPS = (15, 25)           # traps per posting
COVERAGE = (0.55, 0.70)    # shown / labelled terms, per resume
MIN_RESUME_WORDS = 150

problems = []


def problem(msg):
    problems.append(msg)


def norm(text):
    """Case-fold and collapse whitespace (line wraps in a paste do not matter)."""
    return re.sub(r"\s+", " ", text).casefold()


def appears(needle, hay_norm):
    """Verbatim, case-insensitive, not glued to a neighbouring word character.

    "Go" must not be found inside "Google", "SQL" not inside "PostgreSQL",
    ".NET" not inside "ASP.NET". Terms that begin or end with punctuation
    (C++, C#, .NET, TLA+) are handled because the guard only looks at the
    character outside the match.
    """
    pat = r"(?<!\w)" + re.escape(norm(needle)) + r"(?!\w)"
    return re.search(pat, hay_norm) is not None


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def lines_of(path):
    return read(path).splitlines()


def check_posting(root, name):
    d = os.path.join(root, name)
    row = {"dir": name, "words": 0, "must": 0, "nice": 0, "traps": 0,
           "shown": 0, "terms": 0, "stuffed": False}
    missing = [f for f in REQUIRED if not os.path.isfile(os.path.join(d, f))]
    for f in missing:
        problem(f"{name}: missing {f}")
    if missing:
        return row

    posting = read(os.path.join(d, "posting.txt"))
    posting_norm = norm(posting)
    row["words"] = len(posting.split())
    if not posting.strip():
        problem(f"{name}: posting.txt is empty")

    # ---- terms.tsv -------------------------------------------------------
    canon = {}          # canonical -> weight
    labelled = {}       # normalised canonical/alternative -> canonical owning it
    for i, line in enumerate(lines_of(os.path.join(d, "terms.tsv")), 1):
        where = f"{name}/terms.tsv:{i}"
        if not line.strip():
            problem(f"{where}: blank line")
            continue
        parts = line.split("\t")
        if len(parts) != 3:
            problem(f"{where}: expected 3 TAB-separated fields, got {len(parts)}")
            continue
        weight, term, alts_field = parts
        if weight not in ("must", "nice"):
            problem(f"{where}: weight must be 'must' or 'nice', got {weight!r}")
            continue
        if not term or term != term.strip():
            problem(f"{where}: canonical term empty or padded: {term!r}")
            continue
        if term in canon or norm(term) in {norm(c) for c in canon}:
            problem(f"{where}: canonical repeated within posting: {term!r}")
            continue
        alts = []
        if alts_field.strip():
            for a in alts_field.split(","):
                if not a.strip():
                    problem(f"{where}: empty alternative in {alts_field!r}")
                    continue
                alts.append(a.strip())
        canon[term] = weight
        row[weight] += 1
        for label in [term] + alts:
            key = norm(label)
            if key in labelled:
                problem(f"{where}: {label!r} already labelled under {labelled[key]!r}")
            else:
                labelled[key] = term
        for a in alts:
            if norm(a) == norm(term):
                problem(f"{where}: alternative equals canonical: {a!r}")
            elif not appears(a, posting_norm):
                problem(f"{where}: alternative not in posting: {a!r}")
        if not any(appears(x, posting_norm) for x in [term] + alts):
            problem(f"{where}: neither canonical nor any alternative in posting: {term!r}")

    row["terms"] = len(canon)

    # ---- traps.txt -------------------------------------------------------
    seen_traps = set()
    for i, trap in enumerate(lines_of(os.path.join(d, "traps.txt")), 1):
        where = f"{name}/traps.txt:{i}"
        if not trap.strip():
            problem(f"{where}: blank line")
            continue
        if trap != trap.strip():
            problem(f"{where}: trap has leading/trailing whitespace: {trap!r}")
        if trap not in posting:
            problem(f"{where}: trap not verbatim in posting: {trap!r}")
        if norm(trap) in seen_traps:
            problem(f"{where}: trap repeated: {trap!r}")
        seen_traps.add(norm(trap))
        if norm(trap) in labelled:
            problem(f"{where}: trap equals labelled term/alternative: {trap!r}")
        row["traps"] += 1
    if not TRAPS[0] <= row["traps"] <= TRAPS[1]:
        problem(f"{name}: {row['traps']} traps, expected {TRAPS[0]}-{TRAPS[1]}")

    # ---- resume.txt ------------------------------------------------------
    resume = read(os.path.join(d, "resume.txt"))
    if len(resume.split()) < MIN_RESUME_WORDS:
        problem(f"{name}: resume.txt has only {len(resume.split())} words")

    # ---- shows.tsv -------------------------------------------------------
    shown = set()
    for i, line in enumerate(lines_of(os.path.join(d, "shows.tsv")), 1):
        where = f"{name}/shows.tsv:{i}"
        if not line.strip():
            problem(f"{where}: blank line")
            continue
        if line not in canon:
            problem(f"{where}: not a canonical term of terms.tsv (exact spelling): {line!r}")
            continue
        if line in shown:
            problem(f"{where}: shown term repeated: {line!r}")
        shown.add(line)
    row["shown"] = len(shown)
    if canon:
        cov = len(shown) / len(canon)
        row["coverage"] = cov
        if not COVERAGE[0] <= cov <= COVERAGE[1]:
            problem(f"{name}: resume shows {len(shown)}/{len(canon)} = {cov:.1%}, "
                    f"expected {COVERAGE[0]:.0%}-{COVERAGE[1]:.0%}")

    # ---- stuffed resume --------------------------------------------------
    stuffed_path = os.path.join(d, "resume-stuffed.txt")
    row["stuffed"] = os.path.isfile(stuffed_path)
    if row["stuffed"] and not read(stuffed_path).strip():
        problem(f"{name}: resume-stuffed.txt is empty")
    return row


def main(root, stuffed, argv):
    """Checks the corpus in `root`; `stuffed` names the postings that carry a
    keyword-stuffed resume, exactly."""
    table = "--table" in argv
    names = sorted(n for n in os.listdir(root)
                   if os.path.isdir(os.path.join(root, n)) and not n.startswith((".", "_")))
    if len(names) != EXPECTED_POSTINGS:
        problem(f"expected {EXPECTED_POSTINGS} posting directories, found {len(names)}")
    for n in names:
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)+", n):
            problem(f"{n}: directory name is not employer-role (lowercase, hyphenated)")

    rows = [check_posting(root, n) for n in names]

    short = [r for r in rows if r["terms"] <= SHORT_TERMS[1]]
    for r in rows:
        lo, hi = SHORT_TERMS if r in short else FULL_TERMS
        if not lo <= r["terms"] <= hi:
            problem(f"{r['dir']}: {r['terms']} terms, expected {lo}-{hi}")
    if not SHORT_POSTINGS[0] <= len(short) <= SHORT_POSTINGS[1]:
        problem(f"{len(short)} short postings, expected {SHORT_POSTINGS[0]}-{SHORT_POSTINGS[1]}")

    stuffed_found = {r["dir"] for r in rows if r["stuffed"]}
    for n in sorted(stuffed_found - stuffed):
        problem(f"{n}: has resume-stuffed.txt but is not in the stuffed list")
    for n in sorted(stuffed - stuffed_found):
        problem(f"{n}: in the stuffed list but resume-stuffed.txt missing")

    if table:
        print(f"{'directory':40} {'words':>5} {'terms':>5} {'must':>4} {'nice':>4} "
              f"{'traps':>5} {'shown':>5} {'cover':>6}  stuffed")
        for r in rows:
            cov = r.get("coverage", 0.0)
            print(f"{r['dir']:40} {r['words']:5} {r['terms']:5} {r['must']:4} {r['nice']:4} "
                  f"{r['traps']:5} {r['shown']:5} {cov:6.1%}  {'yes' if r['stuffed'] else '-'}")
        print()

    if problems:
        for p in problems:
            print(f"PROBLEM: {p}")
        return 1
    tot = lambda k: sum(r[k] for r in rows)
    print(f"postings {len(rows)}  must {tot('must')}  nice {tot('nice')}  "
          f"traps {tot('traps')}  shown {tot('shown')}  stuffed {len(stuffed_found)}")
    print("OK")
    return 0

