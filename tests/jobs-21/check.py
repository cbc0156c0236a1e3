#!/usr/bin/env python3
"""Validate the jobs-21 labelled corpus with ../jobs_check.py. Python standard
library only.

Usage:
    python3 check.py            # totals line and OK, or PROBLEM: lines (exit 1)
    python3 check.py --table    # per-posting counts first

It finds jobs_check.py in its parent directory (tests/). While the corpus sits
outside the tree, point JOBS_CHECK_DIR at the directory holding jobs_check.py.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
if os.environ.get("JOBS_CHECK_DIR"):
    sys.path.insert(0, os.environ["JOBS_CHECK_DIR"])
from jobs_check import main  # noqa: E402

# Exactly these directories carry a keyword-stuffed resume.
STUFFED = {
    "glassmoth-data-engineer",
    "hazelrig-platform-engineer",
    "sorrelpay-payments-backend-engineer",
}

if __name__ == "__main__":
    sys.exit(main(HERE, STUFFED, sys.argv[1:]))
