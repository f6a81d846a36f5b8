"""The server under hostile requests: 4xx with a short reason, never 500, and extraction cost bounded."""

from __future__ import annotations

import logging

import pytest
from fastapi.testclient import TestClient

from sitrep.web import Settings, create_app

REPORT = "Gunmen killed four villagers in Kidal on Tuesday, a local official said. The attackers fled."


@pytest.fixture(scope="module")
def client(demo_db: str) -> TestClient:
    with TestClient(create_app(Settings(db=demo_db, token="s3cret", open_rate=1000))) as c:
        yield c


AUTH = {"Authorization": "Bearer s3cret"}


@pytest.mark.parametrize(
    "body, loc",
    [
        ('{"text": NaN}', ["body", "text"]),
        ('{"text": Infinity}', ["body", "text"]),
        ('{"text": "x", "published": NaN}', ["body", "published"]),
    ],
)
def test_nan_in_a_body_is_422_not_500(client: TestClient, body: str, loc: list[str]) -> None:
    response = client.post("/api/extract", content=body, headers={"Content-Type": "application/json"})
    assert response.status_code == 422
    assert [e["loc"] for e in response.json()["detail"]] == [loc]


def test_a_far_off_publication_date_is_422(client: TestClient) -> None:
    response = client.post("/api/extract", json={"text": REPORT, "published": "9999-12-31"})
    assert response.status_code == 422
    assert response.json() == {
        "detail": "unreadable: bad publication date '9999-12-31' is not between 1900-01-01 and tomorrow"
    }
    far = client.post("/api/reports", json={"text": REPORT, "published": "0001-01-01"}, headers=AUTH)
    assert far.status_code == 422


def test_a_422_does_not_echo_a_huge_body(client: TestClient) -> None:
    response = client.post("/api/extract", json={"text": 5, "html": "x" * 1_900_000})
    assert response.status_code == 422
    assert len(response.content) < 1000
    assert "xxxx" not in response.text


def test_text_over_the_limits_is_413_saying_the_limit(client: TestClient) -> None:
    text = "killed " * 150_000  # 1,050,000 characters: over the parser's 1,000,000
    open_ = client.post("/api/extract", json={"text": text})
    assert open_.status_code == 413
    assert open_.json() == {"detail": "the text is 1,050,000 characters, over the limit of 20,000 without a token"}
    tokened = client.post("/api/extract", json={"text": text}, headers=AUTH)
    assert tokened.status_code == 413
    assert tokened.json() == {"detail": "the text is 1,050,000 characters, over the limit of 500,000"}
    stored = client.post("/api/reports", json={"text": text}, headers=AUTH)
    assert stored.status_code == 413


def test_a_string_without_spaces_is_refused(client: TestClient) -> None:
    response = client.post("/api/extract", json={"text": "y" * 15_000})
    assert response.status_code == 422
    assert response.json() == {
        "detail": "unreadable: request does not read as prose: it has a run of 15,000 characters without a space"
    }


@pytest.mark.parametrize(
    "path, status",
    [
        ("/incidents/9223372036854775808", 404),
        ("/reports/9223372036854775808", 404),
        ("/incidents/0", 404),
        ("/reports/-1", 404),
        ("/?page=99999999999999999999", 422),
        ("/?page=0", 422),
        ("/api/incidents/9223372036854775808", 422),
        ("/api/reports/9223372036854775808", 422),
        ("/api/incidents?offset=99999999999999999999", 422),
        ("/reports/1?figure=99999999999999999999", 200),
    ],
)
def test_huge_ids_and_pages_are_4xx(client: TestClient, path: str, status: int) -> None:
    assert client.get(path).status_code == status


def test_extraction_without_a_token_is_rate_limited_per_client(demo_db: str) -> None:
    with TestClient(create_app(Settings(db=demo_db, token="s3cret", open_rate=2))) as c:
        codes = [c.post("/api/extract", json={"text": REPORT}).status_code for _ in range(3)]
        assert codes == [200, 200, 429]
        assert c.post("/api/extract", json={"text": REPORT}, headers=AUTH).status_code == 200
        page = c.post("/try", data={"text": REPORT})
        assert page.status_code == 429


def test_a_full_extraction_queue_is_503(demo_db: str) -> None:
    with TestClient(create_app(Settings(db=demo_db, token="s3cret", extract_queue=0))) as c:
        response = c.post("/api/extract", json={"text": REPORT})
        assert response.status_code == 503
        assert response.json() == {"detail": "the extraction queue is full (0 waiting): try again later"}
        assert response.headers["retry-after"] == "10"
        assert c.get("/api/incidents").status_code == 200


def test_api_errors_and_slow_requests_are_logged(demo_db: str, caplog) -> None:
    with TestClient(create_app(Settings(db=demo_db, slow_ms=0.0))) as c, caplog.at_level(logging.INFO, "sitrep.web"):
        c.get("/api/incidents/99999")
    refused = [r for r in caplog.records if getattr(r, "event", None) == "refused"]
    slow = [r for r in caplog.records if getattr(r, "event", None) == "slow"]
    assert [(r.method, r.path, r.status) for r in refused] == [("GET", "/api/incidents/99999", 404)]
    assert [(r.method, r.path, r.status) for r in slow] == [("GET", "/api/incidents/99999", 404)]
