"""ACLED event types, held out: train on one fold of the ACLED notes, score the rules and the model on the other.

Usage: python scripts/eval_types.py SHARED [--limit N] [--keep DIR]

The notes of SHARED/data/ext/acled_notes.dev.jsonl are split by a hash of
their text: fold A (sha1 of the note as the model reads it, lowercased, even) is
written out as an ACLED export (CSV) and given to `sitrep train`; fold B (odd)
is read by the whole pipeline twice,
once with the codebook rules and once with the model, and the main event's
type and sub-type are compared with ACLED's. Nothing is written into the
repository: the export and the model live in a temporary folder (or --keep).

The key is the text, not the id: ACLED codes one report as several events
(one per pair of actors) with the same note, and an id split put one copy in
each fold, so the model was scored on notes it had been trained on.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

EXPORT_COLUMNS = (
    "event_id_cnty",
    "event_date",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "country",
    "fatalities",
    "notes",
)


def fold(notes: str) -> str:
    """A or B by the note's own words: the same note is always in the same fold."""
    from sitrep.events.typemodel import normalise

    key = normalise(notes).lower()
    return "A" if int(hashlib.sha1(key.encode("utf-8")).hexdigest(), 16) % 2 == 0 else "B"


def write_export(rows: list[dict], path: Path) -> None:
    """Rows as ACLED's export writes them: its own type strings, kept in the notes file's meta."""
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=EXPORT_COLUMNS)
        writer.writeheader()
        for r in rows:
            meta = r.get("meta", {})
            writer.writerow(
                {
                    "event_id_cnty": meta.get("acled_event_id", r["id"]),
                    "event_date": r["gold"].get("date", ""),
                    "event_type": meta["source_event_type"],
                    "sub_event_type": meta["source_sub_event_type"],
                    "actor1": meta.get("actor1") or "",
                    "actor2": meta.get("actor2") or "",
                    "country": meta.get("source_country") or "",
                    "fatalities": r["gold"].get("killed", ""),
                    "notes": r["text"],
                }
            )


def score(rows: list[dict], type_model: str | None) -> tuple[float, float, int, str, float]:
    """Accuracy of the main event's type and sub-type over ``rows`` read by the whole pipeline."""
    from sitrep.events import typemodel
    from sitrep.pipeline import extract_many
    from sitrep.read import Report, parse_published, read_text

    if type_model:
        os.environ[typemodel.ENV_VAR] = type_model
    else:
        os.environ.pop(typemodel.ENV_VAR, None)
    readable = []
    for r in rows:
        try:
            read_text(r["text"])
        except Exception:
            readable.append(None)
            continue
        readable.append(r)
    reports = (Report(r["text"], parse_published(r["published"]), None, None, None) for r in readable if r)
    records = iter(extract_many(reports))
    right_type = right_sub = 0
    started = time.perf_counter()
    for r in readable:
        if r is None:
            continue
        main = next(records).main_event
        got = (main.event_type, main.sub_event_type) if main else (None, None)
        want = (r["gold"]["event_type"], r["gold"]["sub_event_type"])
        right_type += got[0] == want[0]
        right_sub += got == want
    n = len(rows)
    return right_type / n, right_sub / n, n, typemodel.source_name(), time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("shared", type=Path)
    parser.add_argument(
        "--limit", type=int, default=0, help="score a sample of N notes of fold B, the same every run (0: all)"
    )
    parser.add_argument("--keep", type=Path, help="keep the export and the model in this folder")
    args = parser.parse_args()
    notes = args.shared / "data" / "ext" / "acled_notes.dev.jsonl"
    if not notes.exists():
        sys.exit(f"error: no {notes}")
    rows = [json.loads(line) for line in notes.open(encoding="utf-8") if line.strip()]
    fold_a = [r for r in rows if fold(r["text"]) == "A"]
    fold_b = [r for r in rows if fold(r["text"]) == "B"]
    if args.limit:  # the file is ordered by source: a sample, not the first rows, spreads over all of them
        fold_b = random.Random(0).sample(fold_b, min(args.limit, len(fold_b)))
    with tempfile.TemporaryDirectory() as tmp:
        where = args.keep or Path(tmp)
        where.mkdir(parents=True, exist_ok=True)
        export, model = where / "acled_fold_a.csv", where / "acled-types-fold-a.pkl"
        write_export(fold_a, export)
        started = time.perf_counter()
        subprocess.run(
            [
                sys.executable,
                "-m",
                "sitrep.cli",
                "train",
                str(export),
                "--model-path",
                str(model),
                "--name",
                "acled-svm-foldA",
            ],
            check=True,
        )
        trained = time.perf_counter() - started
        results = [score(fold_b, None), score(fold_b, str(model))]
    print(
        f"\nACLED notes: trained on fold A ({len(fold_a)} notes, {trained:.0f}s), scored on fold B "
        f"(sha1(note text) odd){', a sample of ' + str(args.limit) if args.limit else ''}"
    )
    print(f"{'classifier':<24} {'fold':<5} {'n':>6} {'event_type':>11} {'sub_event_type':>15} {'notes/s':>8}")
    for acc_type, acc_sub, n, source, seconds in results:
        print(f"{source:<24} {'B':<5} {n:>6} {acc_type:>11.3f} {acc_sub:>15.3f} {n / max(seconds, 1e-9):>8.1f}")


if __name__ == "__main__":
    main()
