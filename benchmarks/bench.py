"""Benchmark: sitrep's throughput and memory on one CPU core, against a bare spaCy pipeline.

    sitrep bench                 # 200 synthetic reports
    sitrep bench --n 1000 --json benchmarks/results/latest.json

The options come from ``sitrep bench`` (``sitrep.cli``), which builds the
:class:`Options` this module runs on; it needs a source checkout, since the
benchmarks are not part of the installed package.

sitrep is only worth running if its extraction costs little next to the parse
it needs, so it is timed against spaCy's own ``spacy.load(MODEL).pipe(texts)``
with the model's full default pipeline, over the same texts in the same run.
Each side runs in a fresh child process pinned to the same single CPU, with
the BLAS thread pools held to one thread, so neither side gains from extra
cores and the peak memory of one side is not mixed with the other's. Model
loading is left out of the timing (it is paid once per process) but counted
in the memory peak, where it is real.

The result is a report, not a test: the exit status is 0 whether or not the
targets are met, and non-zero only when the benchmark itself fails.
"""

from __future__ import annotations

import gc
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any, Literal, cast

from sitrep.errors import BenchError

from .corpus import CorpusReport, make_corpus

#: Set in each child before spaCy (and so numpy) is imported: one core means one thread.
ONE_THREAD = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}

Side = Literal["sitrep", "spacy-lean", "bare", "ingest"]
SIDES: tuple[Side, ...] = ("sitrep", "spacy-lean", "bare", "ingest")
DEFAULT_INGEST_N = 1000
MIN_INGEST_SHARE = 0.9
DEFAULT_WORKERS_N = 300
MIN_TWO_WORKER_SPEEDUP = 1.7
DEFAULT_STREAM = (2000, 20000)
MAX_STREAM_MEMORY_GROWTH = 0.10

DEFAULT_N = 200
DEFAULT_WARMUP = 5
#: Warm-up reports come from another seed, so the timed texts are new to the pipeline.
WARMUP_SEED_OFFSET = 1_000_003

MIN_ARTICLES_PER_SECOND = 10.0
MAX_TIME_RATIO = 1.0
MAX_PEAK_MB = 600.0

_LABELS: dict[str, str] = {
    "sitrep": "sitrep",
    "spacy-lean": "spacy-lean (stand-in)",
    "bare": "bare spaCy",
    "ingest": "sitrep ingest (SQLite)",
}


@dataclass(frozen=True)
class Measurement:
    """One side's numbers, measured in its own pinned child process."""

    side: str
    model: str
    pipeline: list[str]  # the spaCy components that ran; empty when sitrep does not say
    articles: int
    words: int
    tokens: int | None  # None when the side does not hand back spaCy docs
    seconds: float  # wall time of the timed pass, model load and warm-up excluded
    cpu_seconds: float  # CPU time of the same pass: close to ``seconds`` when nothing else ran
    startup_seconds: float  # model load plus warm-up
    peak_rss_mb: float  # the child's peak resident memory: interpreter, model, texts, results
    cpu: int | None  # the CPU the child was pinned to, or None if it could not be pinned

    @property
    def articles_per_second(self) -> float:
        return self.articles / self.seconds if self.seconds > 0 else float("inf")

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "articles_per_second": self.articles_per_second}


@dataclass(frozen=True)
class Target:
    """A goal the numbers are read against; missing one is reported, never raised."""

    name: str
    value: float
    limit: float
    at_most: bool  # True: the value must not exceed the limit; False: it must reach it
    strict: bool = False  # with at_most: the value must stay below the limit

    @property
    def passed(self) -> bool:
        if self.at_most:
            return self.value < self.limit if self.strict else self.value <= self.limit
        return self.value >= self.limit

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "passed": self.passed}


