"""Extraction over gold rows, in this process or over worker processes, and the tally of verdicts.

Workers return small outcomes (what the record said, the verdicts, the
evidence of each miss), never parsed documents: the parent only counts.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import SitrepError
from ..read import Report, read_text
from ..record import Record
from ..render import sentence_bounds
from . import fields as F
from .gaz import gazetteer_holds, text_names_country
from .gold import GoldReport
from .reading import as_json, reading
from .toponyms import Toponym, ToponymTally, gold_toponyms, misses, tally

ExtractMany = Callable[[Iterable[Report]], Iterator[Record]]
CHUNK = 40


@dataclass
class Miss:
    id: str
    field: str
    gold: object
    predicted: object
    evidence: str


@dataclass
class Outcome:
    """One gold row scored."""

    id: str
    said: dict[str, Any] = field(default_factory=dict)
    verdict: dict[str, bool] = field(default_factory=dict)
    evidence: dict[str, str] = field(default_factory=dict)
    record: dict[str, Any] | None = None
    error: str | None = None
    toponyms: ToponymTally | None = None
    toponym_misses: list[str] = field(default_factory=list)


@dataclass
class EvalResult:
    n: int = 0
    asked: dict[str, int] = field(default_factory=dict)
    right: dict[str, int] = field(default_factory=dict)
    misses: list[Miss] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)
    toponyms: ToponymTally | None = None
    classifiers: Counter[str] = field(default_factory=Counter)
    geoparser: str | None = None

    def accuracy(self, name: str) -> float:
        return self.right.get(name, 0) / self.asked[name] if self.asked.get(name) else 0.0

    def add(self, gold: GoldReport, outcome: Outcome) -> None:
        self.n += 1
        if outcome.error is not None:
            self.errors.append((gold.id, outcome.error))
        for column in F.COLUMNS:
            if column in outcome.verdict:
                self.asked[column] = self.asked.get(column, 0) + 1
                self.right[column] = self.right.get(column, 0) + outcome.verdict[column]
        for column, ok in outcome.verdict.items():
            if not ok and column in F.BASE_FIELDS and outcome.error is None:
                self.misses.append(
                    Miss(
                        gold.id,
                        column,
                        F.gold_value(column, gold.gold),
                        _said_value(column, outcome.said),
                        outcome.evidence.get(column, ""),
                    )
                )
        if outcome.said.get("classifier"):
            self.classifiers[outcome.said["classifier"]] += 1
        self.misses.extend(Miss(gold.id, "toponym", None, None, text) for text in outcome.toponym_misses)
        if outcome.said.get("geoparser"):
            self.geoparser = outcome.said["geoparser"]
        if outcome.toponyms is not None:
            if self.toponyms is None:
                self.toponyms = ToponymTally()
            self.toponyms.add(outcome.toponyms)

    def cells(self) -> dict[str, dict[str, float | int]]:
        """Every measure as {score, right, n}: the table's cells and the JSON's."""
        out: dict[str, dict[str, float | int]] = {
            c: {"score": self.accuracy(c), "right": self.right.get(c, 0), "n": self.asked[c]}
            for c in F.COLUMNS
            if self.asked.get(c)
        }
        if self.toponyms is not None:
            out.update(self.toponyms.scores())
        return out


def _said_value(column: str, said: dict[str, Any]) -> object:
    if column == "place":
        return said.get("place") or None
    return said.get(column)


def score_outcome(gold: GoldReport, record: Record | None, error: str | None = None) -> Outcome:
    """What the record says for the row, and whether each asked field is right."""
    data = as_json(record)
    said = reading(data)
    verdict = F.verdicts(gold.gold, gold.meta, gold.text, said, gazetteer_holds, text_names_country)
    evidence = {c: _evidence(record, c) for c, ok in verdict.items() if not ok and record is not None}
    return Outcome(gold.id, said, verdict, evidence, None, error)


def report_outcomes(rows: Sequence[GoldReport], extract_many: ExtractMany, keep_records: bool = False) -> list[Outcome]:
    """Outcomes of report rows in order; a report sitrep refuses is scored as an empty record."""
    checked: list[Report | SitrepError] = []
    for g in rows:
        try:
            checked.append(read_text(g.text, published=g.published))
        except (SitrepError, ValueError) as exc:
            checked.append(exc if isinstance(exc, SitrepError) else SitrepError(str(exc)))
    records = iter(extract_many([c for c in checked if isinstance(c, Report)]))
    out = []
    for g, c in zip(rows, checked, strict=True):
        record = next(records) if isinstance(c, Report) else None
        outcome = score_outcome(g, record, None if isinstance(c, Report) else str(c))
        if keep_records:
            outcome.record = as_json(record)
        out.append(outcome)
    return out


def toponym_outcomes(rows: Sequence[GoldReport], model: str | None = None) -> list[Outcome]:
    """Geoparsing rows: the toponyms sitrep finds in the raw text (offsets index it) against the gold ones."""
    from .. import nlp as nlp_module
    from .geoparser import predict_toponyms

    nlp = nlp_module.load(model)
    out = []
    with nlp.memory_zone():
        for doc, g in nlp.pipe(((g.text, g) for g in rows), as_tuples=True, batch_size=8):
            predicted, source = predict_toponyms(doc)
            gold = gold_toponyms(g.text, g.gold.get("toponyms") or [])
            out.append(
                Outcome(
                    g.id,
                    said={"geoparser": source},
                    toponyms=tally(gold, predicted),
                    toponym_misses=[_toponym_miss(g.text, *m) for m in misses(gold, predicted)],
                    record={"toponyms": [t.__dict__ for t in predicted]},
                )
            )
    return out


def _toponym_miss(text: str, gold: Toponym, predicted: Toponym | None, off: float | None) -> str:
    where = f"{gold.text!r} at {gold.start} ({gold.lat}, {gold.lon})"
    if predicted is None:
        return f"{where} not found: {_sentence_at(text, gold.start, gold.end)}"
    said = f"{predicted.text!r} at ({predicted.lat}, {predicted.lon})"
    return f"{where} placed {'without coordinates' if off is None else f'{off:.0f} km off'} as {said}"


def _evidence(record: Record | None, name: str) -> str:
    """The words the record's answer came from, for a person reading a miss."""
    main = record.main_event if record is not None else None
    if record is None or main is None:
        return record.text[:160].replace("\n", " ") if record is not None else ""
    base = name.split("_")[0] if name not in ("event_type", "sub_event_type") else "event_type"
    if base == "date":
        if not main.date_evidence:
            return f"date {main.date} ({main.date_precision}): no day named, from the publication date"
        start, end = main.date_evidence[0]
        return f"date {main.date} from {record.text[start:end]!r}: {_sentence_at(record.text, start, end)}"
    if base in ("place", "country"):
        place = main.place
        if place is None:
            return "(no place)"
        where = f"place {place.name!r} ({place.country}, {place.lat}, {place.lon})"
        return f"{where}: {_sentence_at(record.text, *place.evidence[0])}" if place.evidence else where
    if base == "event_type":
        spans = main.evidence[:1]
        said = f"{main.event_type}/{main.sub_event_type}"
        return f"{said}: {_sentence_at(record.text, *spans[0])}" if spans else said
    kind = {"killed": "killed", "injured": "injured", "kidnapped": "kidnapped"}.get(base, base)
    spans = [
        f.evidence[0]
        for f in main.figures
        if f.kind in (kind, "hostage" if kind == "kidnapped" else kind) and f.evidence
    ]
    if not spans:
        return "(no figure of this kind)"
    return _sentence_at(record.text, *spans[0])


