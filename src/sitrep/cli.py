"""The command line: ``sitrep extract``, ``demo``, ``eval``, ``train``, ``ingest``, ``incidents``, ``show``,
``export``, ``bench``, ``serve``, ``gazetteer``.

Every command's failure on bad input is one line on standard error and a
non-zero exit status, never a traceback.
"""

from __future__ import annotations

import contextlib
import importlib
import json
import sys
from enum import StrEnum
from importlib import resources
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer
from rich.console import Console

from .errors import SettingError, SitrepError
from .read import DEFAULT_MAX_BYTES, MAX_CHARS, Report, parse_published, read_path

if TYPE_CHECKING:  # imported where used, so `sitrep --help` stays fast
    from rich.table import Table

    from .evaluate import EvalResult, GoldReport
    from .ingest import Summary
    from .record import Record
    from .store import Store

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Turn news reports of violence and crisis into structured, evidence-linked event records.",
    pretty_exceptions_enable=False,
)
err_console = Console(stderr=True)


class OutputFormat(StrEnum):
    table = "table"
    json = "json"


def _fail(message: str, code: int = 1) -> NoReturn:
    err_console.print(f"[red]error:[/red] {message}", highlight=False, soft_wrap=True)
    raise typer.Exit(code)


def _benchmarks(module: str) -> ModuleType:
    """A module of the checkout's top-level ``benchmarks/`` folder, which the installed package does not ship."""
    root = Path(__file__).resolve().parents[2]
    if not (root / "benchmarks" / f"{module}.py").is_file():
        _fail("sitrep bench needs a source checkout of sitrep (its benchmarks/ folder), not an installed package")
    if str(root) not in sys.path:
        sys.path.insert(0, str(root))
    return importlib.import_module(f"benchmarks.{module}")


LogLevelOption = Annotated[
    str,
    typer.Option(
        "--log-level", help="Log messages at this level and above to standard error: debug, info, warning or error."
    ),
]
LogJsonOption = Annotated[bool, typer.Option("--log-json", help="Log one JSON object a line.")]


def _logging(level: str, json_lines: bool) -> None:
    from .logs import setup

    try:
        setup(level, json_lines)
    except SettingError as exc:
        _fail(str(exc))


ModelOption = Annotated[
    str | None,
    typer.Option("--model", help="Any installed spaCy English pipeline (default: the pinned en_core_web_sm)."),
]
TypeModelOption = Annotated[
    str | None,
    typer.Option(
        "--type-model",
        help="An event type model built by `sitrep train` (default: the codebook rules; also SITREP_TYPE_MODEL).",
    ),
]


def _use_type_model(path: str | None) -> None:
    """Turn on a trained type model for this process (and the workers it starts), or fail in one line."""
    import os

    from .events import typemodel

    if path is None:
        return
    os.environ[typemodel.ENV_VAR] = path
    typemodel.active()


@app.command()
def extract(
    path: Annotated[str, typer.Argument(help="A text or HTML file, or - for standard input.")],
    published: Annotated[
        str | None,
        typer.Option("--published", help="The report's publication date, YYYY-MM-DD: resolves 'Tuesday', 'yesterday'."),
    ] = None,
    output: Annotated[
        OutputFormat, typer.Option("--format", help="table (readable) or json (the fields of docs/record.md).")
    ] = OutputFormat.table,
    model: ModelOption = None,
    max_bytes: Annotated[int, typer.Option("--max-bytes", help="Refuse input larger than this.")] = DEFAULT_MAX_BYTES,
    with_text: Annotated[bool, typer.Option("--text/--no-text", help="Include the article text in the JSON.")] = True,
    log_level: LogLevelOption = "warning",
    log_json: LogJsonOption = False,
    type_model: TypeModelOption = None,
) -> None:
    """Extract the record of one report.

    Example: sitrep extract article.txt --published 2007-07-10 --format json
    """
    _logging(log_level, log_json)
    try:
        _use_type_model(type_model)
        parse_published(published)
        report = read_path(path, published=published, max_bytes=max_bytes)
        record = _extract(report, model)
    except (SitrepError, OSError, ValueError) as exc:
        _fail(str(exc) or exc.__class__.__name__)
        return
    except Exception as exc:  # a failure of the pipeline on this report: one line, not a traceback
        import logging

        logging.getLogger("sitrep.extraction").debug("extraction failed", exc_info=True)
        _fail(f"extraction failed on {path}: {exc.__class__.__name__}: {str(exc).splitlines()[0] if str(exc) else ''}")
        return
    _print(record, output, with_text)


