"""Fit the linking model (src/sitrep/data/link_model.json) on corpora of reports grouped into incidents.

    python scripts/train_linker.py CORPUS_FOLDER... [--cache DIR] [--out FILE]

Each folder holds reports.jsonl and incidents.json (the shape ``sitrep eval``
scores). Every report is read and extracted as ingest does (records are kept
in --cache, one JSON Lines file per corpus, so a second run skips extraction);
each report's main event becomes a linking candidate. Pairs of candidates
that a retrieval window would compare are labelled same / different incident,
a logistic regression is fitted on their features (seeded, full batch, so a
run is reproducible), and the joining threshold is the one that gives the
best mean B-cubed F1 when the corpora are linked report by report in file order.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from sitrep.evaluate.incidents import b_cubed, read_corpus
from sitrep.incidents.link import FEATURES, Candidate, apart, candidate, day_gap, features
from sitrep.ingest import item_from_json
from sitrep.store import normalised_hash, record_json

#: Pairs further apart than this in days are not compared at ingest either.
WINDOW = 45


def records(folder: Path, cache: Path | None) -> dict[str, dict]:
    """Record JSON per normalised text hash, extracted once per corpus."""
    path = cache / f"{folder.name}.records.jsonl" if cache else None
    if path is not None and path.exists():
        with path.open(encoding="utf-8") as fh:
            return {row["hash"]: row["record"] for row in map(json.loads, fh)}
    from sitrep.pipeline import extract_many

    lines, _ = read_corpus(folder)
    items = [
        item_from_json({k: v for k, v in line.items() if k != "id"}, line["id"], 2 * 1024 * 1024) for line in lines
    ]
    items = [i for i in items if i.report is not None]
    out = {}
    for item, record in zip(items, extract_many(i.report for i in items), strict=True):
        out[normalised_hash(item.report.text)] = record_json(record)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("w", encoding="utf-8") as fh:
            for key, record in out.items():
                fh.write(json.dumps({"hash": key, "record": record}) + "\n")
    return out


def candidates(folder: Path, cache: Path | None) -> tuple[list[tuple[str, Candidate | None]], dict[str, str]]:
    """(report id, its main event's candidate or None), in file order, and each report's gold incident."""
    lines, gold = read_corpus(folder)
    by_hash = records(folder, cache)
    out: list[tuple[str, Candidate | None]] = []
    for line in lines:
        item = item_from_json({k: v for k, v in line.items() if k != "id"}, line["id"], 2 * 1024 * 1024)
        record = by_hash.get(normalised_hash(item.report.text)) if item.report else None
        events = (record or {}).get("events") or []
        main = next((e for e in events if e.get("main")), events[0] if events else None)
        if main is None or item.report is None:
            out.append((line["id"], None))
            continue
        published = item.published_at.date() if item.published_at else None
        out.append(
            (line["id"], candidate(main, record, title=item.report.title, text=item.report.text, published=published))
        )
    gold_of = {r: name for name, inc in gold.items() for r in inc["reports"]}
    return out, gold_of


def compared(a: Candidate, b: Candidate) -> bool:
    gap = day_gap(a, b)
    return gap is None or gap <= WINDOW


@dataclass
class Corpus:
    """A corpus's candidates in file order, their gold incidents and the features of every pair compared."""

    name: str
    ids: list[str]
    cands: list[Candidate | None]
    gold: list[str]
    scored: set[str]  # the reports whose grouping counts (ECB+: the harm topics)
    neighbours: dict[int, tuple[np.ndarray, np.ndarray]] = field(default_factory=dict)  # i -> (js, features)

    def pairs(self) -> tuple[np.ndarray, np.ndarray]:
        xs, ys = [], []
        for i, (js, x) in self.neighbours.items():
            xs.append(x)
            ys.append(np.array([float(self.gold[i] == self.gold[j]) for j in js]))
        return np.vstack(xs), np.concatenate(ys)


def prepare(name: str, cands: list[tuple[str, Candidate | None]], gold_of: dict[str, str], scored: set[str]) -> Corpus:
    corpus = Corpus(name, [r for r, _ in cands], [c for _, c in cands], [gold_of[r] for r, _ in cands], scored)
    for i, a in enumerate(corpus.cands):
        if a is None:
            continue
        js = [j for j, b in enumerate(corpus.cands[:i]) if b is not None and compared(a, b)]
        if js:
            corpus.neighbours[i] = (np.array(js), np.array([features(a, corpus.cands[j]) for j in js]))
    return corpus


def fit(
    x: np.ndarray, y: np.ndarray, weight: np.ndarray, l2: float = 1e-3, steps: int = 4000, rate: float = 2.0
) -> np.ndarray:
    """Logistic regression by full-batch gradient descent from zero: the same data gives the same weights."""
    w = np.zeros(x.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(x @ w)))
        grad = x.T @ ((p - y) * weight) + l2 * np.r_[0, w[1:]]
        w -= rate * grad
    return w


