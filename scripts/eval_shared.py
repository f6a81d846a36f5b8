#!/usr/bin/env python3
"""`make eval`: one table of sitrep on every evaluation set, also written as JSON for diffing.

python scripts/eval_shared.py SHARED [--sample N] [--seed S] [--workers N] [--json eval-results.json]
                                     [--against OLD.json]
"""

from __future__ import annotations

import argparse
import json
import subprocess
from pathlib import Path

from sitrep.evaluate.suite import changes, format_table, run_suite

PROJECT = Path(__file__).resolve().parents[1]


def _earlier(parser: argparse.ArgumentParser, path: str | None) -> dict | None:
    if not path:
        return None
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        parser.exit(1, f"error: --against {path}: {exc}\n")
    return None


def _commit() -> str | None:
    """The commit the table was made at, to say which code a results file measures."""
    try:
        done = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=PROJECT, capture_output=True, text=True, timeout=10
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout.strip() or None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("shared", nargs="?", default="../shared", help="the shared evaluation folder")
    parser.add_argument("--sample", type=int, default=0, help="reports drawn per set (0: all)")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--workers", type=int, default=2, help="extraction processes")
    parser.add_argument("--json", default="eval-results.json", help="where to write the table as JSON")
    parser.add_argument("--against", help="an earlier results file: list the cells that moved since")
    args = parser.parse_args()
    shared = Path(args.shared)
    if not shared.is_dir():
        parser.exit(1, f"error: {shared}: no such folder\n")
    old = _earlier(parser, args.against)
    results = run_suite(shared.resolve(), PROJECT, sample=args.sample, seed=args.seed, workers=args.workers)
    results["commit"] = _commit()
    print(format_table(results))
    if old is not None:
        moved = changes(old, results)
        print(f"\nsince {args.against}:" if moved else f"\nno cell moved since {args.against}")
        if (old.get("sample"), old.get("seed")) != (results["sample"], results["seed"]):
            print("(the two runs scored different reports: sample or seed differ)")
        print("\n".join(moved))
    Path(args.json).write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"written {args.json}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
