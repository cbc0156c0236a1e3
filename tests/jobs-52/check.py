#!/usr/bin/env python3
"""Validate the jobs-52 labelled corpus with ../jobs_check.py. Python standard
library only.

Usage:
    python3 check.py            # totals line and OK, or PROBLEM: lines (exit 1)
    python3 check.py --table    # per-posting counts first

It finds jobs_check.py in its parent directory (tests/). While the corpus sits
outside the tree, it falls back to JOBS_CHECK_DIR if that is set, and then to
the unmodified copy of tests/jobs_check.py kept in `_check/` (the checker skips
directories whose names start with "_", so `_check/` is not read as a posting;
it can be deleted once the corpus is in tests/).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PARENT = os.path.dirname(HERE)
if os.path.isfile(os.path.join(PARENT, "jobs_check.py")):
    sys.path.insert(0, PARENT)
elif os.environ.get("JOBS_CHECK_DIR"):
    sys.path.insert(0, os.environ["JOBS_CHECK_DIR"])
else:
    sys.path.insert(0, os.path.join(HERE, "_check"))
from jobs_check import main  # noqa: E402

# Exactly these directories carry a keyword-stuffed resume.
STUFFED = {
    "brackenhale-backend-engineer",
    "ferrowick-embedded-engineer",
    "kadushi-devops-engineer",
}

if __name__ == "__main__":
    sys.exit(main(HERE, STUFFED, sys.argv[1:]))