def _extract(report: Report, model: str | None) -> Record:
    from .pipeline import extract as run

    return run(report, model=model)


def _print(record: Record, output: OutputFormat, with_text: bool = True) -> None:
    if output is OutputFormat.json:
        sys.stdout.write(json.dumps(record.to_json(include_text=with_text), ensure_ascii=False, indent=2) + "\n")
    else:
        from .render import render

        render(record, Console())


def demo_report() -> Report:
    """The demo report shipped with the package: written for the project about the Lal Masjid assault."""
    base = resources.files("sitrep") / "data" / "demo"
    meta = json.loads((base / "lal-masjid.json").read_text(encoding="utf-8"))
    text = (base / "lal-masjid.txt").read_text(encoding="utf-8")
    return Report(
        text=text, published=parse_published(meta.get("published")), title=meta.get("title"), outlet=meta.get("outlet")
    )


@app.command()
def demo(
    output: Annotated[OutputFormat, typer.Option("--format", help="table or json.")] = OutputFormat.table,
    model: ModelOption = None,
    with_incidents: Annotated[
        bool,
        typer.Option(
            "--incidents", help="Ingest the demo corpus (18 reports of 5 incidents) into a fresh store and list them."
        ),
    ] = False,
    db: Annotated[
        str | None, typer.Option("--db", help="With --incidents: the store to create (default: a temporary file).")
    ] = None,
) -> None:
    """Run sitrep on the embedded demo report and show the record; or, with --incidents, link a demo corpus.

    Examples: sitrep demo; sitrep demo --incidents --db demo.db
    """
    if with_incidents:
        _demo_incidents(db, model)
        return
    try:
        record = _extract(demo_report(), model)
    except (SitrepError, OSError, ValueError) as exc:
        _fail(str(exc))
        return
    _print(record, output)


def _demo_incidents(db: str | None, model: str | None) -> None:
    import tempfile
    from pathlib import Path

    from sqlalchemy.orm import Session

    from .export import incidents as all_incidents
    from .ingest import ingest as run
    from .pipeline import extract_many
    from .views import incidents_table

    corpus = resources.files("sitrep") / "data" / "incidents" / "reports.jsonl"
    with tempfile.TemporaryDirectory() as tmp:
        target = db or str(Path(tmp) / "demo.db")
        if db and Path(db).exists():
            _fail(f"{db} exists: the demo makes a fresh store, give a new file")
        store = _open_store(target)
        with err_console.status("ingesting the demo corpus ..."):
            summary = run(store, [str(corpus)], extract_many=lambda reports: extract_many(reports, model=model))
        console = Console()
        console.print(
            f"{summary.new} reports stored in {target if db else 'a temporary store'}; "
            "`sitrep show ID --db FILE` shows one incident",
            highlight=False,
        )
        with Session(store.engine) as session:
            console.print(incidents_table(list(all_incidents(session))))
        store.dispose()