@dataclass(frozen=True)
class Options:
    """What ``sitrep bench`` was asked to run; the defaults are the benchmark's."""

    n: int = DEFAULT_N
    seed: int = 0
    warmup: int = DEFAULT_WARMUP
    repeat: int = 1
    model: str | None = None
    cpu: int | None = None
    target: str = "sitrep"  # sitrep, or the spacy-lean stand-in that checks the harness
    ingest: int = DEFAULT_INGEST_N
    json: str | None = None
    workers_n: int = DEFAULT_WORKERS_N
    stream: tuple[int, int] = DEFAULT_STREAM
    workers: int = 1  # a cluster child's worker count
    child: str | None = None  # set in a child process: the side it measures
    result: str | None = None  # set in a child process: where it writes its numbers


# ---------------------------------------------------------------------------
# The measured side: runs in the child process
# ---------------------------------------------------------------------------


def measure(
    side: Side,
    reports: Sequence[CorpusReport],
    warmup: Sequence[CorpusReport],
    model: str | None = None,
    cpu: int | None = None,
) -> Measurement:
    """Time one pass of ``side`` over ``reports`` after warming it up on ``warmup``.

    Call it in a fresh process: the peak memory it reports is the whole process's.
    """
    texts = [r.text for r in reports]
    words = sum(len(t.split()) for t in texts)
    start = time.perf_counter()
    pipeline: list[str]
    tokens: int | None
    if side == "ingest":
        import sitrep
        from sitrep.ingest import Item, ingest_items
        from sitrep.read import Report, parse_published
        from sitrep.store import Store

        name = model or _default_model()
        pipeline = []
        warmup_reports: list[Any] = list(warmup)  # CorpusReport has the .text and .published extract_many reads
        for _ in sitrep.extract_many(warmup_reports, model=model):
            pass
        startup = time.perf_counter() - start
        with tempfile.TemporaryDirectory(prefix="sitrep-bench-store-") as tmp:
            store = Store.open(str(Path(tmp) / "bench.db"))
            to_ingest = [
                Item(f"corpus:{k}", Report(r.text, parse_published(r.published), None, None, None))
                for k, r in enumerate(reports)
            ]
            gc.collect()
            wall, cpu_time = time.perf_counter(), time.process_time()
            done = ingest_items(store, to_ingest, extract_many=lambda rs: sitrep.extract_many(rs, model=model))
            count = done.new
            store.dispose()
        tokens = None
    elif side == "sitrep":
        import sitrep

        name = model or _default_model()
        pipeline = []
        # CorpusReport has .text and .published, which is what extract_many reads
        items: list[Any] = list(reports)
        warmup_items: list[Any] = list(warmup)
        for _ in sitrep.extract_many(warmup_items, model=model):  # sitrep loads its model here
            pass
        startup = time.perf_counter() - start
        gc.collect()
        wall, cpu_time = time.perf_counter(), time.process_time()
        count = sum(1 for _ in sitrep.extract_many(items, model=model))
        tokens = None
    else:
        nlp = _load_spacy(side, model)
        name = model or _default_model()
        pipeline = list(nlp.pipe_names)
        for _ in nlp.pipe([r.text for r in warmup]):
            pass
        startup = time.perf_counter() - start
        gc.collect()
        wall, cpu_time = time.perf_counter(), time.process_time()
        count = tokens = 0
        for doc in nlp.pipe(texts):
            count += 1
            tokens += len(doc)
    seconds = time.perf_counter() - wall
    cpu_seconds = time.process_time() - cpu_time
    if count != len(reports):
        raise BenchError(f"{side} returned {count} results for {len(reports)} reports")
    return Measurement(
        side=side,
        model=name,
        pipeline=pipeline,
        articles=count,
        words=words,
        tokens=tokens,
        seconds=seconds,
        cpu_seconds=cpu_seconds,
        startup_seconds=startup,
        peak_rss_mb=peak_rss_mb(),
        cpu=cpu,
    )


