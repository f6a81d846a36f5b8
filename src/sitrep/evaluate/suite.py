"""Every evaluation set in one table: a row per set, a column per measure (``make eval``).

Extraction for all sets shares one pool of worker processes, cut in small
chunks so both cores stay busy to the end. Incident corpora are scored by
``sitrep.evaluate.incidents.score_corpus`` where it exists.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import SitrepError
from .gold import GoldReport, read_any, subsample
from .run import jobs_for, run_jobs, tally_outcomes


@dataclass(frozen=True)
class EvalSet:
    name: str
    path: str  # relative to the shared folder, or to the project for the project's own gold
    kind: str = "gold"  # gold | incidents
    in_project: bool = False
    date_is_published: bool = False  # coder summaries: the published date is the event date, no test


SETS: tuple[EvalSet, ...] = (
    EvalSet("founding example", "examples"),
    EvalSet("project gold", "tests/gold", in_project=True),
    EvalSet("GVA train", "data/gva/train.jsonl"),
    EvalSet("GVA dev", "data/gva/dev.jsonl"),
    EvalSet("GTD", "data/ext/gtd_marco2012.dev.jsonl", date_is_published=True),
    EvalSet("drone", "data/ext/gtd_acled_drone.dev.jsonl", date_is_published=True),
    EvalSet("RAND", "data/ext/rand_rdwti.dev.jsonl", date_is_published=True),
    EvalSet("ACLED", "data/ext/acled_notes.dev.jsonl", date_is_published=True),
    EvalSet("LGL", "data/ext/lgl.dev.jsonl"),
    EvalSet("TR-News", "data/ext/trnews.dev.jsonl"),
    EvalSet("GeoWebNews", "data/ext/geowebnews.dev.jsonl"),
    EvalSet("GVC", "data/incidents/gvc", kind="incidents"),
    EvalSet("SemEval", "data/incidents/semeval2018-t5", kind="incidents"),
    EvalSet("ECB+", "data/incidents/ecbplus", kind="incidents"),
)

INCIDENT_COLUMNS = ("b3_p", "b3_r", "b3_f1", "inc_killed", "inc_injured")
#: where each incident column sits in score_corpus's answer: a path of keys, first found wins
INCIDENT_KEYS: dict[str, tuple[tuple[str, ...], ...]] = {
    "b3_p": (("b_cubed", "precision"), ("bcubed_precision",), ("b3_precision",)),
    "b3_r": (("b_cubed", "recall"), ("bcubed_recall",), ("b3_recall",)),
    "b3_f1": (("b_cubed", "f1"), ("bcubed_f1",), ("b3_f1",)),
    "inc_killed": (("exact", "killed", "overall"), ("killed_best_exact",), ("best_killed_exact",)),
    "inc_injured": (("exact", "injured", "overall"), ("injured_best_exact",), ("best_injured_exact",)),
}
#: parts of score_corpus's answer too long for the results file
INCIDENT_BULK = ("misses", "predicted")
TABLE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("killed", "kill"),
    ("killed_lit", "k_lit"),
    ("injured", "inj"),
    ("injured_lit", "i_lit"),
    ("kidnapped", "kidn"),
    ("date", "date"),
    ("event_type", "type"),
    ("sub_event_type", "sub"),
    ("country", "ctry"),
    ("country_named", "c_nmd"),
    ("place", "place"),
    ("place_named", "p_nmd"),
    ("place_gaz", "p_gaz"),
    ("place_named_gaz", "p_n+g"),
    ("gaz_coverage", "cov"),
    ("toponym_p", "topP"),
    ("toponym_r", "topR"),
    ("acc161", "a161"),
    ("b3_p", "b3P"),
    ("b3_r", "b3R"),
    ("b3_f1", "b3F1"),
    ("inc_killed", "incK"),
    ("inc_injured", "incI"),
)
LEGEND = (
    "kill/inj/kidn: main event's total equals the gold count; k_lit/i_lit: on reports whose gold count is written "
    "in the text. date: the event day (* published is the event date in that file: no test). type/sub: ACLED "
    "event and sub-event type. ctry: country; c_nmd: where the text names the country or a place in it. place: "
    "within 50 km of the gold, or the town's name where the gold has no coordinates; p_nmd: where the text names "
    "the gold place; p_gaz: where the gazetteer holds a place of that name within 50 km (or in the country); "
    "p_n+g: both; cov: p_n+g's share of p_nmd. topP/topR: toponym precision and recall (overlapping spans); "
    "a161: toponyms found placed within 161 km. b3P/b3R/b3F1: B-cubed over incidents; incK/incI: incidents whose "
    "best killed/injured equals the gold. n: reports (toponyms for the geoparsing sets' cells). Blank: no such "
    "gold; n/a: no scorer."
)


def set_root(spec: EvalSet, shared: Path, project: Path) -> Path:
    return (project if spec.in_project else shared) / spec.path


def _incident_job(folder: str, sample: int) -> dict[str, Any]:
    """The incident scorer's answer on one corpus; its failure is a note in the table, never a stop.

    A sample asks it for its first that many reports (``limit``): an incident
    corpus is scored whole incidents at a time, so it is not drawn at random.
    """
    from .incidents import score_corpus

    try:
        answer = dict(score_corpus(Path(folder), limit=sample or None))
    except Exception as exc:
        return {"error": f"{exc.__class__.__name__}: {exc}"}
    return {k: v for k, v in answer.items() if k not in INCIDENT_BULK}


def _dig(answer: dict[str, Any], path: tuple[str, ...]) -> Any:
    for key in path:
        if not isinstance(answer, dict) or key not in answer:
            return None
        answer = answer[key]
    return answer


def incident_cells(answer: dict[str, Any]) -> dict[str, dict[str, float | int]]:
    """The incident scorer's measures as table cells: a number, or {share|score, right?, n?}."""
    out: dict[str, dict[str, float | int]] = {}
    for column, paths in INCIDENT_KEYS.items():
        value = next((v for v in (_dig(answer, p) for p in paths) if v is not None), None)
        cell: dict[str, float | int] = {}
        if isinstance(value, dict):
            cell = {k: value[k] for k in ("right", "n") if isinstance(value.get(k), int)}
            value = value.get("share", value.get("score"))
        if isinstance(value, int | float) and not isinstance(value, bool):
            out[column] = {"score": float(value), **cell}
    return out


