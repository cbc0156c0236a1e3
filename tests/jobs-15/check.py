#!/usr/bin/env python3
"""Validate the jobs-15 labelled corpus with ../jobs_check.py. Python standard
library only.

Usage:
    python3 check.py            # totals line and OK, or PROBLEM: lines (exit 1)
    python3 check.py --table    # per-posting counts first

When the corpus sits in tests/jobs-15/, jobs_check.py is found in the parent
directory. While it is drafted elsewhere, set JOBS_CHECK_DIR to the directory
that holds jobs_check.py (default fallback: /work/main/tests); the file is only
imported, never written.
"""
import os
import sys

sys.dont_write_bytecode = True  # never leave a __pycache__ beside jobs_check.py
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
if not os.path.isfile(os.path.join(os.path.dirname(HERE), "jobs_check.py")):
    sys.path.insert(0, os.environ.get("JOBS_CHECK_DIR", "/work/main/tests"))
from jobs_check import main  # noqa: E402

# Exactly these directories carry a keyword-stuffed resume.
STUFFED = {
    "calderix-dotnet-backend-engineer",
    "quorvant-site-reliability-engineer",
    "tsukimaru-machine-learning-engineer",
}

if __name__ == "__main__":
    sys.exit(main(HERE, STUFFED, sys.argv[1:]))