@app.command("eval")
def eval_command(
    gold: Annotated[
        str,
        typer.Argument(
            help="Gold JSON Lines {id, published, text, gold: {...}, meta?}; a folder of NAME.json gold records "
            "beside NAME.txt; or a folder of reports.jsonl and incidents.json, to score incidents."
        ),
    ],
    out: Annotated[str | None, typer.Option("--out", help="Write the records made, as {id, record} lines.")] = None,
    show: Annotated[int, typer.Option("--show", help="List this many misses with their evidence.")] = 0,
    limit: Annotated[int, typer.Option("--limit", help="Score only the first N reports (0: all).")] = 0,
    sample: Annotated[int, typer.Option("--sample", help="Score N reports drawn with --seed (0: all).")] = 0,
    seed: Annotated[int, typer.Option("--seed", help="The seed of --sample: the same seed, the same reports.")] = 13,
    workers: Annotated[int, typer.Option("--workers", help="Extract over this many processes.")] = 1,
    field: Annotated[
        list[str] | None,
        typer.Option(
            "--field", help="List misses of this field only (killed, injured, date, ...); repeat for several."
        ),
    ] = None,
    model: ModelOption = None,
    type_model: TypeModelOption = None,
) -> None:
    """Score sitrep against a gold file: per gold field, how often the main event is right.

    Fields: killed, injured, kidnapped, date, event_type, sub_event_type,
    country, place (within 50 km, or the town's name), and toponym
    precision, recall and accuracy within 161 km on geoparsing corpora.

    Example: sitrep eval dev.jsonl --sample 300 --workers 2 --show 20 --field date
    """
    from pathlib import Path

    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from . import evaluate as ev
    from .pipeline import extract_many

    if (Path(gold) / "incidents.json").exists():
        _eval_incidents(Path(gold), limit or sample, show, model)
        return
    unknown = sorted(set(field or []) - set(ev.FIELDS))
    if unknown:
        _fail(f"--field {', '.join(unknown)}: the fields are {', '.join(ev.FIELDS)}")
        return
    if min(limit, sample, show) < 0 or workers < 1:
        _fail("--limit, --sample and --show take 0 or more, --workers 1 or more")
        return
    try:
        _use_type_model(type_model)
        items = ev.subsample(ev.read_any(Path(gold)), limit=limit, sample=sample, seed=seed)
    except (SitrepError, OSError) as exc:
        _fail(str(exc))
        return
    console = Console(stderr=True)
    with Progress(
        TextColumn("scoring"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeRemainingColumn(),
        console=console,
        transient=True,
    ) as progress:
        task = progress.add_task("eval", total=len(items), rate="")
        import time

        started = time.perf_counter()

        def tick(done: int) -> None:
            rate = done / max(time.perf_counter() - started, 1e-9)
            progress.update(task, completed=done, rate=f"{rate:.1f} reports/s")

        try:
            one = (lambda reports: extract_many(reports, model=model)) if workers == 1 else None
            result = ev.evaluate(items, one, Path(out) if out else None, tick, workers=workers, model=model)
        except (SitrepError, OSError) as exc:
            _fail(str(exc))
            return
    Console().print(_eval_table(gold, result), highlight=False)
    for line in _eval_notes(items, result):
        Console().print(line, highlight=False)
    for miss in [m for m in result.misses if not field or m.field in field][:show]:
        said = f"gold {miss.gold!r}, sitrep {miss.predicted!r}\n    " if miss.field != "toponym" else ""
        Console().print(f"[bold]{miss.id}[/bold] {miss.field}: {said}{miss.evidence}", highlight=False, soft_wrap=True)


def _eval_incidents(folder: Path, limit: int, show: int, model: str | None) -> None:
    """An incident corpus, scored by the incident scorer: B-cubed of the grouping, best killed / injured."""
    from .evaluate.incidents import format_score, score_corpus
    from .pipeline import extract_many

    err_console.print(f"ingesting {folder} into a fresh store...", highlight=False)
    try:
        result = score_corpus(
            folder, limit=limit or None, extract_many=lambda reports: extract_many(reports, model=model)
        )
    except (SitrepError, OSError) as exc:
        _fail(str(exc))
        return
    console = Console()
    for line in format_score(folder.name, result):
        console.print(line, highlight=False)
    for miss in result["misses"][:show]:
        console.print(
            f"  {miss['incident']} {miss['kind']}: gold {miss['gold']}, best {miss['best']}"
            f"{'' if miss['grouped'] else ' (reports split)'}",
            highlight=False,
        )


def _eval_table(gold: str, result: EvalResult) -> Table:
    from pathlib import Path

    from rich.table import Table

    from .events.typemodel import source_name

    title = f"{Path(gold).name}: {result.n} reports"
    table = Table(title=title, min_width=len(title) + 4, caption=f"event types: {source_name()}")
    table.add_column("field")
    table.add_column("accuracy", justify="right")
    table.add_column("right", justify="right")
    for name, cell in result.cells().items():
        table.add_row(name, f"{cell['score']:.3f}", f"{cell['right']}/{cell['n']}")
    return table


def _eval_notes(items: list[GoldReport], result: EvalResult) -> list[str]:
    """What a reader of the table must know: refused reports, which classifier and geoparser ran, a date that is
    no test."""
    notes = []
    if result.errors:
        notes.append(
            f"{len(result.errors)} reports refused (scored as empty): "
            + "; ".join(f"{i}: {e}" for i, e in result.errors[:5])
        )
    if result.classifiers:
        notes.append("event type classifier: " + ", ".join(f"{k} ({v})" for k, v in result.classifiers.most_common()))
    if result.geoparser:
        notes.append(f"toponyms from {result.geoparser}")
    dated = [g for g in items if g.gold.get("date") and g.published]
    if len(dated) >= 3 and all(str(g.published)[:10] == str(g.gold["date"])[:10] for g in dated):
        notes.append(
            "date: every report's published date is the event date here, so it is not a test of date resolution"
        )
    return notes


@app.command()
def train(
    export: Annotated[str, typer.Argument(help="Your ACLED export: CSV with notes, event_type, sub_event_type.")],
    out: Annotated[
        str | None,
        typer.Option(
            "--model-path", help="Where to write the model (default: sitrep/acled-types.pkl in your data folder)."
        ),
    ] = None,
    name: Annotated[
        str, typer.Option("--name", help="The name records give the model: type_source model:NAME.")
    ] = "acled-svm",
    seed: Annotated[int, typer.Option("--seed", help="The same export and seed give the same model.")] = 0,
) -> None:
    """Train the event type model from your own ACLED export; records then say type_source model:NAME.

    ACLED's terms do not let a model trained on its data ship with sitrep: you build it from your export.
    Example: sitrep train acled_export.csv && SITREP_TYPE_MODEL=~/.local/share/sitrep/acled-types.pkl sitrep extract a.txt
    """
    from pathlib import Path

    from .events import typemodel

    source = Path(export)
    target = Path(out).expanduser() if out else typemodel.default_path()
    try:
        rows = list(typemodel.read_acled_csv(source))
        model = typemodel.train(rows, name, typemodel.file_sha256(source), seed)
        typemodel.save(model, target)
    except (SitrepError, OSError) as exc:
        _fail(str(exc))
        return
    err_console.print(
        f"trained on {model.rows} notes ({len(model.labels)} sub-types) from {source}; "
        f"model written to {target}\nuse it with: {typemodel.ENV_VAR}={target}",
        highlight=False,
        soft_wrap=True,
    )


DbOption = Annotated[
    str | None,
    typer.Option("--db", help="A SQLite file (default sitrep.db here) or postgresql://user@host/db."),
]


def _open_store(db: str | None) -> Store:
    from .store import Store

    try:
        return Store.open(db)
    except SitrepError as exc:
        _fail(str(exc))


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders (read recursively) and JSON Lines files.")],
    db: DbOption = None,
    model: ModelOption = None,
    max_bytes: Annotated[int, typer.Option("--max-bytes", help="Refuse reports larger than this.")] = DEFAULT_MAX_BYTES,
    workers: Annotated[int, typer.Option("--workers", help="Extract in N local processes (Dask); 0: in this one.")] = 0,
    scheduler: Annotated[
        str | None,
        typer.Option("--scheduler", help="Extract on the Dask cluster of this scheduler, e.g. tcp://10.0.0.5:8786."),
    ] = None,
    max_chars: Annotated[
        int,
        typer.Option(
            "--max-chars", help="Refuse reports of more characters than this (the parser's cost grows with them)."
        ),
    ] = MAX_CHARS,
    log_level: LogLevelOption = "warning",
    log_json: LogJsonOption = False,
) -> None:
    """Store reports, each once, and link them into incidents.

    JSON Lines files hold one report a line: {"text" or "html", "url", "published", "outlet", "title"}.
    Running it again on the same input stores nothing twice and finishes an interrupted run.

    Examples: sitrep ingest reports/ more.jsonl --db sitrep.db;
    sitrep ingest archive.jsonl --workers 2; sitrep ingest archive.jsonl --scheduler tcp://HOST:8786 --db postgresql://...
    """
    import threading
    import time

    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from .ingest import count_items
    from .ingest import ingest as run

    _logging(log_level, log_json)
    store = _open_store(db)
    started = time.monotonic()
    with Progress(
        TextColumn("[bold]ingest[/bold]"),
        BarColumn(bar_width=None),
        MofNCompleteColumn(),
        TextColumn("{task.description}"),
        TimeElapsedColumn(),
        console=err_console,
        transient=False,
    ) as progress:
        task = progress.add_task("starting", total=None)
        # the total is counted beside the ingest (files, lines of JSON Lines files), so it starts at once
        threading.Thread(target=lambda: progress.update(task, total=count_items(paths)), daemon=True).start()

        def tick(summary: Summary) -> None:
            rate = summary.new / max(time.monotonic() - started, 1e-6)
            rejected = summary.rejected_total
            progress.update(
                task,
                completed=summary.new + summary.duplicate + rejected,
                description=f"{summary.new} new, {summary.duplicate} duplicate, {rejected} rejected"
                f" · {rate:.1f} reports/s",
            )

        try:
            if workers or scheduler:
                from .distributed import ingest_on_cluster, local_client, remote_client
                from .ingest import iter_items

                client = remote_client(scheduler) if scheduler else local_client(workers)
                try:
                    summary = ingest_on_cluster(
                        store, iter_items(paths, max_bytes, max_chars), client, model=model, on_report=tick
                    )
                finally:
                    client.close()
            else:
                summary = run(store, paths, model=model, max_bytes=max_bytes, max_chars=max_chars, on_report=tick)
        except (SitrepError, OSError) as exc:
            _fail(str(exc))
            return
    console = Console()
    console.print(
        f"read {summary.read}, new {summary.new}, duplicate {summary.duplicate}, rejected {summary.rejected_total}",
        highlight=False,
    )
    for source, reason in summary.rejected_sources[:20]:
        console.print(f"  rejected {source}: {reason}", highlight=False)
    if summary.rejected_total > 20:
        console.print(f"  ... and {summary.rejected_total - 20} more", highlight=False)


