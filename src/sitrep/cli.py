"""The command line: ``sitrep extract``, ``demo``, ``eval``, ``train``, ``ingest``, ``incidents``, ``show``,
``export``, ``serve``.

Every command's failure on bad input is one line on standard error and a
non-zero exit status, never a traceback.
"""
from __future__ import annotations

import json
import sys
from enum import Enum
from importlib import resources
from typing import Annotated, Optional

import typer
from rich.console import Console

from .errors import SitrepError
from .read import DEFAULT_MAX_BYTES, Report, parse_published, read_path

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Turn news reports of violence and crisis into structured, evidence-linked event records.",
    pretty_exceptions_enable=False,
)
err_console = Console(stderr=True)


class OutputFormat(str, Enum):
    table = "table"
    json = "json"


def _fail(message: str, code: int = 1) -> None:
    err_console.print(f"[red]error:[/red] {message}", highlight=False, soft_wrap=True)
    raise typer.Exit(code)


ModelOption = Annotated[
    Optional[str],
    typer.Option("--model", help="Any installed spaCy English pipeline (default: the pinned en_core_web_sm)."),
]
TypeModelOption = Annotated[
    Optional[str],
    typer.Option("--type-model", help="An event type model built by `sitrep train` (default: the codebook rules; "
                                      "also SITREP_TYPE_MODEL)."),
]


def _use_type_model(path: str | None) -> None:
    """Turn on a trained type model for this process (and the workers it starts), or fail in one line."""
    import os

    from . import typemodel

    if path is None:
        return
    os.environ[typemodel.ENV_VAR] = path
    typemodel.active()


@app.command()
def extract(
    path: Annotated[str, typer.Argument(help="A text or HTML file, or - for standard input.")],
    published: Annotated[
        Optional[str],
        typer.Option("--published", help="The report's publication date, YYYY-MM-DD: resolves 'Tuesday', 'yesterday'."),
    ] = None,
    output: Annotated[OutputFormat, typer.Option("--format", help="table (readable) or json (SPEC.md fields).")] = OutputFormat.table,
    model: ModelOption = None,
    max_bytes: Annotated[int, typer.Option("--max-bytes", help="Refuse input larger than this.")] = DEFAULT_MAX_BYTES,
    with_text: Annotated[bool, typer.Option("--text/--no-text", help="Include the article text in the JSON.")] = True,
    type_model: TypeModelOption = None,
) -> None:
    """Extract the record of one report.

    Example: sitrep extract article.txt --published 2007-07-10 --format json
    """
    try:
        _use_type_model(type_model)
        parse_published(published)
        report = read_path(path, published=published, max_bytes=max_bytes)
        record = _extract(report, model)
    except (SitrepError, OSError, ValueError) as exc:
        _fail(str(exc) or exc.__class__.__name__)
        return
    _print(record, output, with_text)


def _extract(report: Report, model: str | None):  # noqa: ANN202 - Record, imported lazily
    from .pipeline import extract as run

    return run(report, model=model)


def _print(record, output: OutputFormat, with_text: bool = True) -> None:  # noqa: ANN001
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
    return Report(text=text, published=parse_published(meta.get("published")),
                  title=meta.get("title"), outlet=meta.get("outlet"))


