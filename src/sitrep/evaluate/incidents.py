"""Scoring incidents against a corpus of reports grouped by hand into incidents.

A corpus folder holds ``reports.jsonl`` (one report a line, as ``sitrep
ingest`` reads it, each with an ``id``) and ``incidents.json``
(``{"incidents": {id: {"reports": [...], "killed", "injured", ...}}}``).
The reports go through the real ingest path into a fresh temporary store, so
what is scored is what a user would get. Grouping is scored by B-cubed over
reports: a report's incident is that of its main event; a report with no
event, or refused, is an incident of its own. The toll is scored per gold
incident against the reconciled best total of the stored incident holding
most of its reports.
"""

from __future__ import annotations

import json
import tempfile
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import CorpusError
from ..ingest import ingest
from ..read import Report
from ..store import EventRow, IncidentFigureRow, ReportRow, Store, normalised_hash

KINDS = ("killed", "injured")


def b_cubed(predicted: dict[str, Any], gold: dict[str, Any]) -> tuple[float, float, float]:
    """B-cubed (precision, recall, F1) of a clustering of the gold's items against the gold clusters."""
    pred_clusters: dict[Any, set[str]] = defaultdict(set)
    gold_clusters: dict[Any, set[str]] = defaultdict(set)
    for item in gold:
        pred_clusters[predicted[item]].add(item)
        gold_clusters[gold[item]].add(item)
    if not gold:
        return 0.0, 0.0, 0.0
    precision = recall = 0.0
    for item in gold:
        mine, theirs = pred_clusters[predicted[item]], gold_clusters[gold[item]]
        shared = len(mine & theirs)
        precision += shared / len(mine)
        recall += shared / len(theirs)
    precision, recall = precision / len(gold), recall / len(gold)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def read_corpus(folder: Path) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    """The report lines and the gold incidents of a corpus folder."""
    reports_path, incidents_path = folder / "reports.jsonl", folder / "incidents.json"
    if not reports_path.is_file() or not incidents_path.is_file():
        raise CorpusError(f"{folder}: an incidents corpus needs reports.jsonl and incidents.json")
    try:
        with reports_path.open(encoding="utf-8") as fh:
            lines = [json.loads(line) for line in fh if line.strip()]
        gold = json.loads(incidents_path.read_text(encoding="utf-8"))["incidents"]
    except (ValueError, KeyError, TypeError) as exc:
        raise CorpusError(f"{folder}: not an incidents corpus ({exc.__class__.__name__}: {exc})") from None
    return lines, gold


def score_corpus(
    folder: Path,
    *,
    limit: int | None = None,
    extract_many: Callable[[Iterable[Report]], Iterator[Any]] | None = None,
    db: str | None = None,
) -> dict[str, Any]:
    """Ingest a corpus into a fresh store and score its incidents.

    ``limit`` keeps the first N reports (and the gold restricted to them);
    ``extract_many`` replaces the extractor (records replayed from a cache);
    ``db`` names the store to fill (default: a temporary file, removed after).
    The result has ``b_cubed`` {precision, recall, f1}, per kind ``exact``
    {grouped, overall} shares with their counts, ``n_reports``, ``n_gold``,
    ``n_predicted``, ``n_grouped``, ``misses``, ``predicted`` (each report's incident) and, for ECB+-like gold with topics,
    ``mixed_sides`` and the score over harm topics only.
    """
    folder = Path(folder)
    lines, gold = read_corpus(folder)
    if limit:
        lines = lines[:limit]
    with tempfile.TemporaryDirectory(prefix="sitrep-eval-") as tmp:
        path = Path(tmp) / "reports.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for line in lines:
                fh.write(json.dumps({k: v for k, v in line.items() if k != "id"}, ensure_ascii=False) + "\n")
        store = Store.open(db or str(Path(tmp) / "sitrep.db"))
        try:
            summary = ingest(store, [path], extract_many=extract_many)
            predicted, tolls = _predicted(store, lines)
        finally:
            store.dispose()
    result = score(predicted, tolls, gold)
    result["ingest"] = {
        "read": summary.read,
        "new": summary.new,
        "duplicate": summary.duplicate,
        "rejected": summary.rejected_total,
    }
    return result


def _predicted(store: Store, lines: list[dict[str, Any]]) -> tuple[dict[str, Any], dict[Any, dict[str, int]]]:
    """Each report id's stored incident (or a cluster of its own), and each stored incident's best totals."""
    predicted: dict[str, Any] = {}
    tolls: dict[Any, dict[str, int]] = defaultdict(dict)
    with Session(store.engine) as session:
        by_hash: dict[str, int] = {}
        by_url: dict[str, int] = {}
        incident_of_report: dict[int, int | None] = {}
        for row in session.execute(select(ReportRow.id, ReportRow.text_hash, ReportRow.url)):
            by_hash[row.text_hash] = row.id
            if row.url:
                by_url[row.url] = row.id
        events = session.execute(
            select(EventRow.report_id, EventRow.incident_id, EventRow.main).order_by(EventRow.id)
        ).all()
        mains: set[int] = set()
        for report_id, incident_id, main in events:  # the main event's incident, else the first event's
            if main and report_id not in mains:
                mains.add(report_id)
                incident_of_report[report_id] = incident_id
            elif report_id not in incident_of_report:
                incident_of_report[report_id] = incident_id
        for incident_id, kind, best in session.execute(
            select(IncidentFigureRow.incident_id, IncidentFigureRow.kind, IncidentFigureRow.best).where(
                IncidentFigureRow.group_class == "*"
            )
        ):
            tolls[incident_id][kind] = best
    for line in lines:
        rid = str(line.get("id"))
        text = line.get("text") if isinstance(line.get("text"), str) else None
        stored = by_hash.get(normalised_hash(text)) if text else None
        if stored is None and line.get("url"):
            stored = by_url.get(line["url"])
        incident = incident_of_report.get(stored) if stored is not None else None
        predicted[rid] = incident if incident is not None else f"alone:{rid}"
    return predicted, tolls