@app.command()
def incidents(db: DbOption = None, limit: Annotated[int, typer.Option("--limit", help="Show at most N.")] = 50) -> None:
    """List the incidents of the store, newest first.

    Example: sitrep incidents --db sitrep.db
    """
    from .export import incidents as all_incidents
    from .views import incidents_table

    store = _open_store(db)
    from sqlalchemy.orm import Session

    with Session(store.engine) as session:
        rows = list(all_incidents(session))[:limit]
        Console().print(incidents_table(rows))


@app.command()
def show(incident_id: Annotated[int, typer.Argument(help="The incident's id.")], db: DbOption = None) -> None:
    """One incident: its reconciled figures, the timeline of its toll, its reports.

    Example: sitrep show 1 --db sitrep.db
    """
    from sqlalchemy.orm import Session

    from .store import IncidentRow
    from .views import show_incident

    store = _open_store(db)
    with Session(store.engine) as session:
        incident = session.get(IncidentRow, incident_id)
        if incident is None:
            _fail(f"no incident {incident_id} in the store")
            return
        show_incident(session, incident, Console())


class ExportFormat(StrEnum):
    csv = "csv"
    jsonl = "jsonl"
    geojson = "geojson"


@app.command()
def export(
    output: Annotated[ExportFormat, typer.Option("--format", help="csv, jsonl or geojson.")] = ExportFormat.csv,
    db: DbOption = None,
    out: Annotated[str | None, typer.Option("--out", help="Write here instead of standard output.")] = None,
) -> None:
    """Export the incidents: CSV with ACLED-like columns plus low/best/high, JSON Lines, or GeoJSON points.

    Example: sitrep export --format geojson --out incidents.geojson
    """
    from sqlalchemy.orm import Session

    from . import export as ex

    store = _open_store(db)
    writer = {"csv": ex.write_csv, "jsonl": ex.write_jsonl, "geojson": ex.write_geojson}[output.value]
    with Session(store.engine) as session:
        if out:
            with open(out, "w", encoding="utf-8", newline="") as fh:
                n = writer(session, fh)
            err_console.print(f"{n} incidents written to {out}")
        else:
            writer(session, sys.stdout)


