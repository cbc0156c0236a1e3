#!/usr/bin/env python3
"""Validate the jobs-18 labelled corpus with ../jobs_check.py. Python standard
library only.

Usage:
    python3 check.py            # totals line and OK, or PROBLEM: lines (exit 1)
    python3 check.py --table    # per-posting counts first
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from jobs_check import main  # noqa: E402

# Exactly these directories carry a keyword-stuffed resume.
STUFFED = {
    "maresia-backend-engineer",
    "pollenrow-site-reliability-engineer",
    "yunqiao-ml-infrastructure-engineer",
}

if __name__ == "__main__":
    sys.exit(main(HERE, STUFFED, sys.argv[1:]))