def measure_cluster(n: int, workers: int, seed: int, model: str | None = None) -> dict[str, Any]:
    """Ingest ``n`` synthetic reports, streamed from a JSON Lines file, through ``workers`` local Dask workers.

    Cluster start-up and each worker's model load are left out of the timing.
    Returns articles/s, the driver's peak memory and each worker's.
    """
    from sitrep.distributed import ingest_on_cluster, local_client
    from sitrep.ingest import iter_items
    from sitrep.store import Store

    with tempfile.TemporaryDirectory(prefix="sitrep-bench-cluster-") as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        with corpus.open("w", encoding="utf-8") as fh:
            for r in make_corpus(n, seed=seed):
                fh.write(json.dumps({"text": r.text, "published": r.published, "url": f"bench:{r.id}"}) + "\n")
        client = local_client(workers)
        try:
            warm = [(r.text, r.published, None, None, None) for r in make_corpus(2, seed=seed + WARMUP_SEED_OFFSET)]
            from sitrep.distributed import extract_partition

            client.run(extract_partition, warm, model)  # every worker loads its model before the clock starts
            store = Store.open(str(Path(tmp) / "bench.db"))
            gc.collect()
            wall = time.perf_counter()
            done = ingest_on_cluster(store, iter_items([corpus]), client, model=model)
            seconds = time.perf_counter() - wall
            worker_peaks = list(client.run(peak_rss_mb).values())
            store.dispose()
        finally:
            client.close()
    return {
        "n": n,
        "workers": workers,
        "stored": done.new,
        "seconds": seconds,
        "articles_per_second": done.new / seconds if seconds else 0.0,
        "driver_peak_mb": peak_rss_mb(),
        "worker_peak_mb": max(worker_peaks) if worker_peaks else 0.0,
    }


def _default_model() -> str:
    from sitrep.nlp import DEFAULT_MODEL

    return DEFAULT_MODEL


def _load_spacy(side: Side, model: str | None) -> Any:
    if side == "bare":
        import spacy

        return spacy.load(model or _default_model())  # everything the model ships with, nothing excluded
    from sitrep import nlp as nlp_module

    return nlp_module.load(model)


def peak_rss_mb() -> float:
    """This process's peak resident memory, in MB (ru_maxrss is KiB on Linux, bytes on macOS)."""
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 / 1024 if sys.platform == "darwin" else peak / 1024


def pin_to(cpu: int | None) -> int | None:
    """Pin this process to one CPU; None where the system cannot (the run is then unpinned)."""
    if cpu is None or not hasattr(os, "sched_setaffinity"):
        return None
    os.sched_setaffinity(0, {cpu})
    return cpu


def _child(args: Options) -> int:
    os.environ.update(ONE_THREAD)
    if args.child == "cluster":
        result = measure_cluster(args.n, args.workers, args.seed, model=args.model)
        Path(args.result).write_text(json.dumps(result), encoding="utf-8")
        return 0
    cpu = pin_to(args.cpu)
    reports = list(make_corpus(args.n, seed=args.seed))
    warmup = list(make_corpus(args.warmup, seed=args.seed + WARMUP_SEED_OFFSET))
    side = cast(Side, args.child)  # check() lets only SIDES through
    measured = measure(side, reports, warmup, model=args.model, cpu=cpu)
    Path(args.result).write_text(json.dumps(measured.to_json()), encoding="utf-8")
    return 0


# ---------------------------------------------------------------------------
# The parent: runs the children and reads their numbers
# ---------------------------------------------------------------------------


def default_cpu() -> int | None:
    """The last CPU this process may use: CPU 0 is the one most often busy with interrupts."""
    if not hasattr(os, "sched_getaffinity"):
        return None
    return max(os.sched_getaffinity(0))