def _sentence_at(text: str, start: int, end: int) -> str:
    """The sentence around a span, on one line."""
    left, right = sentence_bounds(text, start, end)
    return " ".join(text[left:right].split())[:240]


# -- worker processes -----------------------------------------------------------------------------------------


def _reports_job(rows: list[GoldReport], model: str | None, keep_records: bool) -> list[Outcome]:
    from ..pipeline import extract_many

    return report_outcomes(rows, lambda reports: extract_many(reports, model=model), keep_records)


def _toponyms_job(rows: list[GoldReport], model: str | None, keep_records: bool) -> list[Outcome]:
    return toponym_outcomes(rows, model)


def jobs_for(
    rows: Sequence[GoldReport], model: str | None, keep_records: bool, chunk: int = CHUNK
) -> list[tuple[Callable[..., list[Outcome]], tuple[Any, ...]]]:
    """Rows cut into chunks, each a picklable (function, args) job; long texts make smaller chunks."""
    jobs: list[tuple[Callable[..., list[Outcome]], tuple[Any, ...]]] = []
    for kind, fn in (("report", _reports_job), ("toponyms", _toponyms_job)):
        part = [g for g in rows if g.kind == kind]
        size = chunk if sum(len(g.text) for g in part[:50]) < 50 * 800 else max(4, chunk // 4)
        jobs.extend((fn, (part[i : i + size], model, keep_records)) for i in range(0, len(part), size))
    return jobs


def run_jobs(
    jobs: Sequence[tuple[Callable[..., Any], tuple[Any, ...]]],
    workers: int = 1,
    on_done: Callable[[int, Any], None] | None = None,
) -> list[Any]:
    """Results of each (function, args) job in order, over ``workers`` processes (1: in this one)."""
    results: list[Any] = [None] * len(jobs)
    if workers <= 1 or len(jobs) <= 1:
        for i, (fn, args) in enumerate(jobs):
            results[i] = fn(*args)
            if on_done is not None:
                on_done(i, results[i])
        return results
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor, as_completed

    # spawn, not fork: the parent may run a progress thread, and a forked lock is a hang
    with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        futures = {pool.submit(fn, *args): i for i, (fn, args) in enumerate(jobs)}
        for future in as_completed(futures):
            i = futures[future]
            results[i] = future.result()
            if on_done is not None:
                on_done(i, results[i])
    return results


def evaluate(
    gold: Iterable[GoldReport],
    extract_many: ExtractMany | None = None,
    out: Path | None = None,
    on_progress: Callable[[int], None] | None = None,
    *,
    workers: int = 1,
    model: str | None = None,
) -> EvalResult:
    """Run extraction over every gold row and count right answers per field.

    With ``extract_many`` given, reports are extracted with it in this
    process; otherwise with sitrep's pipeline, over ``workers`` processes.
    """
    items = list(gold)
    keep = out is not None
    if extract_many is not None:
        reports = [g for g in items if g.kind == "report"]
        places = [g for g in items if g.kind == "toponyms"]
        scored = list(zip(reports, report_outcomes(reports, extract_many, keep), strict=True))
        scored += list(zip(places, toponym_outcomes(places, model), strict=True)) if places else []
        progress = on_progress
    else:
        jobs = jobs_for(items, model, keep)
        finished = [0]

        def tick(_: int, chunk: list[Outcome]) -> None:
            finished[0] += len(chunk)
            if on_progress is not None:
                on_progress(finished[0])

        chunks = run_jobs(jobs, workers, tick)
        scored = [
            pair for (_, args), chunk in zip(jobs, chunks, strict=True) for pair in zip(args[0], chunk, strict=True)
        ]
        progress = None
    by_row = {id(g): o for g, o in scored}
    return tally_outcomes(items, [by_row[id(g)] for g in items], out, progress)


def tally_outcomes(
    items: Sequence[GoldReport],
    outcomes: Sequence[Outcome],
    out: Path | None = None,
    on_progress: Callable[[int], None] | None = None,
) -> EvalResult:
    """The counts over all rows; with ``out``, every record made, as {id, record} lines."""
    result = EvalResult()
    sink = out.open("w", encoding="utf-8") if out is not None else None
    try:
        for g, outcome in zip(items, outcomes, strict=True):
            result.add(g, outcome)
            if sink is not None:
                sink.write(json.dumps({"id": g.id, "record": outcome.record or {}}, ensure_ascii=False) + "\n")
            if on_progress is not None:
                on_progress(result.n)
    finally:
        if sink is not None:
            sink.close()
    return result
