"""The terminal view of a record: events, figures with their evidence sentence, people, quotes."""

from __future__ import annotations

import re

from rich import box
from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from .record import Event, Figure, Record

_QUALIFIER = {"at_least": "≥", "at_most": "≤", "about": "~", "vague": "?", "exact": ""}


#: The end of a sentence: a line break, or a stop that is not the dot of "p.m.", "Mr." or an initial and is
#: followed by a capital or a quote.
_SENTENCE_END = re.compile(
    r"(?<![ap]\.m)(?<!\bMrs)(?<!\bMr|\bDr|\bSt|\bLt|\bNo|\bJr|\bSr)(?<!\bSgt)(?<!\b[A-Z])"
    r"[.!?][\"”’)]*\s+(?=[A-Z\"“‘(])|\n"
)


def sentence_bounds(text: str, start: int, end: int, reach: int = 600) -> tuple[int, int]:
    """Where the sentence around the span ``start:end`` begins and ends, looking back at most ``reach``."""
    window = max(0, start - reach)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, window, start)]
    after = _SENTENCE_END.search(text, end)
    return (ends[-1] if ends else window), (after.start() + 1 if after else len(text))


def evidence_sentence(text: str, span: tuple[int, int], width: int = 220) -> Text:
    """The sentence around a span, the span itself in bold."""
    start, end = span
    left, right = sentence_bounds(text, start, end)
    if right - left > width:
        left = max(left, start - width // 2)
        right = min(right, end + width // 2)
    out = Text()
    out.append(text[left:start].lstrip())
    out.append(text[start:end], style="bold yellow")
    out.append(text[end:right].rstrip())
    return out


def _count(f: Figure) -> str:
    if f.low is not None and f.high is not None:
        return f"{f.low}-{f.high}"
    return f"{_QUALIFIER.get(f.qualifier, '')}{f.count}"


def _event_panel(event: Event, text: str) -> Panel:
    where = "unknown place"
    if event.place is not None:
        p = event.place
        parts = [p.site, p.locality, p.admin1, p.country]
        where = ", ".join(x for x in dict.fromkeys(parts) if x) or p.name
    when = event.date or "unknown date"
    if event.time:
        when += f" {event.time}"
    if event.start_date:
        when = f"{event.start_date} → {when}"
    head = Text()
    head.append(f"{event.event_type} / {event.sub_event_type}", style="bold")
    head.append(f"   {when} ({event.date_precision})   {where}")
    if event.type_evidence:
        words = "; ".join(repr(text[a:b]) for a, b in event.type_evidence)
        head.append(f"\ntype read from {words} ({event.type_source})", style="dim")
    if event.note:
        head.append(f"\n{event.note}", style="italic")
    if event.actors:
        head.append(
            "\nsides: "
            + "; ".join(
                f"{a.name} ({a.actor_class}{', ' + a.acled_class if a.acled_class else ''}, {a.role})"
                for a in event.actors
            )
        )
    if event.totals:
        head.append("\ntotals: " + ", ".join(f"{k} {v}" for k, v in event.totals.items()), style="bold cyan")
    table = Table(box=box.SIMPLE_HEAD, expand=True, show_edge=False)
    table.add_column("kind", no_wrap=True)
    table.add_column("count", justify="right", no_wrap=True)
    table.add_column("group", ratio=1)
    table.add_column("source and evidence", ratio=3)
    for f in event.figures:
        source = Text(f.certainty + (f" · {f.attribution}" if f.attribution else ""), style="italic")
        if f.derived:
            source.append(f" · derived {f.derived}")
        if f.evidence:
            source.append("\n")
            start, end = f.evidence[-1]
            source.append_text(evidence_sentence(text, (start, end), width=260))
        table.add_row(f.kind, _count(f), f"{f.group} [{f.group_class}]", source)
    title = "main event" if event.main else "background event"
    return Panel(Group(head, table), title=title, title_align="left", border_style="green" if event.main else "blue")


def render(record: Record, console: Console) -> None:
    """Print a readable record."""
    meta = [x for x in (record.title, record.outlet, record.published and f"published {record.published}") if x]
    if meta:
        console.print(Text(" · ".join(meta), style="bold"))
    if not record.events:
        console.print("No event of violence or harm found in this report.")
    for event in record.events:
        console.print(_event_panel(event, record.text))
    if record.people:
        table = Table(title="people", box=box.SIMPLE_HEAD, title_justify="left", show_edge=False)
        table.add_column("name")
        table.add_column("title")
        table.add_column("role")
        table.add_column("mentions", justify="right")
        for p in record.people:
            table.add_row(p.name, p.title or "", p.role or "", str(len(p.mentions)))
        console.print(table)
    if record.quotes:
        table = Table(title="quotes", box=box.SIMPLE_HEAD, title_justify="left", show_edge=False, expand=True)
        table.add_column("speaker", no_wrap=True)
        table.add_column("verb", no_wrap=True)
        table.add_column("kind", no_wrap=True)
        table.add_column("words", ratio=3)
        for q in record.quotes:
            table.add_row(q.speaker, q.verb or "", q.kind, q.text)
        console.print(table)
    if record.organizations:
        console.print(Text("organisations: ", style="bold") + Text("; ".join(record.organizations)))
    for warning in record.warnings:
        console.print(Text(f"warning: {warning}", style="yellow"))
