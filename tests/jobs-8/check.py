#!/usr/bin/env python3
"""Consistency checks for the jobs-8 labelled JD-matching corpus.

Finds the corpus from this file's own directory (every subdirectory that
holds a posting.txt) and checks:
  * every terms.tsv line has 2 or 3 tab-separated fields, must/nice first;
  * no posting has a duplicate canonical term;
  * each canonical term or one of its alternatives appears in the posting
    (case-insensitive);
  * every trap is a verbatim substring of its posting;
  * no trap equals a labelled term or alternative (case-insensitive);
  * every shows.tsv term exists in that directory's terms.tsv;
  * exactly the stuffed directories (STUFFED below) have resume-stuffed.txt.
Prints totals and exits non-zero on any problem.
"""
import os
import sys

STUFFED = {
    "tallowmere-site-reliability-engineer",
    "brindlewood-frontend-engineer",
    "tamarind-basket-database-engineer",
}
REQUIRED = ["posting.txt", "terms.tsv", "traps.txt", "resume.txt", "shows.tsv"]


def read_lines(path):
    with open(path, encoding="utf-8") as f:
        return [line.rstrip("\r\n") for line in f]


def main():
    root = os.path.dirname(os.path.abspath(__file__))
    dirs = sorted(
        d for d in os.listdir(root)
        if os.path.isfile(os.path.join(root, d, "posting.txt"))
    )
    problems = []
    totals = {"postings": 0, "must": 0, "nice": 0, "traps": 0,
              "shown": 0, "stuffed": 0}

    for d in dirs:
        path = os.path.join(root, d)
        totals["postings"] += 1
        for name in REQUIRED:
            if not os.path.isfile(os.path.join(path, name)):
                problems.append(f"{d}: missing {name}")
        if any(not os.path.isfile(os.path.join(path, n)) for n in REQUIRED):
            continue

        with open(os.path.join(path, "posting.txt"), encoding="utf-8") as f:
            posting = f.read()
        low = posting.lower()

        canon = {}
        labelled = set()
        for i, line in enumerate(read_lines(os.path.join(path, "terms.tsv")), 1):
            if not line.strip():
                problems.append(f"{d}/terms.tsv:{i}: blank line")
                continue
            fields = line.split("\t")
            if len(fields) not in (2, 3):
                problems.append(f"{d}/terms.tsv:{i}: {len(fields)} fields: {line!r}")
                continue
            weight, term = fields[0], fields[1].strip()
            alts = []
            if len(fields) == 3 and fields[2].strip():
                alts = [a.strip() for a in fields[2].split(",") if a.strip()]
            if weight not in ("must", "nice"):
                problems.append(f"{d}/terms.tsv:{i}: weight {weight!r}")
                continue
            if not term:
                problems.append(f"{d}/terms.tsv:{i}: empty term")
                continue
            if term.lower() in canon:
                problems.append(f"{d}/terms.tsv:{i}: duplicate term {term!r}")
                continue
            canon[term.lower()] = term
            totals[weight] += 1
            forms = [term] + alts
            labelled.update(x.lower() for x in forms)
            if not any(x.lower() in low for x in forms):
                problems.append(f"{d}/terms.tsv:{i}: {term!r} (nor any alternative) not in posting")

        traps = [t for t in read_lines(os.path.join(path, "traps.txt")) if t.strip()]
        totals["traps"] += len(traps)
        for t in traps:
            if t not in posting:
                problems.append(f"{d}/traps.txt: not verbatim in posting: {t!r}")
            if t.strip().lower() in labelled:
                problems.append(f"{d}/traps.txt: equals a labelled term: {t!r}")

        shows = [s.strip() for s in read_lines(os.path.join(path, "shows.tsv")) if s.strip()]
        totals["shown"] += len(shows)
        seen = set()
        for s in shows:
            if s.lower() in seen:
                problems.append(f"{d}/shows.tsv: duplicate {s!r}")
            seen.add(s.lower())
            if s not in canon.values():
                problems.append(f"{d}/shows.tsv: {s!r} is not a canonical term in terms.tsv")

        has_stuffed = os.path.isfile(os.path.join(path, "resume-stuffed.txt"))
        if has_stuffed:
            totals["stuffed"] += 1
        if has_stuffed != (d in STUFFED):
            problems.append(f"{d}: resume-stuffed.txt {'present' if has_stuffed else 'missing'}"
                            f" but directory is {'' if d in STUFFED else 'not '}listed as stuffed")

    for d in STUFFED - set(dirs):
        problems.append(f"stuffed directory {d} does not exist")

    for p in problems:
        print("PROBLEM:", p)
    print("postings {postings}  must {must}  nice {nice}  traps {traps}  "
          "shown {shown}  stuffed {stuffed}".format(**totals))
    if problems:
        print(f"{len(problems)} problem(s)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