def incident_n(answer: dict[str, Any]) -> int | None:
    """How many reports the incident scorer scored."""
    for key in ("n_reports", "reports", "n"):
        value = answer.get(key)
        if isinstance(value, int):
            return value
    return None


Job = tuple[Callable[..., Any], tuple[Any, ...]]


def _plan(
    spec: EvalSet, path: Path, sample: int, seed: int, model: str | None, row: dict[str, Any]
) -> tuple[list[GoldReport] | None, list[Job]]:
    """The gold rows of one set and its extraction jobs; what stops a set is noted in its row."""
    if not path.exists():
        row["notes"].append("not found")
        return None, []
    if spec.kind == "incidents":
        return None, [(_incident_job, (str(path), sample))]
    try:
        rows = subsample(read_any(path), sample=sample if not spec.in_project else 0, seed=seed)
    except (SitrepError, OSError) as exc:
        row["notes"].append(str(exc))
        return None, []
    row["n"] = len(rows)
    if spec.date_is_published:
        row["date_is_published"] = True
    return rows, jobs_for(rows, model, False)


def _finish_incidents(row: dict[str, Any], answer: dict[str, Any]) -> None:
    row["incident_scorer"] = answer
    row["cells"] = incident_cells(answer)
    row["n"] = incident_n(answer)
    row["notes"] += [str(v) for k, v in answer.items() if k == "error"]
    harm = _dig(answer, ("harm", "b_cubed", "f1"))
    if isinstance(harm, float):
        row["notes"].append(f"harm topics only: B-cubed F1 {harm:.3f}")


def _finish_gold(row: dict[str, Any], rows: list[GoldReport], chunks: list[list[Any]]) -> None:
    result = tally_outcomes(rows, [o for chunk in chunks for o in chunk])
    row["cells"] = result.cells()
    named, both = row["cells"].get("place_named"), row["cells"].get("place_named_gaz")
    if named and both:
        row["cells"]["gaz_coverage"] = {"score": both["n"] / named["n"], "right": both["n"], "n": named["n"]}
    if result.classifiers:
        row["classifier"] = dict(result.classifiers.most_common())
    if result.geoparser:
        row["geoparser"] = result.geoparser
    if result.errors:
        n = len(result.errors)
        row["notes"].append(f"{n} report{'s' if n != 1 else ''} refused (scored as empty records)")