def run_child(side: Side, n: int, seed: int, warmup: int, model: str | None, cpu: int | None) -> Measurement:
    """Measure ``side`` in a fresh interpreter, so that its memory peak and caches are its own."""
    env = {**os.environ, **ONE_THREAD}
    with tempfile.TemporaryDirectory(prefix="sitrep-bench-") as tmp:
        result = Path(tmp) / "result.json"
        command = [
            sys.executable,
            "-m",
            "sitrep.cli",
            "bench",
            "--child",
            side,
            "--n",
            str(n),
            "--seed",
            str(seed),
            "--warmup",
            str(warmup),
            "--result",
            str(result),
        ]
        if model:
            command += ["--model", model]
        if cpu is not None:
            command += ["--cpu", str(cpu)]
        done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
        if done.returncode != 0 or not result.exists():
            tail = "\n".join(done.stderr.strip().splitlines()[-15:])
            raise BenchError(f"the {side} run failed (exit status {done.returncode}):\n{tail}")
        data = json.loads(result.read_text(encoding="utf-8"))
    data.pop("articles_per_second", None)
    return Measurement(**data)


def best_of(runs: Sequence[Measurement]) -> Measurement:
    """The fastest of repeated runs (noise only ever slows a run down), with the highest memory peak."""
    fastest = min(runs, key=lambda m: m.seconds)
    peak = max(m.peak_rss_mb for m in runs)
    return Measurement(**{**asdict(fastest), "peak_rss_mb": peak})


def targets(measured: Measurement, bare: Measurement) -> list[Target]:
    """The goals: sitrep no slower than the bare parse, at least 10 articles/s, under 600 MB."""
    return [
        Target("articles per second (one core)", measured.articles_per_second, MIN_ARTICLES_PER_SECOND, at_most=False),
        Target("time ratio to bare spaCy", measured.seconds / bare.seconds, MAX_TIME_RATIO, at_most=True),
        Target("peak memory (MB)", measured.peak_rss_mb, MAX_PEAK_MB, at_most=True, strict=True),
    ]


def summary(measured: Measurement, bare: Measurement, seed: int, repeat: int) -> dict[str, Any]:
    """Everything the run found, as written by ``--json``."""
    tokens = bare.tokens if bare.tokens is not None else measured.tokens
    return {
        "n": measured.articles,
        "seed": seed,
        "repeat": repeat,
        "target": measured.side,
        "model": bare.model,
        "cpu": bare.cpu,
        "pinned": bare.cpu is not None,
        "python": platform.python_version(),
        "spacy": _version("spacy"),
        "words_per_report": measured.words / measured.articles if measured.articles else 0.0,
        "tokens_per_report": tokens / bare.articles if tokens is not None and bare.articles else None,
        "time_ratio": measured.seconds / bare.seconds,
        "runs": {"measured": measured.to_json(), "bare": bare.to_json()},
        "targets": [t.to_json() for t in targets(measured, bare)],
    }


def _version(package: str) -> str | None:
    try:
        return version(package)
    except PackageNotFoundError:
        return None


def render(measured: Measurement, bare: Measurement, data: dict[str, Any]) -> None:
    """The report on standard output: one table of numbers, one of targets; fits 80 columns."""
    from rich.console import Console
    from rich.table import Table

    console = Console()
    where = f"pinned to CPU {data['cpu']}" if data["pinned"] else "unpinned: no CPU affinity here"
    console.print(
        f"[bold]sitrep benchmark[/bold]: {data['n']} synthetic reports (seed {data['seed']}), "
        f"one core ({where}), model {data['model']}"
    )
    numbers = Table(title_justify="left")
    for header in ("run", "articles/s", "time s", "CPU s", "load+warm-up s", "peak RSS MB"):
        numbers.add_column(header, justify="left" if header == "run" else "right")
    for m in (measured, bare):
        numbers.add_row(
            _LABELS.get(m.side, m.side),
            f"{m.articles_per_second:.1f}",
            f"{m.seconds:.2f}",
            f"{m.cpu_seconds:.2f}",
            f"{m.startup_seconds:.2f}",
            f"{m.peak_rss_mb:.0f}",
        )
    console.print(numbers)
    for m in (measured, bare):
        console.print(
            f"  {_LABELS.get(m.side, m.side)} runs: {', '.join(m.pipeline) or 'what sitrep loads'}", highlight=False
        )
    tokens = data["tokens_per_report"]
    console.print(
        f"  average report: {data['words_per_report']:.0f} words, "
        + (f"{tokens:.0f} spaCy tokens" if tokens is not None else "tokens not counted"),
        highlight=False,
    )
    if measured.side != "sitrep":
        console.print(
            f"[yellow]The measured side is the {measured.side} stand-in, not sitrep: "
            "this checks the harness, not sitrep.[/yellow]"
        )
    table = Table(title_justify="left")
    for header in ("target", "value", "limit", "result"):
        table.add_column(header, justify="left" if header in ("target", "result") else "right")
    for t in targets(measured, bare):
        sign = ("<" if t.strict else "<=") if t.at_most else ">="
        verdict = "[green]PASS[/green]" if t.passed else "[red]FAIL[/red]"
        table.add_row(t.name, f"{t.value:.2f}", f"{sign} {t.limit:g}", verdict)
    console.print(table)


