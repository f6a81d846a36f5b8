"""Property tests: the JSON Lines reader, the API's bodies and the date resolver never raise, whatever they get."""

from __future__ import annotations

import json
import tracemalloc
from datetime import date, timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sitrep.extraction.dates import resolve_date
from sitrep.ingest import count_items, item_from_json, iter_items
from sitrep.web import Settings, create_app

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)
FIELDS = st.sampled_from(["text", "html", "published", "url", "title", "outlet", "extra"])
TEXTS = st.sampled_from(
    [
        "Gunmen killed four villagers in Kidal on Tuesday, a local official said.",
        "<p>A bomb wounded five people in Quetta on December 31, 9999.</p>",
        "",
        " ",
        "\x00\x00",
        "x" * 2000,
    ]
) | st.text(max_size=200)
DATES = st.sampled_from(
    ["2024-05-08", "0001-01-01", "9999-12-31", "9999-12-31T23:59:59-14:00", "2024-13-45", "", "2024-05-08T06:30:00Z"]
) | st.text(max_size=30)
REPORTS = st.fixed_dictionaries(
    {},
    optional={
        "text": TEXTS | JSON,
        "html": TEXTS | JSON,
        "published": DATES | JSON,
        "url": st.text(max_size=50) | JSON,
        "title": JSON,
        "outlet": JSON,
    },
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(FIELDS, JSON | TEXTS | DATES, max_size=6) | REPORTS | JSON)
def test_a_json_item_is_read_or_refused_with_a_reason(obj) -> None:
    item = item_from_json(obj, "line", 100_000)
    assert (item.report is None) != (item.error is None)
    if item.report is not None:
        assert isinstance(item.report.text, str) and item.report.text.strip()
        for value in (item.report.url, item.report.title, item.report.outlet):
            assert value is None or isinstance(value, str)
        assert item.report.published is None or date(1900, 1, 1) <= item.report.published <= date.today() + timedelta(1)
    else:
        assert "\n" not in item.error and len(item.error) < 400


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.binary(max_size=300) | REPORTS.map(lambda o: json.dumps(o).encode()), max_size=8))
def test_any_bytes_in_a_jsonl_file_give_items_not_exceptions(tmp_path_factory, lines) -> None:
    path = tmp_path_factory.mktemp("fuzz") / "lines.jsonl"
    path.write_bytes(b"\n".join(lines))
    items = list(iter_items([path], max_bytes=1000))
    assert all((i.report is None) != (i.error is None) for i in items)
    assert count_items([path]) == len(items)


@settings(max_examples=400, deadline=None)
@given(
    st.text(max_size=60)
    | st.sampled_from(
        [
            "December 31, 9999",
            "9999-12-31",
            "Jan 1 0001",
            "yesterday",
            "two years ago",
            "last Tuesday",
            "in May",
            "12/31",
        ]
    ),
    st.none() | st.dates(),
)
def test_the_date_resolver_never_raises_and_stays_in_range(text, published) -> None:
    value = resolve_date(text, published)
    if value is not None:
        assert value.date >= date(1900, 1, 1)
        assert value.date <= (published or date.today()) + timedelta(days=366)


@pytest.fixture(scope="module")
def fast_client(demo_db: str) -> TestClient:
    """The app with extraction replaced by a stub: the bodies are what is tested, not the model."""
    app = create_app(Settings(db=demo_db, token="t", open_rate=0))

    class Stub:
        def to_json(self) -> dict:
            return {"events": []}

    app.state.service.extract = lambda report: Stub()
    with TestClient(app) as c:
        yield c


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(REPORTS | JSON)
def test_any_body_gets_an_answer_never_a_500(fast_client: TestClient, body) -> None:
    raw = json.dumps(body, allow_nan=True)
    for path in ("/api/extract", "/api/reports"):
        response = fast_client.post(path, content=raw, headers={"Content-Type": "application/json"})
        assert (
            response.status_code in (200, 413, 422)
            if path == "/api/extract"
            else response.status_code in (401, 413, 422)
        ), (path, response.status_code, response.text[:300])
        assert len(response.content) < 20_000


def test_ingest_reads_a_huge_line_without_holding_it(tmp_path: Path) -> None:
    """A 60 MB line under --max-bytes 100,000 is refused having held at most a piece of it, not 60 MB."""
    path = tmp_path / "huge.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        fh.write('{"text": "' + "killed " * 9_000_000 + '"}\n')
        fh.write(
            json.dumps({"text": "Gunmen killed four villagers in Kidal on Tuesday, a local official said."}) + "\n"
        )
    tracemalloc.start()
    items = list(iter_items([path], max_bytes=100_000))
    counted = count_items([path])
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert [i.error for i in items] == [
        "unreadable: the line is over 265,536 bytes, the limit for --max-bytes 100,000",
        None,
    ]
    assert counted == 2
    assert peak < 5_000_000, peak
