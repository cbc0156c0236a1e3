#!/usr/bin/env python3
"""Validate the labelled JD-matching corpus in this directory (stdlib only).

Checks, per posting directory (any sub-directory holding posting.txt):
  * posting.txt, terms.tsv, traps.txt, resume.txt and shows.tsv all exist
  * every terms.tsv line has 2 or 3 tab-separated fields, the first being
    "must" or "nice", the second (canonical term) non-empty
  * no canonical term appears twice in one posting (case-insensitive)
  * each canonical term, or one of its alternatives, occurs in posting.txt
    (case-insensitive substring)
  * every trap line is a verbatim (case-sensitive) substring of posting.txt
  * no trap is itself a canonical term or a listed alternative
  * every shows.tsv line names a canonical term from terms.tsv, once
Corpus-wide:
  * exactly 3 directories hold resume-stuffed.txt

Prints the totals. Exit status is 1 if any error was found.

  python3 check.py            # validate and print totals
  python3 check.py --review   # also print per-posting shown ratios and
                              # possible mismatches between shows.tsv and
                              # resume.txt, for a human to look over
"""
import os
import re
import sys

ROOT = os.path.dirname(os.path.abspath(__file__))
REQUIRED = ["posting.txt", "terms.tsv", "traps.txt", "resume.txt", "shows.tsv"]
EXPECTED_STUFFED = 3


def read_lines(path):
    with open(path, encoding="utf-8") as f:
        return [ln.rstrip("\n").rstrip("\r") for ln in f]


def mentions(text_lower, phrase):
    """Loose literal test used only by --review: phrase as a whole word."""
    p = phrase.lower().strip()
    if not p:
        return False
    pat = r"(?<![a-z0-9])" + re.escape(p) + r"(?![a-z0-9])"
    return re.search(pat, text_lower) is not None


def check_posting(d, errors):
    name = os.path.basename(d)
    res = {"name": name, "must": 0, "nice": 0, "traps": 0, "shows": 0,
           "terms": {}, "shows_list": [], "stuffed": False}
    for fn in REQUIRED:
        if not os.path.isfile(os.path.join(d, fn)):
            errors.append(f"{name}: missing {fn}")
    if any(e.startswith(f"{name}: missing") for e in errors):
        return res
    res["stuffed"] = os.path.isfile(os.path.join(d, "resume-stuffed.txt"))

    with open(os.path.join(d, "posting.txt"), encoding="utf-8") as f:
        posting = f.read()
    posting_lower = posting.lower()

    # terms.tsv
    seen = {}
    all_forms = set()
    for i, line in enumerate(read_lines(os.path.join(d, "terms.tsv")), 1):
        if not line.strip():
            errors.append(f"{name}: terms.tsv line {i} is blank")
            continue
        fields = line.split("\t")
        if len(fields) not in (2, 3):
            errors.append(f"{name}: terms.tsv line {i} has {len(fields)} fields: {line!r}")
            continue
        weight, canon = fields[0], fields[1].strip()
        alts = [a.strip() for a in fields[2].split(",")] if len(fields) == 3 else []
        alts = [a for a in alts if a]
        if weight not in ("must", "nice"):
            errors.append(f"{name}: terms.tsv line {i} weight {weight!r} is not must|nice")
            continue
        if not canon or canon != fields[1]:
            errors.append(f"{name}: terms.tsv line {i} canonical term empty or padded: {fields[1]!r}")
            continue
        key = canon.lower()
        if key in seen:
            errors.append(f"{name}: duplicate canonical term {canon!r} (lines {seen[key]} and {i})")
            continue
        seen[key] = i
        forms = [canon] + alts
        if not any(f.lower() in posting_lower for f in forms):
            errors.append(f"{name}: neither {canon!r} nor its alternatives occur in posting.txt")
        res["terms"][canon] = (weight, alts)
        res[weight] += 1
        all_forms.update(f.lower() for f in forms)

    # traps.txt
    for i, trap in enumerate(read_lines(os.path.join(d, "traps.txt")), 1):
        if not trap.strip():
            errors.append(f"{name}: traps.txt line {i} is blank")
            continue
        if trap not in posting:
            errors.append(f"{name}: trap not in posting.txt: {trap!r}")
        if trap.lower() in all_forms:
            errors.append(f"{name}: trap {trap!r} is also a labelled term or alternative")
        res["traps"] += 1

    # shows.tsv
    shown = set()
    for i, term in enumerate(read_lines(os.path.join(d, "shows.tsv")), 1):
        if not term.strip():
            errors.append(f"{name}: shows.tsv line {i} is blank")
            continue
        if term not in res["terms"]:
            errors.append(f"{name}: shows.tsv term {term!r} is not a canonical term in terms.tsv")
            continue
        if term in shown:
            errors.append(f"{name}: shows.tsv lists {term!r} twice")
            continue
        shown.add(term)
        res["shows_list"].append(term)
        res["shows"] += 1
    return res


def review(d, r):
    with open(os.path.join(d, "resume.txt"), encoding="utf-8") as f:
        resume = f.read().lower()
    total = len(r["terms"])
    ratio = r["shows"] / total if total else 0.0
    flag = "" if 0.5 <= ratio <= 0.75 else "   <-- outside 50-75%"
    print(f"\n== {r['name']}: {r['shows']}/{total} shown ({ratio:.0%}){flag}")
    shown = set(r["shows_list"])
    for canon, (weight, alts) in r["terms"].items():
        literal = any(mentions(resume, f) for f in [canon] + alts)
        if canon in shown and not literal:
            print(f"   shown but no literal form in resume: {canon}")
        if canon not in shown and literal:
            print(f"   not shown but a form occurs in resume: {canon}")


def main():
    errors = []
    results = []
    dirs = sorted(
        os.path.join(ROOT, n) for n in os.listdir(ROOT)
        if os.path.isfile(os.path.join(ROOT, n, "posting.txt"))
    )
    for d in dirs:
        results.append(check_posting(d, errors))

    stuffed = [r["name"] for r in results if r["stuffed"]]
    if len(stuffed) != EXPECTED_STUFFED:
        errors.append(f"expected {EXPECTED_STUFFED} resume-stuffed.txt files, found {len(stuffed)}")

    if "--review" in sys.argv:
        for d, r in zip(dirs, results):
            review(d, r)
        print()

    tot = {k: sum(r[k] for r in results) for k in ("must", "nice", "traps", "shows")}
    print(f"postings:        {len(results)}")
    print(f"must-have terms: {tot['must']}")
    print(f"nice-to-have:    {tot['nice']}")
    print(f"all terms:       {tot['must'] + tot['nice']}")
    print(f"traps:           {tot['traps']}")
    print(f"shown terms:     {tot['shows']}")
    print(f"stuffed resumes: {len(stuffed)} ({', '.join(stuffed)})")
    for r in results:
        print(f"  {r['name']:<42} must {r['must']:>2}  nice {r['nice']:>2}  "
              f"traps {r['traps']:>2}  shown {r['shows']:>2}")

    if errors:
        print(f"\n{len(errors)} error(s):")
        for e in errors:
            print("  " + e)
        return 1
    print("\nOK: no errors")
    return 0


if __name__ == "__main__":
    sys.exit(main())
