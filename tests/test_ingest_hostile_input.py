"""Hostile input: every bad item is listed with its reason and skipped, every good one stored, nothing raises."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sitrep import pipeline
from sitrep.errors import InputError, InputTooLarge
from sitrep.extraction.dates import resolve_date
from sitrep.ingest import count_items, ingest, item_from_json
from sitrep.read import PublicationDateError, parse_published, read_bytes, read_path, read_text
from sitrep.store import EventRow, IncidentRow, ReportRow, Store

GOOD = [
    "Gunmen killed four villagers in Kidal on Tuesday, a local official said. The attackers fled on motorbikes.",
    "A roadside bomb wounded three soldiers near Gao on Monday, the army said in a statement.",
    "Police said two men were shot dead in a market in Kano on Sunday. No group has claimed the attack.",
    "Gunmen killed four villagers in Mopti on December 31, 9999, a local official said on Friday.",
]


def _hostile_lines() -> list[tuple[str, str | None]]:
    """(line, reason's start or None for a good line) for every hostile case of issue 12, with good lines among."""
    nested = "<html><body>" + "<div>" * 10_000 + "<p>Gunmen killed four people in Gao.</p>" + "</div>" * 10_000
    cases: list[tuple[object, str | None]] = [
        ({"text": GOOD[0], "published": "2024-05-08", "url": "https://example.org/1"}, None),
        (
            {"text": GOOD[1] + " one", "published": "0001-01-01"},
            "unreadable: bad publication date '0001-01-01' is not between 1900-01-01 and tomorrow",
        ),
        (
            {"text": GOOD[1] + " two", "published": "9999-12-31"},
            "unreadable: bad publication date '9999-12-31' is not between 1900-01-01 and tomorrow",
        ),
        (
            {"text": GOOD[1] + " three", "published": "9999-12-31T23:59:59-05:00"},
            "unreadable: bad publication date '9999-12-31T23:59:59-05:00' is not between 1900-01-01 and tomorrow",
        ),
        (
            {"text": GOOD[1] + " four", "published": 20240508},
            "unreadable: bad publication date: a number, not a string",
        ),
        ({"text": GOOD[1] + " five", "url": {"a": 1}}, "bad line: 'url' is an object, not a string"),
        ({"text": GOOD[1] + " six", "title": 5}, "bad line: 'title' is a number, not a string"),
        ({"text": GOOD[1] + " seven", "outlet": ["x"]}, "bad line: 'outlet' is a list, not a string"),
        (
            {"text": GOOD[1] + " eight", "url": "https://example.org/" + "x" * 3000},
            "bad line: 'url' is 3,020 characters, over the limit of 2,000",
        ),
        ({"text": GOOD[1], "published": "2024-05-06", "url": "https://example.org/2"}, None),
        ('{"text": NaN}', "bad line: no text or html"),
        ('{"text": Infinity, "url": "https://example.org/inf"}', "bad line: no text or html"),
        (
            {"text": "killed " * 200_001},
            "unreadable: {src} is 1,400,007 characters, over the limit of 500,000 characters a report may have",
        ),
        (
            {"text": "a" * 500_000},
            "unreadable: {src} does not read as prose: it has a run of 500,000 characters without a space",
        ),
        ({"html": nested}, "unreadable: {src} is HTML nested 10,003 levels deep, over the 255 levels that can be read"),
        (
            {"text": "Gunmen killed four people \ud800 in Gao on Monday, police said."},
            "unreadable: {src} is not UTF-8 text (byte 26); convert it, e.g. with iconv -t UTF-8",
        ),
        ("not json at all", "bad line: not JSON"),
        ("[1, 2, 3]", "bad line: not a JSON object"),
        ("[" * 100_000 + "]" * 100_000, "bad line: not JSON"),
        ({"text": GOOD[2], "published": "2024-05-06T10:00:00Z", "title": "Kano", "outlet": "Daily"}, None),
        ({"text": GOOD[3], "published": "2024-05-10"}, None),
    ]
    out = []
    for obj, reason in cases:
        line = obj if isinstance(obj, str) else json.dumps(obj)
        out.append((line, reason))
    return out


def test_a_hostile_jsonl_stores_every_good_line_and_lists_every_bad_one(tmp_path: Path) -> None:
    lines = _hostile_lines()
    source = tmp_path / "hostile.jsonl"
    source.write_text("\n".join(line for line, _ in lines) + "\n", encoding="utf-8", errors="surrogatepass")
    store = Store.open(str(tmp_path / "sitrep.db"))
    summary = ingest(store, [source])
    expected = [
        (f"{source}:{n}", reason.format(src=f"{source}:{n}"))
        for n, (_, reason) in enumerate(lines, 1)
        if reason is not None
    ]
    assert summary.rejected_sources == expected
    good = sum(1 for _, reason in lines if reason is None)
    assert (summary.read, summary.new, summary.duplicate, summary.rejected_total) == (
        len(lines),
        good,
        0,
        len(expected),
    )
    assert count_items([source]) == len(lines)
    with Session(store.engine) as session:
        assert session.scalar(select(func.count()).select_from(ReportRow)) == good
        days = set(session.scalars(select(EventRow.date)))
        assert all(d is None or date(1900, 1, 1) <= d <= date(2024, 5, 11) for d in days), days
        assert session.scalar(select(func.max(IncidentRow.date_end))) <= date(2024, 5, 11)
    again = ingest(store, [source])  # a rerun stores nothing twice and crashes on nothing
    assert (again.new, again.duplicate, again.rejected_total) == (0, good, len(expected))


def test_a_line_over_the_limit_is_refused_without_being_read_whole(tmp_path: Path) -> None:
    source = tmp_path / "big.jsonl"
    with source.open("w", encoding="utf-8") as fh:
        fh.write(json.dumps({"text": "word " * 30_000}) + "\n")
        fh.write(json.dumps({"text": GOOD[0]}) + "\n")
    from sitrep.ingest import iter_items

    items = list(iter_items([source], max_bytes=10_000))
    assert [(i.source, i.error) for i in items] == [
        (f"{source}:1", "unreadable: the line is over 85,536 bytes, the limit for --max-bytes 10,000"),
        (f"{source}:2", None),
    ]


def test_one_report_the_pipeline_fails_on_is_listed_and_the_others_stored(tmp_path: Path, monkeypatch) -> None:
    real = pipeline.assemble

    def failing(doc, report):
        if "Gao" in report.text:
            raise ValueError("an extractor broke")
        return real(doc, report)

    monkeypatch.setattr(pipeline, "assemble", failing)
    source = tmp_path / "r.jsonl"
    source.write_text(
        "".join(json.dumps({"text": t, "published": "2024-05-10"}) + "\n" for t in GOOD), encoding="utf-8"
    )
    store = Store.open(str(tmp_path / "sitrep.db"))
    summary = ingest(store, [source])
    assert (summary.new, summary.rejected_sources) == (
        3,
        [(f"{source}:2", "not extracted: ValueError: an extractor broke")],
    )
    assert store.count(ReportRow) == 3


def test_each_report_is_stored_as_soon_as_it_is_extracted(tmp_path: Path, monkeypatch) -> None:
    """A run stopped at its 20th report has stored the 19 before it, not 0 (they were kept for a zone of 256)."""
    real = pipeline.assemble
    seen = []

    def stop_at_20(doc, report):
        seen.append(report)
        if len(seen) == 20:
            raise KeyboardInterrupt
        return real(doc, report)

    monkeypatch.setattr(pipeline, "assemble", stop_at_20)
    source = tmp_path / "r.jsonl"
    source.write_text(
        "".join(
            json.dumps({"text": f"{GOOD[k % 3]} Bulletin {k}.", "published": "2024-05-10"}) + "\n" for k in range(40)
        ),
        encoding="utf-8",
    )
    store = Store.open(str(tmp_path / "sitrep.db"))
    with pytest.raises(KeyboardInterrupt):
        ingest(store, [source])
    assert store.count(ReportRow) == 19
    monkeypatch.setattr(pipeline, "assemble", real)
    summary = ingest(store, [source])  # the rerun resumes
    assert (summary.new, summary.duplicate) == (21, 19)
    assert store.count(ReportRow) == 40


@pytest.mark.parametrize(
    "value, message",
    [
        ("0001-01-01", "publication date '0001-01-01' is not between 1900-01-01 and tomorrow"),
        ("9999-12-31", "publication date '9999-12-31' is not between 1900-01-01 and tomorrow"),
        (date(1899, 12, 31), "publication date '1899-12-31' is not between 1900-01-01 and tomorrow"),
        ("31/12/2020", "publication date '31/12/2020' is not YYYY-MM-DD"),
    ],
)
def test_publication_dates_out_of_range_are_refused(value, message) -> None:
    with pytest.raises(PublicationDateError) as caught:
        parse_published(value)
    assert str(caught.value) == message
    assert isinstance(caught.value, ValueError) and isinstance(caught.value, InputError)


@pytest.mark.parametrize(
    "text, published",
    [
        ("December 31, 9999", date(2024, 5, 8)),
        ("December 31, 9999", None),
        ("9999-12-31", None),
        ("January 1, 1066", date(2024, 5, 8)),
        ("yesterday", date(1, 1, 1)),
        ("tomorrow", date(9999, 12, 31)),
        ("Tuesday", date(9999, 12, 31)),
        ("two weeks ago", date(1900, 1, 3)),
    ],
)
def test_dates_outside_a_sane_range_do_not_resolve(text, published) -> None:
    assert resolve_date(text, published) is None


def test_utf16_is_read_not_called_binary() -> None:
    text = "Gunmen killed four villagers in Kidal on Tuesday, a local official said."
    for data in (text.encode("utf-16"), text.encode("utf-16-le"), text.encode("utf-16-be")):
        assert read_bytes(data).text == text


def test_the_too_large_message_gives_the_file_size(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"Gunmen killed four people. " * 1000)  # 27,000 bytes
    with pytest.raises(InputTooLarge) as caught:
        read_path(str(path), max_bytes=100)
    assert str(caught.value) == f"{path} is 27,000 bytes, over the limit of 100 (raise it with --max-bytes)"


def test_text_over_the_character_limit_is_refused_with_the_limit() -> None:
    with pytest.raises(InputTooLarge) as caught:
        read_text("Gunmen killed four. " * 60, max_chars=1000)
    assert str(caught.value) == "input is 1,200 characters, over the limit of 1,000 characters a report may have"


def test_deeply_nested_html_says_so() -> None:
    html = "<html><body>" + "<div>" * 10_000 + "<p>Gunmen killed four people in Gao.</p>" + "</div>" * 10_000
    with pytest.raises(InputError) as caught:
        read_bytes(html.encode())
    assert str(caught.value) == "input is HTML nested 10,003 levels deep, over the 255 levels that can be read"


def test_a_string_without_spaces_is_not_a_report() -> None:
    assert item_from_json({"text": "x" * 500_000}, "request", 2_000_000).error == (
        "unreadable: request does not read as prose: it has a run of 500,000 characters without a space"
    )


def test_extract_with_stdin_closed_is_one_line() -> None:
    result = subprocess.run(
        f"{sys.executable} -m sitrep.cli extract - <&-", shell=True, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 1
    assert result.stderr.strip() == "error: standard input is closed: give a file, or pipe a report in"


def test_csv_export_neutralises_formulas(tmp_path: Path) -> None:
    import csv
    import io

    from benchmarks.fake_records import fake_extract_many

    from sitrep.export import write_csv

    source = tmp_path / "r.jsonl"
    source.write_text(
        json.dumps(
            {
                "text": "Kidal|2024-05-07|4|Gunmen killed four villagers in Kidal.",
                "published": "2024-05-08",
                "title": '=HYPERLINK("http://evil.example","x")',
                "outlet": "@SUM(1+1)",
            }
        )
        + "\n",
        encoding="utf-8",
    )
    store = Store.open(str(tmp_path / "sitrep.db"))
    assert ingest(store, [source], extract_many=fake_extract_many).new == 1
    out = io.StringIO()
    with Session(store.engine) as session:
        assert write_csv(session, out) == 1
    row = next(csv.DictReader(io.StringIO(out.getvalue())))
    assert (row["notes"], row["source"]) == ('\'=HYPERLINK("http://evil.example","x")', "'@SUM(1+1)")
    assert row["longitude"] == "1.41" and row["fatalities"] == "4"
    from sitrep.export import safe_cell

    assert [safe_cell(v) for v in ("=1", "+1", "-1", "@a", "\tx", "\rx", "ok", -4.18, 3)] == [
        "'=1",
        "'+1",
        "'-1",
        "'@a",
        "'\tx",
        "'\rx",
        "ok",
        -4.18,
        3,
    ]


def test_ingest_logs_each_rejection_as_a_json_line(tmp_path: Path) -> None:
    source = tmp_path / "bad.jsonl"
    source.write_text('not json\n{"text": "x", "url": 5}\n', encoding="utf-8")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "sitrep.cli",
            "ingest",
            str(source),
            "--db",
            str(tmp_path / "s.db"),
            "--log-json",
            "--log-level",
            "info",
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    logged = [json.loads(line) for line in result.stderr.splitlines() if line.startswith("{")]
    assert [(e["level"], e["logger"], e["event"], e["source"], e["reason"]) for e in logged] == [
        ("warning", "sitrep.ingest", "rejected", f"{source}:1", "bad line: not JSON"),
        ("warning", "sitrep.ingest", "rejected", f"{source}:2", "bad line: 'url' is a number, not a string"),
    ]
    assert "Traceback" not in result.stderr


def test_a_bad_log_level_is_one_line() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "sitrep.cli", "ingest", "x.jsonl", "--log-level", "loud"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1
    assert result.stderr.strip() == "error: log level 'loud' is not one of debug, info, warning, error"


def test_a_partition_gives_the_reason_of_a_report_it_fails_on(monkeypatch) -> None:
    from sitrep.distributed import extract_partition
    from sitrep.ingest import ERROR_KEY

    real = pipeline.assemble

    def failing(doc, report):
        if "Gao" in report.text:
            raise ValueError("an extractor broke")
        return real(doc, report)

    monkeypatch.setattr(pipeline, "assemble", failing)
    records = extract_partition([(GOOD[0], "2024-05-10", None, None, None), (GOOD[1], "2024-05-10", None, None, None)])
    assert records[1] == {ERROR_KEY: "ValueError: an extractor broke"}
    assert records[0]["events"][0]["totals"]["killed"] == 4


def test_a_report_the_store_fails_on_is_listed_and_the_run_goes_on(tmp_path: Path, monkeypatch) -> None:
    """A failure while linking or reconciling one report (ValueError: min() arg is an empty sequence) rolls that
    report back and lists it; the reports before and after it are stored."""
    from benchmarks.fake_records import fake_extract_many

    import sitrep.ingest as ingest_module

    real = ingest_module.reconcile_incident

    def failing(session, incident):
        if incident.locality == "Gao":
            raise ValueError("min() arg is an empty sequence")
        return real(session, incident)

    monkeypatch.setattr(ingest_module, "reconcile_incident", failing)
    source = tmp_path / "r.jsonl"
    source.write_text(
        "".join(
            json.dumps({"text": f"{place}|2024-05-0{k + 1}|4|Report {k}.", "published": "2024-05-09"}) + "\n"
            for k, place in enumerate(["Kidal", "Gao", "Mopti"])
        ),
        encoding="utf-8",
    )
    store = Store.open(str(tmp_path / "sitrep.db"))
    summary = ingest(store, [source], extract_many=fake_extract_many)
    assert (summary.new, summary.rejected_sources) == (
        2,
        [(f"{source}:2", "not stored: ValueError: min() arg is an empty sequence")],
    )
    assert (store.count(ReportRow), store.count(IncidentRow), store.count(EventRow)) == (2, 2, 2)