def simulate(
    corpus: Corpus, w: np.ndarray, threshold: float, merge: float = float("inf")
) -> tuple[float, float, float]:
    """B-cubed of linking the corpus report by report, as ingest does: join the best incident above the threshold
    (pairs ``apart`` never join), and merge into it the others scoring ``merge`` or more with the report."""
    parent: dict[int, int] = {}

    def root(x: int) -> int:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    assigned: list[int] = []
    for i, c in enumerate(corpus.cands):
        hits: dict[int, float] = {}
        if c is not None and i in corpus.neighbours:
            js, x = corpus.neighbours[i]
            for j, score, row in zip(js, x @ w, x, strict=True):
                incident = root(assigned[j])
                if score >= threshold and not apart(tuple(row)) and score > hits.get(incident, -np.inf):
                    hits[incident] = float(score)
        if not hits:
            assigned.append(i)
            continue
        best = max(hits, key=lambda k: hits[k])
        for incident, score in hits.items():
            if incident != best and score >= merge:
                parent[incident] = best
        assigned.append(best)
    predicted = {r: root(a) for r, a in zip(corpus.ids, assigned, strict=True) if r in corpus.scored}
    gold = {r: g for r, g in zip(corpus.ids, corpus.gold, strict=True) if r in corpus.scored}
    return b_cubed(predicted, gold)


def demo_corpus() -> tuple[list[tuple[str, Candidate | None]], dict[str, str]]:
    """The package's own demo reports, whose gold is written by hand: linking must keep them right."""
    from importlib import resources

    from sitrep.pipeline import extract_many

    folder = resources.files("sitrep") / "data" / "incidents"
    lines = [
        json.loads(line) for line in (folder / "reports.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))["incidents"]
    items = [
        item_from_json({k: v for k, v in line.items() if k != "id"}, line["id"], 2 * 1024 * 1024) for line in lines
    ]
    out = []
    for line, item, record in zip(lines, items, extract_many(i.report for i in items), strict=True):
        data = record_json(record)
        events = data.get("events") or []
        main = next((e for e in events if e.get("main")), events[0] if events else None)
        published = item.published_at.date() if item.published_at else None
        out.append(
            (
                line["id"],
                candidate(main, data, title=item.report.title, text=item.report.text, published=published)
                if main
                else None,
            )
        )
    return out, {r: inc["id"] for inc in gold for r in inc["reports"]}


def _goal(scores: dict[str, tuple[float, float, float]]) -> float:
    """What the thresholds are chosen for: the mean plus the worst of the corpora's B-cubed F1."""
    f1s = [f for _, _, f in scores.values()]
    return sum(f1s) / len(f1s) + min(f1s)


def _line(scores: dict[str, tuple[float, float, float]]) -> str:
    return ", ".join(f"{n} {f:.3f}" for n, (_, _, f) in scores.items())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--cache", type=Path, default=None, help="keep extracted records here")
    parser.add_argument("--out", type=Path, default=Path(__file__).parent.parent / "src/sitrep/data/link_model.json")
    parser.add_argument(
        "--weights", type=Path, default=None, help="keep this model's weights and fit only its two thresholds"
    )
    args = parser.parse_args(argv)
    corpora = []
    for folder in args.folders:
        cands, gold_of = candidates(folder, args.cache)
        _, gold = read_corpus(folder)
        harm = {r for inc in gold.values() if inc.get("harm") for r in inc["reports"]}
        corpora.append(prepare(folder.name, cands, gold_of, harm or set(gold_of)))
    cands, gold_of = demo_corpus()
    corpora.append(prepare("demo", cands, gold_of, set(gold_of)))
    xs, ys, weights = [], [], []
    for corpus in corpora:
        x, y = corpus.pairs()
        print(f"{corpus.name}: {len(y)} pairs, {int(y.sum())} of one incident", file=sys.stderr)
        # each corpus weighs the same, however many pairs it has, and within it both classes weigh the same
        weights.append(np.where(y == 1, 0.5 / max(y.sum(), 1), 0.5 / max((1 - y).sum(), 1)) / len(corpora))
        xs.append(x)
        ys.append(y)
    if args.weights is not None:
        kept = json.loads(args.weights.read_text(encoding="utf-8"))["weights"]
        w = np.array([float(kept[name]) for name in FEATURES])
    else:
        w = np.round(fit(np.vstack(xs), np.concatenate(ys), np.concatenate(weights)), 4)
    best: tuple[float, float, dict[str, tuple[float, float, float]]] = (-1.0, 0.0, {})
    for threshold in np.arange(-3.0, 5.01, 0.25):
        scores = {c.name: simulate(c, w, float(threshold)) for c in corpora}
        goal = _goal(scores)
        print(f"threshold {threshold:+.2f}: {_line(scores)}", file=sys.stderr)
        if goal > best[0]:
            best = (goal, float(threshold), scores)
    # the bar a report's score with a second incident must reach to merge it into the one it joins: on a grid
    # above the joining threshold, kept only where it does better than no merging at all
    merged: tuple[float, float, dict[str, tuple[float, float, float]]] = (best[0], float("inf"), best[2])
    for bar in np.arange(best[1] + 0.5, 8.01, 0.5):
        scores = {c.name: simulate(c, w, best[1], float(bar)) for c in corpora}
        goal = _goal(scores)
        print(f"merge at {bar:+.2f}: {_line(scores)}", file=sys.stderr)
        if goal > merged[0]:
            merged = (goal, float(bar), scores)
    data = {
        "features": list(FEATURES),
        "weights": {name: round(float(v), 4) for name, v in zip(FEATURES, w, strict=True)},
        "threshold": best[1],
        **({"merge_threshold": merged[1]} if merged[1] < float("inf") else {}),
        "window_days": WINDOW,
        "fitted_on": {
            name: {
                "pairs": len(ys[i]),
                "same_incident_pairs": int(ys[i].sum()),
                "b_cubed": [round(v, 4) for v in merged[2][name]],
            }
            for i, name in enumerate(c.name for c in corpora)
        },
    }
    args.out.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    print(json.dumps({k: v for k, v in data.items() if k != "features"}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
