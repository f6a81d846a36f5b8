"""The command line: ``sitrep extract``, ``sitrep demo``.

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
) -> None:
    """Extract the record of one report.

    Example: sitrep extract article.txt --published 2007-07-10 --format json
    """
    try:
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
) -> None:
    """Run sitrep on the embedded demo report and show the record.

    Example: sitrep demo
    """
    try:
        record = _extract(demo_report(), model)
    except (SitrepError, OSError, ValueError) as exc:
        _fail(str(exc))
        return
    _print(record, output)


@app.command("eval")
def eval_command(
    gold: Annotated[str, typer.Argument(help="Gold JSON Lines: {id, published, text, gold: {killed, injured, date}}.")],
    out: Annotated[Optional[str], typer.Option("--out", help="Write the records made, as {id, record} lines.")] = None,
    show: Annotated[int, typer.Option("--show", help="List this many misses with their evidence.")] = 0,
    limit: Annotated[int, typer.Option("--limit", help="Score only the first N reports (0: all).")] = 0,
    model: ModelOption = None,
) -> None:
    """Score sitrep against a gold file: accuracy of killed, injured and date.

    Example: sitrep eval dev.jsonl --out pred.jsonl --show 20
    """
    from pathlib import Path

    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
    from rich.table import Table

    from . import evaluate as ev
    from .pipeline import extract_many

    try:
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
    table = Table(title=f"{gold}: {result.n} reports")
    table.add_column("field")
    table.add_column("accuracy", justify="right")
    table.add_column("right", justify="right")
    for name in ev.FIELDS:
        table.add_row(name, f"{result.accuracy(name):.3f}", f"{result.right[name]}/{result.n}")
    Console().print(table)
    if result.errors:
        Console().print(f"{len(result.errors)} reports refused (scored as empty): "
                        + "; ".join(f"{i}: {e}" for i, e in result.errors[:5]))
    for miss in result.misses[:show]:
        Console().print(f"[bold]{miss.id}[/bold] {miss.field}: gold {miss.gold!r}, sitrep {miss.predicted!r}"
                        f"\n    {miss.evidence}", highlight=False)


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

