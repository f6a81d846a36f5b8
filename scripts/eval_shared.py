#!/usr/bin/env python3
"""`make eval`: one table of sitrep on every evaluation set, also written as JSON for diffing.

    python scripts/eval_shared.py SHARED [--sample N] [--seed S] [--workers N] [--json eval-results.json]
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from sitrep.evaluate.suite import format_table, run_suite

PROJECT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("shared", nargs="?", default="../shared", help="the shared evaluation folder")
    parser.add_argument("--sample", type=int, default=0, help="reports drawn per set (0: all)")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--workers", type=int, default=2, help="extraction processes")
    parser.add_argument("--json", default="eval-results.json", help="where to write the table as JSON")
    args = parser.parse_args()
    shared = Path(args.shared)
    if not shared.is_dir():
        parser.exit(1, f"error: {shared}: no such folder\n")
    results = run_suite(shared.resolve(), PROJECT, sample=args.sample, seed=args.seed, workers=args.workers)
    print(format_table(results))
    Path(args.json).write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"written {args.json}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