class BenchTarget(StrEnum):
    sitrep = "sitrep"
    spacy_lean = "spacy-lean"


@app.command()
def bench(
    n: Annotated[int, typer.Option("--n", help="Reports to time.")] = 200,
    seed: Annotated[int, typer.Option("--seed", help="Corpus seed: the same seed gives the same reports.")] = 0,
    warmup: Annotated[int, typer.Option("--warmup", help="Reports run before timing starts, at least 1.")] = 5,
    repeat: Annotated[int, typer.Option("--repeat", help="Runs per side; the fastest counts.")] = 1,
    model: Annotated[
        str | None, typer.Option("--model", help="spaCy pipeline for both sides (default: sitrep's).")
    ] = None,
    cpu: Annotated[int | None, typer.Option("--cpu", help="CPU to pin to (default: the last one allowed).")] = None,
    target: Annotated[
        BenchTarget,
        typer.Option("--target", help="What to measure against bare spaCy; spacy-lean only checks the harness."),
    ] = BenchTarget.sitrep,
    ingest_n: Annotated[
        int, typer.Option("--ingest", help="Also time ingest into SQLite over this many reports, 0 to skip.")
    ] = 1000,
    json_path: Annotated[str | None, typer.Option("--json", help="Also write the numbers as JSON here.")] = None,
    workers_n: Annotated[
        int, typer.Option("--workers-n", help="Reports for the 1- and 2-worker Dask runs, 0 to skip.")
    ] = 300,
    stream: Annotated[
        tuple[int, int],
        typer.Option(
            "--stream",
            metavar="SMALL LARGE",
            help="Report counts of the two streaming runs whose memory is compared; 0 0 to skip.",
        ),
    ] = (2000, 20000),
    make_corpus: Annotated[
        int, typer.Option("--make-corpus", help="Instead: write N synthetic reports as JSON Lines.")
    ] = 0,
    out: Annotated[str, typer.Option("--out", help="Where --make-corpus writes (- for standard output).")] = "-",
    workers: Annotated[int, typer.Option("--workers", hidden=True)] = 1,
    child: Annotated[str | None, typer.Option("--child", hidden=True)] = None,
    result: Annotated[str | None, typer.Option("--result", hidden=True)] = None,
) -> None:
    """Benchmark sitrep: articles per second and peak memory on one CPU core, against bare spaCy.

    With --make-corpus N, write synthetic reports for load tests instead.
    Needs a source checkout: the benchmarks/ folder is not in the installed package.
    Example: sitrep bench --n 50 --ingest 0 --workers-n 0 --stream 0 0
    Example: sitrep bench --make-corpus 20000 --out corpus.jsonl
    """
    if make_corpus > 0:
        _write_corpus(make_corpus, out, seed)
        return
    harness = _benchmarks("bench")
    options = harness.Options(
        n=n,
        seed=seed,
        warmup=warmup,
        repeat=repeat,
        model=model,
        cpu=cpu,
        target=target.value,
        ingest=ingest_n,
        json=json_path,
        workers_n=workers_n,
        stream=stream,
        workers=workers,
        child=child,
        result=result,
    )
    problem = harness.check(options)
    if problem:
        _fail(problem, code=2)
    raise typer.Exit(harness.main(options))