def score(
    predicted: dict[str, Any], tolls: dict[Any, dict[str, int]], gold: dict[str, dict[str, Any]]
) -> dict[str, Any]:
    """The scores of a predicted grouping and its tolls against gold incidents (pure: no store)."""
    gold_of = {r: name for name, inc in gold.items() for r in inc.get("reports") or [] if r in predicted}
    precision, recall, f1 = b_cubed(predicted, gold_of)
    out: dict[str, Any] = {
        "n_reports": len(gold_of),
        "n_gold": len(set(gold_of.values())),
        "n_predicted": len({predicted[r] for r in gold_of}),
        "b_cubed": {"precision": precision, "recall": recall, "f1": f1},
    }
    grouped_names, exact = [], {k: {"grouped": [0, 0], "overall": [0, 0]} for k in KINDS}
    misses: list[dict[str, Any]] = []
    for name, inc in gold.items():
        reports = [r for r in inc.get("reports") or [] if r in predicted]
        if not reports:
            continue
        clusters = Counter(predicted[r] for r in reports)
        cluster, _ = max(clusters.items(), key=lambda kv: (kv[1], -_order(kv[0])))
        grouped = len(clusters) == 1
        if grouped:
            grouped_names.append(name)
        for kind in KINDS:
            want = inc.get(kind)
            if want is None:
                continue
            got = tolls.get(cluster, {}).get(kind, 0)
            hit = int(got == want)
            exact[kind]["overall"][0] += hit
            exact[kind]["overall"][1] += 1
            if grouped:
                exact[kind]["grouped"][0] += hit
                exact[kind]["grouped"][1] += 1
            if not hit:
                misses.append({"incident": name, "kind": kind, "gold": want, "best": got, "grouped": grouped})
    out["n_grouped"] = len(grouped_names)
    out["exact"] = {
        kind: {part: {"share": right / n if n else None, "right": right, "n": n} for part, (right, n) in parts.items()}
        for kind, parts in exact.items()
    }
    out["misses"] = misses
    out["predicted"] = {r: predicted[r] for r in gold_of}
    topics = {name: inc["topic"] for name, inc in gold.items() if inc.get("topic") is not None}
    if topics:
        sides: dict[Any, set[str]] = defaultdict(set)
        for report, name in gold_of.items():
            sides[(predicted[report], topics.get(name))].add(name)
        out["mixed_sides"] = sum(1 for names in sides.values() if len(names) > 1)
        harm = {name for name, inc in gold.items() if inc.get("harm")}
        if harm:
            harm_gold = {r: n for r, n in gold_of.items() if n in harm}
            hp, hr, hf = b_cubed(predicted, harm_gold)
            mixed = sum(1 for (_, topic), names in sides.items() if len(names) > 1 and names <= harm)
            out["harm"] = {
                "n_reports": len(harm_gold),
                "b_cubed": {"precision": hp, "recall": hr, "f1": hf},
                "mixed_sides": mixed,
            }
    return out


def _order(cluster: Any) -> int:
    return cluster if isinstance(cluster, int) else 1 << 60


def format_score(name: str, result: dict[str, Any]) -> list[str]:
    """The lines ``sitrep eval FOLDER`` prints."""
    b = result["b_cubed"]
    lines = [
        f"{name}: {result['n_reports']} reports, {result['n_gold']} gold incidents, "
        f"{result['n_predicted']} predicted; {result['n_grouped']} gold incidents with their reports together",
        f"  B-cubed precision {b['precision']:.3f}  recall {b['recall']:.3f}  F1 {b['f1']:.3f}",
    ]
    for kind, parts in result["exact"].items():
        g, o = parts["grouped"], parts["overall"]
        if not o["n"]:
            continue
        lines.append(
            f"  best {kind} exact: grouped {_share(g)} ({g['right']}/{g['n']}), "
            f"overall {_share(o)} ({o['right']}/{o['n']})"
        )
    if "harm" in result:
        h = result["harm"]["b_cubed"]
        lines.append(
            f"  harm topics ({result['harm']['n_reports']} reports): B-cubed precision {h['precision']:.3f}"
            f"  recall {h['recall']:.3f}  F1 {h['f1']:.3f}; incidents mixing two sides of a harm topic "
            f"{result['harm']['mixed_sides']} (all topics {result['mixed_sides']})"
        )
    return lines


def _share(part: dict[str, Any]) -> str:
    return "-" if part["share"] is None else f"{part['share']:.3f}"