@app.command()
def demo(
    output: Annotated[OutputFormat, typer.Option("--format", help="table or json.")] = OutputFormat.table,
    model: ModelOption = None,
    with_incidents: Annotated[bool, typer.Option(
        "--incidents", help="Ingest the demo corpus (18 reports of 5 incidents) into a fresh store and list them.")] = False,
    db: Annotated[Optional[str], typer.Option(
        "--db", help="With --incidents: the store to create (default: a temporary file).")] = None,
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
        console.print(f"{summary.new} reports stored in {target if db else 'a temporary store'}; "
                      "`sitrep show ID --db FILE` shows one incident", highlight=False)
        with Session(store.engine) as session:
            console.print(incidents_table(list(all_incidents(session))))
        store.dispose()


@app.command("eval")
def eval_command(
    gold: Annotated[str, typer.Argument(help="Gold JSON Lines: {id, published, text, gold: {killed, injured, date}}.")],
    out: Annotated[Optional[str], typer.Option("--out", help="Write the records made, as {id, record} lines.")] = None,
    show: Annotated[int, typer.Option("--show", help="List this many misses with their evidence.")] = 0,
    limit: Annotated[int, typer.Option("--limit", help="Score only the first N reports (0: all).")] = 0,
    field: Annotated[Optional[list[str]], typer.Option(
        "--field", help="List misses of this field only (killed, injured, date); repeat for several.")] = None,
    model: ModelOption = None,
    type_model: TypeModelOption = None,
) -> None:
    """Score sitrep against a gold file: accuracy of killed, injured and date.

    Example: sitrep eval dev.jsonl --out pred.jsonl --show 20 --field date
    """
    from pathlib import Path

    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
    from rich.table import Table

    from . import evaluate as ev
    from .pipeline import extract_many

    unknown = sorted(set(field or []) - set(ev.FIELDS))
    if unknown:
        _fail(f"--field {', '.join(unknown)}: the fields are {', '.join(ev.FIELDS)}")
        return
    try:
        _use_type_model(type_model)
        items = list(ev.read_gold(Path(gold)))
    except (SitrepError, OSError) as exc:
        _fail(str(exc))
        return
    if limit:
        items = items[:limit]
    console = Console(stderr=True)
    with Progress(TextColumn("scoring"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[rate]}"),
                  TimeRemainingColumn(), console=console, transient=True) as progress:
        task = progress.add_task("eval", total=len(items), rate="")
        import time

        started = time.perf_counter()

        def tick(done: int) -> None:
            rate = done / max(time.perf_counter() - started, 1e-9)
            progress.update(task, completed=done, rate=f"{rate:.1f} reports/s")

        try:
            result = ev.evaluate(items, lambda reports: extract_many(reports, model=model),
                                 Path(out) if out else None, tick)
        except (SitrepError, OSError) as exc:
            _fail(str(exc))
            return
    from .typemodel import source_name

    table = Table(title=f"{gold}: {result.n} reports", caption=f"event types: {source_name()}")
    table.add_column("field")
    table.add_column("accuracy", justify="right")
    table.add_column("right", justify="right")
    for name in ev.FIELDS:
        table.add_row(name, f"{result.accuracy(name):.3f}", f"{result.right[name]}/{result.n}")
    Console().print(table)
    if result.errors:
        Console().print(f"{len(result.errors)} reports refused (scored as empty): "
                        + "; ".join(f"{i}: {e}" for i, e in result.errors[:5]))
    for miss in [m for m in result.misses if not field or m.field in field][:show]:
        Console().print(f"[bold]{miss.id}[/bold] {miss.field}: gold {miss.gold!r}, sitrep {miss.predicted!r}"
                        f"\n    {miss.evidence}", highlight=False)


@app.command()
def train(
    export: Annotated[str, typer.Argument(help="Your ACLED export: CSV with notes, event_type, sub_event_type.")],
    out: Annotated[Optional[str], typer.Option("--model-path", help="Where to write the model "
                                               "(default: sitrep/acled-types.pkl in your data folder).")] = None,
    name: Annotated[str, typer.Option("--name", help="The name records give the model: type_source model:NAME.")
                    ] = "acled-svm",
    seed: Annotated[int, typer.Option("--seed", help="The same export and seed give the same model.")] = 0,
) -> None:
    """Train the event type model from your own ACLED export; records then say type_source model:NAME.

    ACLED's terms do not let a model trained on its data ship with sitrep: you build it from your export.
    Example: sitrep train acled_export.csv && SITREP_TYPE_MODEL=~/.local/share/sitrep/acled-types.pkl sitrep extract a.txt
    """
    from pathlib import Path

    from . import typemodel

    source = Path(export)
    target = Path(out).expanduser() if out else typemodel.default_path()
    try:
        rows = list(typemodel.read_acled_csv(source))
        model = typemodel.train(rows, name, typemodel.file_sha256(source), seed)
        typemodel.save(model, target)
    except (SitrepError, OSError) as exc:
        _fail(str(exc))
        return
    err_console.print(f"trained on {model.rows} notes ({len(model.labels)} sub-types) from {source}; "
                      f"model written to {target}\nuse it with: {typemodel.ENV_VAR}={target}", highlight=False,
                      soft_wrap=True)


DbOption = Annotated[
    Optional[str],
    typer.Option("--db", help="A SQLite file (default sitrep.db here) or postgresql://user@host/db."),
]


def _open_store(db: str | None):  # noqa: ANN202 - Store, imported lazily
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
    scheduler: Annotated[Optional[str], typer.Option(
        "--scheduler", help="Extract on the Dask cluster of this scheduler, e.g. tcp://10.0.0.5:8786.")] = None,
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
    from .pipeline import extract_many

    store = _open_store(db)
    started = time.monotonic()
    with Progress(TextColumn("[bold]ingest[/bold]"), BarColumn(bar_width=None), MofNCompleteColumn(),
                  TextColumn("{task.description}"), TimeElapsedColumn(), console=err_console,
                  transient=False) as progress:
        task = progress.add_task("starting", total=None)
        # the total is counted beside the ingest (files, lines of JSON Lines files), so it starts at once
        threading.Thread(target=lambda: progress.update(task, total=count_items(paths)), daemon=True).start()

        def tick(summary) -> None:  # noqa: ANN001
            rate = summary.new / max(time.monotonic() - started, 1e-6)
            rejected = summary.rejected_total
            progress.update(task, completed=summary.new + summary.duplicate + rejected,
                            description=f"{summary.new} new, {summary.duplicate} duplicate, {rejected} rejected"
                            f" · {rate:.1f} reports/s")

        try:
            if workers or scheduler:
                from .distributed import ingest_on_cluster, local_client, remote_client
                from .ingest import iter_items

                client = remote_client(scheduler) if scheduler else local_client(workers)
                try:
                    summary = ingest_on_cluster(store, iter_items(paths, max_bytes), client, model=model,
                                                on_report=tick)
                finally:
                    client.close()
            else:
                summary = run(store, paths, extract_many=lambda reports: extract_many(reports, model=model),
                              max_bytes=max_bytes, on_report=tick)
        except (SitrepError, OSError) as exc:
            _fail(str(exc))
            return
    console = Console()
    console.print(f"read {summary.read}, new {summary.new}, duplicate {summary.duplicate}, "
                  f"rejected {summary.rejected_total}", highlight=False)
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


class ExportFormat(str, Enum):
    csv = "csv"
    jsonl = "jsonl"
    geojson = "geojson"


@app.command()
def export(
    output: Annotated[ExportFormat, typer.Option("--format", help="csv, jsonl or geojson.")] = ExportFormat.csv,
    db: DbOption = None,
    out: Annotated[Optional[str], typer.Option("--out", help="Write here instead of standard output.")] = None,
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


@app.command()
def bench(
    make_corpus: Annotated[int, typer.Option("--make-corpus", help="Write N synthetic reports as JSON Lines.")] = 0,
    out: Annotated[str, typer.Option("--out", help="Where to write the corpus (- for standard output).")] = "-",
    seed: Annotated[int, typer.Option("--seed", help="The same seed gives the same reports.")] = 0,
) -> None:
    """Benchmark helpers: a corpus of synthetic reports for load tests, built from sitrep's own templates.

    The benchmark itself is `make bench` (python -m sitrep.bench).
    Example: sitrep bench --make-corpus 20000 --out corpus.jsonl
    """
    from .corpus import make_corpus as build

    if make_corpus <= 0:
        _fail("give --make-corpus N; the benchmark itself runs with `make bench`")
    sink = sys.stdout if out == "-" else open(out, "w", encoding="utf-8")
    try:
        for report in build(make_corpus, seed=seed):
            sink.write(json.dumps({"text": report.text, "url": f"https://example.org/sitrep-corpus/{seed}/{report.id}",
                                   "published": report.published, "outlet": report.outlet,
                                   "title": report.title}, ensure_ascii=False) + "\n")
    finally:
        if sink is not sys.stdout:
            sink.close()
    if out != "-":
        err_console.print(f"{make_corpus} reports written to {out}")


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option("--host", help="Address to listen on; 0.0.0.0 for every interface.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = 8000,
    tiles: Annotated[Optional[str], typer.Option(
        "--tiles", envvar="SITREP_TILES",
        help="Map tile URL template, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png "
             "(default: offline country outlines).")] = None,
    attribution: Annotated[str, typer.Option(
        "--tiles-attribution", envvar="SITREP_TILES_ATTRIBUTION", help="Attribution the tile server asks for.")
    ] = "map tiles: see the tile server's terms",
    max_bytes: Annotated[int, typer.Option("--max-bytes", help="Refuse request bodies larger than this (413).")
                         ] = DEFAULT_MAX_BYTES,
    model: ModelOption = None,
) -> None:
    """Serve the JSON API (/api, schema at /docs) and the web pages over a store.

    Writing (POST /api/reports) needs the bearer token in SITREP_TOKEN; with none set, writing is off.
    Example: SITREP_TOKEN=secret sitrep serve --db demo.db --port 8000
    """
    import os

    import uvicorn

    from .nlp import load
    from .web import Settings, create_app

    try:
        application = create_app(Settings(db=db, token=os.environ.get("SITREP_TOKEN") or None, tiles=tiles,
                                          tiles_attribution=attribution, max_body=max_bytes, model=model))
        load(model)  # before listening: the first extraction does not wait, and a missing model stops here
    except SitrepError as exc:
        _fail(str(exc))
        return
    writing = "on (bearer token from SITREP_TOKEN)" if os.environ.get("SITREP_TOKEN") else "off (no SITREP_TOKEN)"
    err_console.print(f"sitrep on http://{host}:{port}/  ·  API schema at /docs  ·  writing {writing}",
                      highlight=False, soft_wrap=True)
    uvicorn.run(application, host=host, port=port, log_level="warning")


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