def _write_corpus(count: int, out: str, seed: int) -> None:
    build = _benchmarks("corpus").make_corpus
    with open(out, "w", encoding="utf-8") if out != "-" else contextlib.nullcontext(sys.stdout) as sink:
        for report in build(count, seed=seed):
            sink.write(
                json.dumps(
                    {
                        "text": report.text,
                        "url": f"https://example.org/sitrep-corpus/{seed}/{report.id}",
                        "published": report.published,
                        "outlet": report.outlet,
                        "title": report.title,
                    },
                    ensure_ascii=False,
                )
                + "\n"
            )
    if out != "-":
        err_console.print(f"{count} reports written to {out}")


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[
        str, typer.Option("--host", help="Address to listen on; 0.0.0.0 for every interface.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = 8000,
    tiles: Annotated[
        str | None,
        typer.Option(
            "--tiles",
            envvar="SITREP_TILES",
            help="Map tile URL template, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png "
            "(default: offline country outlines).",
        ),
    ] = None,
    attribution: Annotated[
        str,
        typer.Option(
            "--tiles-attribution", envvar="SITREP_TILES_ATTRIBUTION", help="Attribution the tile server asks for."
        ),
    ] = "map tiles: see the tile server's terms",
    max_bytes: Annotated[
        int, typer.Option("--max-bytes", help="Refuse request bodies larger than this (413).")
    ] = DEFAULT_MAX_BYTES,
    model: ModelOption = None,
    max_chars: Annotated[
        int, typer.Option("--max-chars", help="Refuse reports of more characters than this (413).")
    ] = MAX_CHARS,
    open_max_chars: Annotated[
        int,
        typer.Option("--open-max-chars", help="Without the token: refuse reports of more characters than this (413)."),
    ] = 20_000,
    open_rate: Annotated[
        int,
        typer.Option(
            "--open-rate",
            help="Without the token: extractions a client may ask for a minute (429 beyond; 0: no limit).",
        ),
    ] = 30,
    extract_queue: Annotated[
        int, typer.Option("--extract-queue", help="Extractions that may wait; more get 503.")
    ] = 64,
    slow_ms: Annotated[float, typer.Option("--slow-ms", help="Log requests slower than this.")] = 1000.0,
    log_level: LogLevelOption = "warning",
    log_json: LogJsonOption = False,
) -> None:
    """Serve the JSON API (/api, schema at /docs) and the web pages over a store.

    Writing (POST /api/reports) needs the bearer token in SITREP_TOKEN; with none set, writing is off.
    Example: SITREP_TOKEN=secret sitrep serve --db demo.db --port 8000
    """
    import os

    import uvicorn

    from .nlp import load
    from .web import Settings, create_app

    _logging(log_level, log_json)
    try:
        application = create_app(
            Settings(
                db=db,
                token=os.environ.get("SITREP_TOKEN") or None,
                tiles=tiles,
                tiles_attribution=attribution,
                max_body=max_bytes,
                model=model,
                max_chars=max_chars,
                open_max_chars=open_max_chars,
                open_rate=open_rate,
                extract_queue=extract_queue,
                slow_ms=slow_ms,
            )
        )
        load(model)  # before listening: the first extraction does not wait, and a missing model stops here
    except SitrepError as exc:
        _fail(str(exc))
        return
    writing = "on (bearer token from SITREP_TOKEN)" if os.environ.get("SITREP_TOKEN") else "off (no SITREP_TOKEN)"
    err_console.print(
        f"sitrep on http://{host}:{port}/  ·  API schema at /docs  ·  writing {writing}",
        highlight=False,
        soft_wrap=True,
    )
    uvicorn.run(application, host=host, port=port, log_level=log_level if log_level != "debug" else "info")


gazetteer_app = typer.Typer(
    no_args_is_help=True, help="The offline gazetteer: where it is, and a fuller one from GeoNames' dump files."
)
app.add_typer(gazetteer_app, name="gazetteer")


@gazetteer_app.command("import")
def gazetteer_import(
    files: Annotated[
        list[str],
        typer.Argument(
            help="GeoNames dump files: allCountries.zip or XX.zip, "
            "alternateNamesV2.zip, admin1CodesASCII.txt, admin2Codes.txt."
        ),
    ],
    gazetteer: Annotated[
        str | None,
        typer.Option("--gazetteer", help="Where to write the index (default: the user's data directory)."),
    ] = None,
) -> None:
    """Build a local gazetteer index from GeoNames' dump files (https://download.geonames.org/export/dump/).

    The index holds the default gazetteer's places plus every populated place and division of the dumps;
    sitrep uses it from then on (or the file $SITREP_GAZETTEER names).

    Example: sitrep gazetteer import NG.zip alternateNamesV2.zip admin1CodesASCII.txt admin2Codes.txt
    """
    from pathlib import Path

    from .extraction.gazetteer import default_index_path, get_gazetteer, imported_index_path
    from .extraction.gazetteer.dumps import import_dumps

    target = Path(gazetteer) if gazetteer else imported_index_path()
    base = default_index_path()
    try:
        get_gazetteer(base)  # the package index the dumps are added to, built if not cached
        import_dumps(
            [Path(f) for f in files],
            target,
            base,
            progress=lambda m: err_console.print(m, highlight=False, soft_wrap=True),
        )
    except (OSError, ValueError) as exc:
        _fail(str(exc))
    typer.echo(str(target))


@gazetteer_app.command("info")
def gazetteer_info(
    gazetteer: Annotated[
        str | None, typer.Option("--gazetteer", help="An index file (default: the one in use).")
    ] = None,
) -> None:
    """Which gazetteer index sitrep uses, what it was built from and how many places it holds."""
    from .extraction.gazetteer import get_gazetteer

    try:
        gaz = get_gazetteer(gazetteer)
    except (OSError, ValueError) as exc:
        _fail(str(exc))
        return
    typer.echo(f"{gaz.path}\n{gaz.source}\n{len(gaz):,} places")


def main() -> None:
    """Entry point of the ``sitrep`` command."""
    try:
        app()
    except KeyboardInterrupt:
        err_console.print("interrupted")
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)


if __name__ == "__main__":
    main()