def run_suite(
    shared: Path,
    project: Path,
    sample: int = 0,
    seed: int = 13,
    workers: int = 2,
    model: str | None = None,
    sets: tuple[EvalSet, ...] = SETS,
    log: Callable[[str], None] = lambda line: print(line, file=sys.stderr, flush=True),
) -> dict[str, Any]:
    """Score every set (``sample`` reports of each, 0: all) and return the table as data."""
    started = time.perf_counter()
    rows_of: dict[str, list[GoldReport]] = {}
    table: list[dict[str, Any]] = []
    jobs: list[Job] = []
    owner: list[str] = []
    for spec in sets:
        row: dict[str, Any] = {"name": spec.name, "path": spec.path, "kind": spec.kind, "cells": {}, "notes": []}
        table.append(row)
        rows, planned = _plan(spec, set_root(spec, shared, project), sample, seed, model, row)
        if rows is not None:
            rows_of[spec.name] = rows
        at = 0 if spec.kind == "incidents" else len(jobs)  # the long incident jobs first: both cores end together
        jobs[at:at] = planned
        owner[at:at] = [spec.name] * len(planned)
    left = {name: owner.count(name) for name in set(owner)}

    def done(i: int, _: Any) -> None:
        left[owner[i]] -= 1
        if not left[owner[i]]:
            log(f"eval: {owner[i]} done at {time.perf_counter() - started:.0f} s")

    log(f"eval: {len(jobs)} jobs over {workers} processes")
    results = run_jobs(jobs, workers, done)
    for row in table:
        mine = [r for r, o in zip(results, owner, strict=True) if o == row["name"]]
        if row["kind"] == "incidents" and mine:
            _finish_incidents(row, mine[0])
        elif row["name"] in rows_of:
            _finish_gold(row, rows_of[row["name"]], mine)
    return {
        "sample": sample,
        "seed": seed,
        "workers": workers,
        "seconds": round(time.perf_counter() - started, 1),
        "columns": [c for c, _ in TABLE_COLUMNS],
        "sets": table,
    }


def format_table(results: dict[str, Any]) -> str:
    """The plain-text table: fixed width, so a diff of two runs lines up."""
    heads = [h for _, h in TABLE_COLUMNS]
    width = max(len(r["name"]) for r in results["sets"]) + 1
    lines = [f"{'set':<{width}}{'n':>6} " + " ".join(f"{h:>5}" for h in heads)]
    for row in results["sets"]:
        cells = []
        for column, _ in TABLE_COLUMNS:
            cell = row["cells"].get(column)
            if cell is None:
                text = "n/a" if row["kind"] == "incidents" and column in INCIDENT_COLUMNS and row["notes"] else ""
            else:
                text = f"{cell['score']:.3f}"[1:] if cell["score"] < 1 else "1.00"
                if column == "date" and row.get("date_is_published"):
                    text = text[:3] + "*"
            cells.append(f"{text:>5}")
        n = row.get("n")
        lines.append(f"{row['name']:<{width}}{'' if n is None else n:>6} " + " ".join(cells))
    notes = [f"{r['name']}: {'; '.join(r['notes'])}" for r in results["sets"] if r["notes"]]
    classifiers = {k for r in results["sets"] for k in r.get("classifier", {})}
    geoparsers = {r["geoparser"] for r in results["sets"] if r.get("geoparser")}
    footer = [f"sample {results['sample'] or 'all'} per set (seed {results['seed']}), {results['seconds']} s"]
    if classifiers:
        footer.append("event type classifier: " + ", ".join(sorted(classifiers)))
    if geoparsers:
        footer.append("toponyms from: " + ", ".join(sorted(geoparsers)))
    return "\n".join([*lines, "", *footer, *notes, "", _wrap(LEGEND)])


def changes(old: dict[str, Any], new: dict[str, Any], least: float = 0.0005) -> list[str]:
    """Each cell that moved between two runs' results, worst fall first: 'ACLED place .413 -> .455 (+.042)'."""
    before = {(r["name"], c): cell["score"] for r in old.get("sets", []) for c, cell in r.get("cells", {}).items()}
    moved = []
    for row in new.get("sets", []):
        for column, cell in row.get("cells", {}).items():
            was = before.get((row["name"], column))
            if column == "gaz_coverage":
                continue  # a share of the gold, not a score
            if was is not None and abs(cell["score"] - was) >= least:
                moved.append(
                    (
                        cell["score"] - was,
                        f"{row['name']} {column} {was:.3f} -> {cell['score']:.3f} ({cell['score'] - was:+.3f})",
                    )
                )
    return [line for _, line in sorted(moved, key=lambda m: m[0])]


def _wrap(text: str, width: int = 110) -> str:
    import textwrap

    return "\n".join(textwrap.wrap(text, width))