def run_cluster_child(n: int, workers: int, seed: int, model: str | None) -> dict[str, Any]:
    env = {**os.environ, **ONE_THREAD}
    with tempfile.TemporaryDirectory(prefix="sitrep-bench-") as tmp:
        result = Path(tmp) / "result.json"
        command = [
            sys.executable,
            "-m",
            "sitrep.cli",
            "bench",
            "--child",
            "cluster",
            "--n",
            str(n),
            "--workers",
            str(workers),
            "--seed",
            str(seed),
            "--result",
            str(result),
        ]
        if model:
            command += ["--model", model]
        done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
        if done.returncode != 0 or not result.exists():
            tail = "\n".join(done.stderr.strip().splitlines()[-15:])
            raise BenchError(f"the {workers}-worker run failed (exit status {done.returncode}):\n{tail}")
        found: dict[str, Any] = json.loads(result.read_text(encoding="utf-8"))
        return found


def cluster_runs(args: Options) -> dict[str, Any]:
    """Dask runs: 1 against 2 local workers, and the memory of a small against a large streaming run."""
    from rich.console import Console

    console = Console()
    out: dict[str, Any] = {}
    try:
        runs = {}
        for workers in (1, 2):
            print(
                f"measuring ingest with {workers} Dask worker(s) on {args.workers_n} reports ...",
                file=sys.stderr,
                flush=True,
            )
            runs[workers] = run_cluster_child(args.workers_n, workers, args.seed, args.model)
        speedup = runs[2]["articles_per_second"] / runs[1]["articles_per_second"]
        peak = max(r["worker_peak_mb"] for r in runs.values())
        out["workers"] = {"runs": runs, "speedup": speedup, "worker_peak_mb": peak}
        console.print(
            f"Dask ingest: 1 worker {runs[1]['articles_per_second']:.1f} articles/s, 2 workers "
            f"{runs[2]['articles_per_second']:.1f} articles/s: x{speedup:.2f} "
            f"(target >= {MIN_TWO_WORKER_SPEEDUP}) {'PASS' if speedup >= MIN_TWO_WORKER_SPEEDUP else 'FAIL'}; "
            f"peak per worker {peak:.0f} MB (target < {MAX_PEAK_MB:.0f}) "
            f"{'PASS' if peak < MAX_PEAK_MB else 'FAIL'}",
            highlight=False,
        )
        small, large = args.stream
        if small and large:
            stream = {}
            for n in (small, large):
                print(f"measuring a streaming ingest of {n} reports on 2 workers ...", file=sys.stderr, flush=True)
                stream[n] = run_cluster_child(n, 2, args.seed, args.model)
            growth = {k: stream[large][k] / stream[small][k] - 1 for k in ("driver_peak_mb", "worker_peak_mb")}
            out["stream"] = {"runs": stream, "growth": growth}
            worst = max(growth.values())
            console.print(
                f"streaming memory, {large} against {small} reports: driver "
                f"{stream[small]['driver_peak_mb']:.0f} -> {stream[large]['driver_peak_mb']:.0f} MB, "
                f"worker {stream[small]['worker_peak_mb']:.0f} -> {stream[large]['worker_peak_mb']:.0f} MB: "
                f"+{worst:.0%} (target within {MAX_STREAM_MEMORY_GROWTH:.0%}) "
                f"{'PASS' if worst <= MAX_STREAM_MEMORY_GROWTH else 'FAIL'}",
                highlight=False,
            )
    except BenchError as exc:
        print(f"error: {exc}", file=sys.stderr)
    return out


