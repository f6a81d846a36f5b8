"""Progress of an ingest: the total is counted up front, cheaply, and the line shows done/total."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from sitrep.ingest import count_items, iter_items

GOLD = Path(__file__).parent / "gold"


def _input(tmp_path: Path) -> list[Path]:
    folder = tmp_path / "reports"
    (folder / "deeper").mkdir(parents=True)
    (folder / "a.txt").write_text("Two people were killed in Kabul on Monday.", encoding="utf-8")
    (folder / "deeper" / "b.html").write_text("<p>A bomb wounded five people in Quetta.</p>", encoding="utf-8")
    (folder / "notes.md").write_text("not a report", encoding="utf-8")
    (folder / "deeper" / "more.jsonl").write_text(
        json.dumps({"text": "Police said three men were arrested."})
        + "\n\n  \nnot json\n"
        + json.dumps({"title": "no text"}),
        encoding="utf-8",
    )  # the last line has no line break
    lines = tmp_path / "lines.ndjson"
    lines.write_text(
        "".join(json.dumps({"text": f"Report {k}: one man was killed."}) + "\n" for k in range(5)), encoding="utf-8"
    )
    return [folder, lines, tmp_path / "missing.jsonl"]


def test_the_count_is_the_number_of_items_the_ingest_reads(tmp_path: Path) -> None:
    paths = _input(tmp_path)
    assert count_items(paths) == sum(1 for _ in iter_items(paths)) == 2 + 3 + 5 + 1


def test_the_progress_line_shows_done_of_total(tmp_path: Path) -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(GOLD.glob("*.txt"))[:3]]
    source = tmp_path / "reports.jsonl"
    source.write_text("".join(json.dumps({"text": t}) + "\n" for t in texts + texts[:1]) + "{bad\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "sitrep.cli", "ingest", str(source), "--db", str(tmp_path / "s.db")],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "5/5" in done.stderr  # 3 new, 1 duplicate, 1 rejected, of 5 lines
    assert "3 new, 1 duplicate, 1 rejected" in done.stderr
