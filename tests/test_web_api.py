"""The HTTP API against the app itself (httpx through FastAPI's TestClient): every endpoint, the token rule,
413, 422 and 404, and the pages' escaping of report text."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from sitrep.web import Settings, create_app

LAL_MASJID = (
    "ISLAMABAD, July 10 - Pakistani troops stormed the Lal Masjid on Tuesday. The assault left 100 dead. "
    "Twelve security personnel were among those killed while the rest were militants, an army spokesman said."
)


@pytest.fixture(scope="module")
def client(demo_db: str) -> TestClient:
    """Read-only use of the demo store: writing is off (no token)."""
    with TestClient(create_app(Settings(db=demo_db, max_body=20_000))) as c:
        yield c


@pytest.fixture()
def writer(db_url: str) -> TestClient:
    """An empty store (SQLite, and PostgreSQL when a test server is given) that accepts writes with the
    token 's3cret'."""
    app = create_app(Settings(db=db_url, token="s3cret"))
    with TestClient(app) as c:
        yield c
    app.state.service.store.dispose()


def _incident_id(client: TestClient, q: str) -> int:
    items = client.get("/api/incidents", params={"q": q}).json()["items"]
    assert len(items) == 1, items
    return items[0]["id"]


# ---------------------------------------------------------------------------- POST /api/extract


def test_extract_returns_the_record_with_evidence(client: TestClient) -> None:
    response = client.post("/api/extract", json={"text": LAL_MASJID, "published": "2007-07-10"})
    assert response.status_code == 200
    record = response.json()
    event = record["events"][0]
    assert event["event_type"] == "battles"
    assert event["date"] == "2007-07-10"
    assert event["totals"]["killed"] == 100
    killed = {(f["group_class"], f["count"]) for f in event["figures"] if f["kind"] == "killed"}
    assert killed == {("unknown", 100), ("security_forces", 12), ("militants", 88)}
    hundred = next(f for f in event["figures"] if f["kind"] == "killed" and f["count"] == 100)
    start, end = hundred["evidence"][0]
    assert record["text"][start:end] == "left 100 dead"


def test_extract_reads_html(client: TestClient) -> None:
    page = (
        "<html><head><title>Clash in Kidal</title></head><body><article><h1>Clash in Kidal</h1>"
        "<p>Gunmen killed four soldiers in an attack on an army post near the town on Sunday, "
        "a military spokesman said on Monday. The attackers fled before reinforcements arrived, "
        "and the army said it was searching the area around the post.</p></article></body></html>"
    )
    response = client.post("/api/extract", json={"html": page, "published": "2024-03-04"})
    assert response.status_code == 200
    event = response.json()["events"][0]
    assert event["totals"] == {"killed": 4}
    assert event["date"] == "2024-03-03"


@pytest.mark.parametrize(
    "body, message",
    [
        ({}, "give exactly one of 'text' or 'html'"),
        ({"text": "   "}, "give exactly one of 'text' or 'html'"),
        ({"text": LAL_MASJID, "html": "<p>x</p>"}, "give exactly one of 'text' or 'html'"),
        ({"text": LAL_MASJID, "colour": "red"}, "Extra inputs are not permitted"),
        ({"text": 42}, "Input should be a valid string"),
    ],
)
def test_extract_refuses_bad_bodies_with_422(client: TestClient, body: dict, message: str) -> None:
    response = client.post("/api/extract", json=body)
    assert response.status_code == 422
    assert message in str(response.json()["detail"])


def test_extract_explains_unreadable_text_with_422(client: TestClient) -> None:
    french = (
        "Les soldats ont pris d'assaut la mosquée mardi et le bilan est de cent morts selon "
        "les autorités, qui ont dit que la plupart des victimes étaient des militants armés de la mosquée."
    )
    response = client.post("/api/extract", json={"text": french})
    assert response.status_code == 422
    assert "does not look like English text" in response.json()["detail"]
    response = client.post("/api/extract", json={"text": LAL_MASJID, "published": "10 July"})
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["body", "published"]
    response = client.post("/api/extract", json={"text": LAL_MASJID, "published": "2007-13-45"})
    assert response.status_code == 422
    assert response.json()["detail"] == "unreadable: bad publication date '2007-13-45'"


def test_extract_refuses_invalid_json_with_422(client: TestClient) -> None:
    response = client.post("/api/extract", content=b"{not json", headers={"content-type": "application/json"})
    assert response.status_code == 422


def test_body_over_the_limit_gets_413(client: TestClient) -> None:
    response = client.post("/api/extract", json={"text": "word " * 5000})
    assert response.status_code == 413
    assert response.json() == {"detail": "request body over the limit of 20,000 bytes"}


def test_streamed_body_over_the_limit_gets_413(client: TestClient) -> None:
    def chunks():
        yield b'{"text": "'
        for _ in range(30):
            yield b"word " * 200
        yield b'"}'

    response = client.post("/api/extract", content=chunks(), headers={"content-type": "application/json"})
    assert response.status_code == 413


# ---------------------------------------------------------------------------- GET /api/incidents


def test_incidents_newest_first_with_totals(client: TestClient) -> None:
    data = client.get("/api/incidents").json()
    assert data["total"] == 6
    dates = [i["date_start"] for i in data["items"]]
    assert dates == sorted(dates, reverse=True)
    assert dates[0] == "2024-05-07"  # the report with markup in it
    lal = data["items"][-1]
    assert lal["place"]["site"] == "Lal Masjid"
    assert {k: (v["low"], v["best"], v["high"]) for k, v in lal["totals"].items() if k in ("killed", "injured")} == {
        "killed": (50, 102, 150),
        "injured": (12, 50, 50),
    }


@pytest.mark.parametrize(
    "params, expected",
    [
        ({"country": "pk"}, 4),
        ({"country": "SO"}, 1),  # the Jowhar abduction, filed from Nairobi
        ({"event_type": "battles"}, 1),
        ({"event_type": "explosions_remote_violence"}, 2),
        ({"q": "quetta"}, 2),
        ({"q": "quetta sariab"}, 1),
        ({"q": "100%_"}, 0),
        ({"date_from": "2007-07-15", "date_to": "2007-07-20"}, 3),
        ({"date_from": "2007-07-11", "date_to": "2007-07-11"}, 1),  # the assault spans 3 to 11 July
        ({"date_from": "2024-01-01"}, 1),
    ],
)
def test_incident_filters(client: TestClient, params: dict, expected: int) -> None:
    data = client.get("/api/incidents", params=params).json()
    assert data["total"] == expected
    assert len(data["items"]) == expected


def test_incident_paging(client: TestClient) -> None:
    everything = [i["id"] for i in client.get("/api/incidents").json()["items"]]
    first = client.get("/api/incidents", params={"limit": 4}).json()
    second = client.get("/api/incidents", params={"limit": 4, "offset": 4}).json()
    assert (first["total"], second["total"]) == (6, 6)
    assert [i["id"] for i in first["items"]] + [i["id"] for i in second["items"]] == everything
    assert len(second["items"]) == 2


@pytest.mark.parametrize(
    "params, message",
    [
        ({"country": "PAK"}, "String should match pattern"),
        ({"event_type": "picnic"}, "Input should be"),
        ({"date_from": "yesterday"}, "Input should be a valid date"),
        ({"date_from": "2007-08-01", "date_to": "2007-07-01"}, "date_from is after date_to"),
        ({"limit": 0}, "greater than or equal to 1"),
        ({"limit": 1000}, "less than or equal to 200"),
    ],
)
def test_incident_filters_refuse_bad_values_with_422(client: TestClient, params: dict, message: str) -> None:
    response = client.get("/api/incidents", params=params)
    assert response.status_code == 422
    assert message in str(response.json()["detail"])


# ---------------------------------------------------------------------------- one incident, one report


def test_incident_detail_points_each_figure_at_its_words(client: TestClient) -> None:
    incident_id = _incident_id(client, "Lal Masjid")
    data = client.get(f"/api/incidents/{incident_id}").json()
    killed = data["totals"]["killed"]
    assert (killed["low"], killed["best"], killed["high"]) == (50, 102, 150)
    report = client.get(f"/api/reports/{killed['source']['report_id']}").json()
    figures = {f["id"]: f for e in report["events"] for f in e["figures"]}
    (figure,) = [figures[i] for i in killed["source"]["figure_ids"]]
    start, end = figure["evidence"][0]
    assert report["text"][start:end] == "102 people"
    militants = next(f for f in data["figures"] if (f["kind"], f["group_class"]) == ("killed", "militants"))
    assert militants["best"] == 88
    assert militants["source"]["evidence"] == "100 people … Twelve of the dead … the rest were militants"
    killed_points = next(t for t in data["timeline"] if (t["kind"], t["group_class"]) == ("killed", "*"))["points"]
    assert [p["count"] for p in killed_points if p["certainty"] == "stated"][-1] == 102
    assert max(p["count"] for p in killed_points) == 150
    names = [p["name"] for p in data["people"]]
    assert names[0] == "Abdul Rashid Ghazi" and "Ghazi" not in names
    assert len(data["reports"]) == 11
    assert sum(1 for r in data["reports"] if not r["main"]) == 1  # the Peshawar report names the toll in passing


def test_report_detail_has_text_record_and_stored_figures(client: TestClient) -> None:
    incident_id = _incident_id(client, "Sariab")
    report_id = client.get(f"/api/incidents/{incident_id}").json()["reports"][0]["id"]
    data = client.get(f"/api/reports/{report_id}").json()
    assert data["record"]["events"][0]["event_type"] == "explosions_remote_violence"
    for figure in (f for e in data["events"] for f in e["figures"]):
        assert " … ".join(data["text"][s:e] for s, e in figure["evidence"]) == figure["evidence_text"]


@pytest.mark.parametrize("path", ["/api/incidents/99999", "/api/reports/99999"])
def test_unknown_ids_get_404(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 404
    assert response.json()["detail"].endswith("99999")


@pytest.mark.parametrize(
    "path",
    [
        "/api/incidents/abc",
        "/api/incidents/0",
        "/api/reports/99999999999999999999",
        "/api/incidents?offset=99999999999999999999",
    ],
)
def test_ids_must_be_numbers_a_store_can_hold(client: TestClient, path: str) -> None:
    assert client.get(path).status_code == 422


# ---------------------------------------------------------------------------- POST /api/reports and the token


def test_writing_is_off_without_a_server_token(client: TestClient) -> None:
    response = client.post("/api/reports", json={"text": LAL_MASJID}, headers={"Authorization": "Bearer x"})
    assert response.status_code == 403
    assert "SITREP_TOKEN" in response.json()["detail"]


@pytest.mark.parametrize(
    "headers", [{}, {"Authorization": "Bearer wrong"}, {"Authorization": "Basic s3cret"}, {"Authorization": "s3cret"}]
)
def test_writing_needs_the_right_bearer_token(writer: TestClient, headers: dict) -> None:
    response = writer.post("/api/reports", json={"text": LAL_MASJID}, headers=headers)
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
    assert writer.get("/api/incidents").json()["total"] == 0


def test_a_report_is_stored_linked_and_not_stored_twice(writer: TestClient) -> None:
    auth = {"Authorization": "Bearer s3cret"}
    body = {
        "text": LAL_MASJID,
        "published": "2007-07-10T09:00:00+05:00",
        "url": "https://example.org/a",
        "outlet": "Example Wire",
        "title": "Troops storm mosque",
    }
    first = writer.post("/api/reports", json=body, headers=auth)
    assert first.status_code == 201
    created = first.json()
    assert created["created"] is True and len(created["incidents"]) == 1
    again = writer.post("/api/reports", json=body, headers=auth)
    assert again.status_code == 200
    assert again.json() == {"id": created["id"], "created": False}
    incident = writer.get(f"/api/incidents/{created['incidents'][0]}").json()
    assert incident["totals"]["killed"]["best"] == 100
    assert incident["reports"] == [
        {
            "id": created["id"],
            "published": "2007-07-10T04:00:00",
            "outlet": "Example Wire",
            "title": "Troops storm mosque",
            "url": "https://example.org/a",
            "main": True,
        }
    ]
    stored = writer.get(f"/api/reports/{created['id']}").json()
    assert stored["outlet"] == "Example Wire"


def test_writing_refuses_bad_reports_with_422(writer: TestClient) -> None:
    response = writer.post("/api/reports", json={"text": ""}, headers={"Authorization": "Bearer s3cret"})
    assert response.status_code == 422


def test_openapi_schema_lists_every_endpoint(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    assert {
        "/api/extract",
        "/api/incidents",
        "/api/incidents/{incident_id}",
        "/api/reports/{report_id}",
        "/api/reports",
    } <= set(schema["paths"])
    assert "HTTPBearer" in schema["components"]["securitySchemes"]


def _refs(node: object) -> set[str]:
    """Every schema name a part of an OpenAPI document refers to, followed through the components."""
    if isinstance(node, dict):
        found = {node["$ref"].rsplit("/", 1)[-1]} if isinstance(node.get("$ref"), str) else set()
        return found | {r for value in node.values() for r in _refs(value)}
    if isinstance(node, list):
        return {r for value in node for r in _refs(value)}
    return set()


def _reached(schema: dict[str, Any], names: set[str]) -> set[str]:
    components = schema["components"]["schemas"]
    seen: set[str] = set()
    todo = list(names)
    while todo:
        name = todo.pop()
        if name not in seen:
            seen.add(name)
            todo.extend(_refs(components[name]))
    return seen


def test_openapi_shows_the_record_behind_the_event_and_incident_routes(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()

    def answer(path: str, method: str = "get", status: str = "200") -> set[str]:
        return _reached(schema, _refs(schema["paths"][path][method]["responses"][status]))

    extract = answer("/api/extract", "post")
    assert {"Record", "Event", "Figure", "Place", "Actor", "Person", "Quote"} <= extract
    assert schema["components"]["schemas"]["Record"]["properties"]["events"]["items"] == {
        "$ref": "#/components/schemas/Event"
    }
    assert {"ReportOut", "Record", "Event", "Figure"} <= answer("/api/reports/{report_id}")
    assert {"IncidentOut", "Actor"} <= answer("/api/incidents/{incident_id}")
    assert {"IncidentListOut", "IncidentSummaryOut"} <= answer("/api/incidents")
    assert "StoredOut" in answer("/api/reports", "post", "201")
    assert "ErrorOut" in answer("/api/incidents/{incident_id}", status="404")


# ---------------------------------------------------------------------------- pages


def test_pages_escape_report_markup(client: TestClient) -> None:
    incident_id = _incident_id(client, "Kidal")
    incident = client.get(f"/incidents/{incident_id}")
    report_id = client.get(f"/api/incidents/{incident_id}").json()["reports"][0]["id"]
    report = client.get(f"/reports/{report_id}")
    for page in (incident, report):
        assert page.status_code == 200
        html = page.text
        assert "<script>alert" not in html and "onerror=" not in html.replace("onerror=&#34;", "")
        assert "<img" not in html and "<svg onload" not in html and 'href="javascript:' not in html
        assert "script-src 'self'" in page.headers["content-security-policy"]
    assert "&lt;script&gt;alert(&#39;script tag&#39;)&lt;/script&gt;" in report.text
    assert "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;Gunmen kill three in Kidal" in report.text


def test_report_page_highlights_the_chosen_figure(client: TestClient) -> None:
    incident = client.get(f"/api/incidents/{_incident_id(client, 'Lal Masjid')}").json()
    source = incident["totals"]["killed"]["source"]
    query = "&".join(f"figure={i}" for i in source["figure_ids"])
    page = client.get(f"/reports/{source['report_id']}?{query}")
    assert page.status_code == 200
    assert page.text.count("<mark") == 1
    assert '<mark class="evidence" id="evidence" title="killed 102 people">102 people</mark>' in page.text


def test_incident_list_page_filters_and_explains_bad_filters(client: TestClient) -> None:
    page = client.get("/", params={"country": "SO"})
    assert page.status_code == 200
    assert page.text.count('href="/incidents/') == 1
    bad = client.get("/", params={"country": "Kenya", "date_from": "soon"})
    assert bad.status_code == 422
    assert "country: &#39;Kenya&#39; is not a two-letter code such as PK" in bad.text
    assert "from: &#39;soon&#39; is not a date (YYYY-MM-DD)" in bad.text


def test_missing_pages_are_404(client: TestClient) -> None:
    assert client.get("/incidents/99999").status_code == 404
    assert client.get("/reports/99999").status_code == 404


def test_try_page_extracts_and_escapes(client: TestClient) -> None:
    text = LAL_MASJID + " <script>alert('try')</script>"
    page = client.post("/try", data={"text": text, "published": "2007-07-10"})
    assert page.status_code == 200
    assert "<script>alert" not in page.text
    assert '<mark class="evidence" title="killed 100 dead; killed 88 militants">left 100 dead</mark>' in page.text
    assert '<mark class="evidence" id="evidence" title="date 2007-07-10">on Tuesday</mark>' in page.text
    empty = client.post("/try", data={"text": " ", "published": ""})
    assert empty.status_code == 422
    assert "is empty" in empty.text


def test_tile_server_is_configurable_and_allowed_by_the_page_policy(demo_db: str) -> None:
    tiles = "https://{s}.tiles.example.org/{z}/{x}/{y}.png"
    with TestClient(create_app(Settings(db=demo_db, tiles=tiles, tiles_attribution="© Example"))) as c:
        incident_id = _incident_id(c, "Sariab")
        page = c.get(f"/incidents/{incident_id}")
    assert f'data-tiles="{tiles}"' in page.text
    assert 'data-attribution="© Example"' in page.text
    assert "img-src 'self' data: https://*.tiles.example.org;" in page.headers["content-security-policy"]


def test_sitrep_serve_command(demo_db: str) -> None:
    """The command as a user runs it: a real server process on a free port."""
    import os
    import socket
    import subprocess
    import sys
    import time

    import httpx

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = dict(os.environ, SITREP_TOKEN="t0ken")
    server = subprocess.Popen(
        [sys.executable, "-m", "sitrep.cli", "serve", "--db", demo_db, "--port", str(port)],
        env=env,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                response = httpx.get(f"http://127.0.0.1:{port}/api/incidents", params={"country": "SO"})
                break
            except httpx.TransportError:
                assert server.poll() is None, server.stderr.read() if server.stderr else ""
                assert time.monotonic() < deadline, "the server did not start"
                time.sleep(0.2)
        assert response.status_code == 200
        assert response.json()["total"] == 1
        refused = httpx.post(f"http://127.0.0.1:{port}/api/reports", json={"text": LAL_MASJID})
        assert refused.status_code == 401
    finally:
        server.terminate()
        _, err = server.communicate(timeout=20)
    assert f"sitrep on http://127.0.0.1:{port}/" in err
    assert "writing on (bearer token from SITREP_TOKEN)" in err


def test_sitrep_serve_stops_before_listening_when_the_model_is_missing(tmp_path) -> None:
    from typer.testing import CliRunner

    from sitrep.cli import app

    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "s.db"), "--model", "no_such_pipeline_xx"])
    assert result.exit_code == 1
    assert "cannot load spaCy pipeline 'no_such_pipeline_xx'" in result.output
    assert "sitrep on http://" not in result.output


def test_report_page_marks_the_words_of_the_date(client: TestClient) -> None:
    incident = client.get(f"/api/incidents/{_incident_id(client, 'Lal Masjid')}").json()
    report_id = incident["totals"]["killed"]["source"]["report_id"]
    report = client.get(f"/api/reports/{report_id}").json()
    main = next(e for e in report["record"]["events"] if e["main"])
    start, end = main["date_evidence"][0]
    page = client.get(f"/reports/{report_id}")
    assert f'title="date {main["date"]}">{report["text"][start:end]}</mark>' in page.text
