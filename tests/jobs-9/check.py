#!/usr/bin/env python3
"""Consistency checker for the jobs-9 labelled JD-matching corpus.

Standard library only. Finds the corpus from this file's own directory and
treats every subdirectory holding a posting.txt as one posting.

Usage: python3 check.py          # check, print totals and OK
       python3 check.py --table  # also print a per-posting table
"""
import os
import re
import sys

ROOT = os.path.dirname(os.path.abspath(__file__))

# Directories that (and only that) carry a keyword-stuffed resume.
STUFFED = {
    "quillstream-backend-go",
    "saltmarsh-data-engineer",
    "cobalto-security-engineer",
}

REQUIRED = ["posting.txt", "terms.tsv", "traps.txt", "resume.txt", "shows.tsv"]
SHOWN_MIN, SHOWN_MAX = 0.55, 0.70


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def nonblank_lines(path):
    out = []
    for n, raw in enumerate(read(path).split("\n"), 1):
        line = raw.rstrip("\r")
        if line.strip():
            out.append((n, line))
    return out


def check_dir(name, problems):
    d = os.path.join(ROOT, name)
    missing = [f for f in REQUIRED if not os.path.isfile(os.path.join(d, f))]
    if missing:
        problems.append(f"{name}: missing {', '.join(missing)}")
        return None
    posting = read(os.path.join(d, "posting.txt"))
    low = posting.lower()
    stats = {"words": len(re.findall(r"\S+", posting)), "must": 0, "nice": 0,
             "traps": 0, "shown": 0, "stuffed": 0}

    canon = {}          # lowercased canonical -> canonical as written
    labelled = set()    # lowercased canonicals and alternatives
    for n, line in nonblank_lines(os.path.join(d, "terms.tsv")):
        fields = line.split("\t")
        where = f"{name}/terms.tsv:{n}"
        if len(fields) not in (2, 3):
            problems.append(f"{where}: expected 2 or 3 tab-separated fields, got {len(fields)}")
            continue
        weight, term = fields[0], fields[1].strip()
        alts = [a.strip() for a in fields[2].split(",") if a.strip()] if len(fields) == 3 else []
        if weight not in ("must", "nice"):
            problems.append(f"{where}: first field must be 'must' or 'nice', got {weight!r}")
            continue
        if not term:
            problems.append(f"{where}: empty canonical term")
            continue
        if term.lower() in canon:
            problems.append(f"{where}: duplicate canonical term {term!r}")
            continue
        canon[term.lower()] = term
        stats[weight] += 1
        forms = [term] + alts
        labelled.update(f.lower() for f in forms)
        if not any(f.lower() in low for f in forms):
            problems.append(f"{where}: neither {term!r} nor its alternatives appear in posting.txt")

    traps = nonblank_lines(os.path.join(d, "traps.txt"))
    stats["traps"] = len(traps)
    seen = set()
    for n, trap in traps:
        where = f"{name}/traps.txt:{n}"
        if trap not in posting:
            problems.append(f"{where}: trap {trap!r} is not a verbatim substring of posting.txt")
        if trap.lower() in labelled:
            problems.append(f"{where}: trap {trap!r} equals a labelled term or alternative")
        if trap.lower() in seen:
            problems.append(f"{where}: duplicate trap {trap!r}")
        seen.add(trap.lower())

    shown = set()
    for n, line in nonblank_lines(os.path.join(d, "shows.tsv")):
        term = line.strip()
        where = f"{name}/shows.tsv:{n}"
        if term not in canon.values():
            problems.append(f"{where}: {term!r} is not a canonical term of terms.tsv")
        if term in shown:
            problems.append(f"{where}: duplicate {term!r}")
        shown.add(term)
    stats["shown"] = len(shown)
    total = stats["must"] + stats["nice"]
    if total:
        ratio = len(shown) / total
        if not SHOWN_MIN <= ratio <= SHOWN_MAX:
            problems.append(f"{name}: shows.tsv covers {ratio:.0%} of terms "
                            f"({len(shown)}/{total}); expected {SHOWN_MIN:.0%}-{SHOWN_MAX:.0%}")
    else:
        problems.append(f"{name}: terms.tsv has no terms")

    has_stuffed = os.path.isfile(os.path.join(d, "resume-stuffed.txt"))
    stats["stuffed"] = int(has_stuffed)
    if has_stuffed and name not in STUFFED:
        problems.append(f"{name}: has resume-stuffed.txt but is not in STUFFED")
    if name in STUFFED and not has_stuffed:
        problems.append(f"{name}: listed in STUFFED but has no resume-stuffed.txt")
    return stats


def main(argv):
    problems = []
    names = sorted(n for n in os.listdir(ROOT)
                   if os.path.isfile(os.path.join(ROOT, n, "posting.txt")))
    for s in sorted(STUFFED - set(names)):
        problems.append(f"STUFFED lists {s!r}, which is not a posting directory")
    totals = {"postings": 0, "must": 0, "nice": 0, "traps": 0, "shown": 0, "stuffed": 0}
    rows = []
    for name in names:
        st = check_dir(name, problems)
        if st is None:
            continue
        totals["postings"] += 1
        for k in ("must", "nice", "traps", "shown", "stuffed"):
            totals[k] += st[k]
        rows.append((name, st))
    if "--table" in argv:
        for name, st in rows:
            print(f"{name:34} words {st['words']:4}  must {st['must']:3}  nice {st['nice']:3}  "
                  f"traps {st['traps']:3}  shown {st['shown']:3}  stuffed {'yes' if st['stuffed'] else 'no'}")
    print("postings {postings}  must {must}  nice {nice}  traps {traps}  "
          "shown {shown}  stuffed {stuffed}".format(**totals))
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        print(f"{len(problems)} problem(s)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