def check(args: Options) -> str | None:
    """What is wrong with the options, in one line; None when they can run."""
    if args.n < 1 or args.warmup < 1 or args.repeat < 1:
        return "--n, --warmup and --repeat must be at least 1 (the warm-up also loads the model)"
    if args.target not in ("sitrep", "spacy-lean"):
        return f"--target is sitrep or spacy-lean, not {args.target!r}"
    if args.child is not None and args.child not in (*SIDES, "cluster"):
        return f"--child is one of {', '.join((*SIDES, 'cluster'))}, not {args.child!r}"
    if args.child and not args.result:
        return "--child needs --result"
    return None


def main(args: Options) -> int:
    """Run the benchmark (or, with ``child`` set, one measured side) and report it; the exit status."""
    problem = check(args)
    if problem:
        print(f"error: {problem}", file=sys.stderr)
        return 2
    if args.child:
        return _child(args)
    cpu = args.cpu if args.cpu is not None else default_cpu()
    side = cast(Side, args.target)  # check() lets only sitrep and spacy-lean through
    runs: dict[str, list[Measurement]] = {"bare": [], side: []}
    try:
        for round_ in range(args.repeat):
            for which in ("bare", side) if round_ % 2 == 0 else (side, "bare"):
                print(f"measuring {_LABELS[which]} on {args.n} reports ...", file=sys.stderr, flush=True)
                runs[which].append(run_child(which, args.n, args.seed, args.warmup, args.model, cpu))
    except BenchError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    measured, bare = best_of(runs[side]), best_of(runs["bare"])
    data = summary(measured, bare, args.seed, args.repeat)
    render(measured, bare, data)
    if args.ingest and side == "sitrep":
        print(f"measuring sitrep ingest into SQLite on {args.ingest} reports ...", file=sys.stderr, flush=True)
        # against extraction of the same reports (later reports of the corpus are not the first ones' length),
        # run as often as the other sides: the best of each counts, as for them
        stores: list[Measurement] = []
        extractions: list[Measurement] = list(runs[side]) if args.ingest == args.n else []
        try:
            for _ in range(args.repeat):
                stores.append(run_child("ingest", args.ingest, args.seed, args.warmup, args.model, cpu))
                if args.ingest != args.n:
                    extractions.append(run_child("sitrep", args.ingest, args.seed, args.warmup, args.model, cpu))
        except BenchError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        stored, same = best_of(stores), best_of(extractions)
        share = stored.articles_per_second / same.articles_per_second
        data["ingest"] = {
            "run": stored.to_json(),
            "share_of_extraction_speed": share,
            "target": MIN_INGEST_SHARE,
            "passed": share >= MIN_INGEST_SHARE,
        }
        from rich.console import Console

        verdict = "[green]PASS[/green]" if share >= MIN_INGEST_SHARE else "[red]FAIL[/red]"
        Console().print(
            f"ingest into SQLite: {stored.articles} reports, {stored.articles_per_second:.1f} "
            f"articles/s, {share:.0%} of extraction speed on the same reports "
            f"({same.articles_per_second:.1f} articles/s; target >= {MIN_INGEST_SHARE:.0%}) "
            f"{verdict}; peak {stored.peak_rss_mb:.0f} MB"
        )
    if args.workers_n and side == "sitrep":
        data["cluster"] = cluster_runs(args)
    if args.json:
        path = Path(args.json)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    return 0
