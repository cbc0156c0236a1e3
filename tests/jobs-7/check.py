#!/usr/bin/env python3
"""Validate the labelled JD-matching corpus that lives next to this file.

Each sub-directory is one posting and must hold posting.txt, terms.tsv,
traps.txt, resume.txt and shows.tsv (resume-stuffed.txt is optional).
Stdlib only. Exits 1 if any problem is found, 0 otherwise.
"""
import os
import sys

ROOT = os.path.dirname(os.path.abspath(__file__))
REQUIRED = ("posting.txt", "terms.tsv", "traps.txt", "resume.txt", "shows.tsv")


def read_lines(path):
    with open(path, encoding="utf-8") as fh:
        return [ln.rstrip("\r\n") for ln in fh]


def main():
    problems = []
    totals = {"postings": 0, "must": 0, "nice": 0, "traps": 0, "shown": 0}
    stuffed = []

    dirs = sorted(
        d for d in os.listdir(ROOT)
        if os.path.isdir(os.path.join(ROOT, d)) and not d.startswith((".", "_"))
    )
    for name in dirs:
        here = os.path.join(ROOT, name)
        missing = [f for f in REQUIRED if not os.path.isfile(os.path.join(here, f))]
        if missing:
            problems.append(f"{name}: missing {', '.join(missing)}")
            continue
        totals["postings"] += 1
        if os.path.isfile(os.path.join(here, "resume-stuffed.txt")):
            stuffed.append(name)

        with open(os.path.join(here, "posting.txt"), encoding="utf-8") as fh:
            posting = fh.read()
        posting_low = posting.lower()

        # terms.tsv
        canon = {}          # lower-cased canonical -> canonical as written
        wordings = set()    # every canonical term and alternative, lower-cased
        for n, line in enumerate(read_lines(os.path.join(here, "terms.tsv")), 1):
            if not line.strip():
                continue
            fields = line.split("\t")
            where = f"{name}/terms.tsv:{n}"
            if len(fields) not in (2, 3):
                problems.append(f"{where}: expected 2 or 3 tab-separated fields, got {len(fields)}")
                continue
            weight, term = fields[0], fields[1].strip()
            if weight not in ("must", "nice"):
                problems.append(f"{where}: first field must be 'must' or 'nice', got {weight!r}")
                continue
            if not term:
                problems.append(f"{where}: empty canonical term")
                continue
            alts = []
            if len(fields) == 3 and fields[2].strip():
                alts = [a.strip() for a in fields[2].split(",") if a.strip()]
            key = term.lower()
            if key in canon:
                problems.append(f"{where}: duplicate canonical term {term!r}")
                continue
            canon[key] = term
            totals[weight] += 1
            forms = [term] + alts
            wordings.update(f.lower() for f in forms)
            if not any(f.lower() in posting_low for f in forms):
                problems.append(f"{where}: neither {term!r} nor its alternatives appear in posting.txt")

        # traps.txt
        for n, trap in enumerate(read_lines(os.path.join(here, "traps.txt")), 1):
            if not trap.strip():
                continue
            where = f"{name}/traps.txt:{n}"
            totals["traps"] += 1
            if trap not in posting:
                problems.append(f"{where}: trap {trap!r} is not a verbatim substring of posting.txt")
            if trap.strip().lower() in wordings:
                problems.append(f"{where}: trap {trap!r} equals a labelled term or alternative")

        # shows.tsv
        seen = set()
        for n, shown in enumerate(read_lines(os.path.join(here, "shows.tsv")), 1):
            if not shown.strip():
                continue
            where = f"{name}/shows.tsv:{n}"
            shown = shown.strip()
            if shown in seen:
                problems.append(f"{where}: {shown!r} listed twice")
                continue
            seen.add(shown)
            totals["shown"] += 1
            if shown.lower() not in canon:
                problems.append(f"{where}: {shown!r} is not a canonical term in terms.tsv")
            elif canon[shown.lower()] != shown:
                problems.append(f"{where}: {shown!r} is spelled differently in terms.tsv ({canon[shown.lower()]!r})")

    for p in problems:
        print("PROBLEM:", p)
    print(f"postings: {totals['postings']}")
    print(f"must-have terms: {totals['must']}")
    print(f"nice-to-have terms: {totals['nice']}")
    print(f"terms total: {totals['must'] + totals['nice']}")
    print(f"traps: {totals['traps']}")
    print(f"shown terms: {totals['shown']}")
    print(f"stuffed resumes ({len(stuffed)}): {', '.join(stuffed)}")
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
