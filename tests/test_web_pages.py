"""The web pages in a real headless Chromium (Debian's ``chromium``, driven by Playwright), against a real
uvicorn server on 127.0.0.1 serving the demo store.

Skipped when no Chromium is installed, unless SITREP_REQUIRE_BROWSER is set (CI sets it, so the tests
cannot silently vanish there). The incident page's screenshot is saved under test-artifacts/.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from sitrep.web import Settings, create_app

ARTIFACTS = Path(os.environ.get("SITREP_TEST_ARTIFACTS", Path(__file__).resolve().parent.parent / "test-artifacts"))
CHROMIUM = os.environ.get("SITREP_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
# Without the networking flags Chromium keeps calling home, which a closed network refuses, noisily.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

if not CHROMIUM:
    if os.environ.get("SITREP_REQUIRE_BROWSER"):
        raise RuntimeError("SITREP_REQUIRE_BROWSER is set but no chromium is installed")
    pytest.skip("no chromium installed (Debian: apt-get install chromium)", allow_module_level=True)

playwright_api = pytest.importorskip("playwright.sync_api")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(demo_db: str) -> Iterator[str]:
    import uvicorn

    port = _free_port()
    config = uvicorn.Config(create_app(Settings(db=demo_db)), host="127.0.0.1", port=port, log_level="warning")
    instance = uvicorn.Server(config)
    thread = threading.Thread(target=instance.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not instance.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    instance.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with playwright_api.sync_playwright() as p:
        instance = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield instance
        instance.close()


@pytest.fixture()
def page(browser, request) -> Iterator[object]:
    """A page that records every dialog, console error, page error and failed request."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    problems: list[str] = []
    tab.on("dialog", lambda d: (problems.append(f"dialog: {d.message}"), d.dismiss()))
    tab.on("console", lambda m: problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
    tab.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    tab.on("requestfailed", lambda r: problems.append(f"request failed: {r.url}"))
    tab.problems = problems  # type: ignore[attr-defined]
    yield tab
    context.close()


def _wait_until(page, script: str, seconds: float = 20.0) -> None:
    """Poll a page expression from the test side: the page's own CSP forbids the eval that wait_for_function
    needs once its first check fails (as it does on a busy machine)."""
    import time

    deadline = time.monotonic() + seconds
    while not page.evaluate(script):
        assert time.monotonic() < deadline, f"timed out waiting for {script}"
        time.sleep(0.05)


_MAP_DRAWN = "document.querySelectorAll('#map .leaflet-overlay-pane path').length > 100"
_EVIDENCE_IN_VIEW = """() => {
        const r = document.getElementById('evidence').getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight;
    }"""


def test_incident_page_figure_opens_its_evidence(server: str, page) -> None:
    page.goto(server + "/")
    page.get_by_role("link", name="Lal Masjid, Islamabad, PK").click()
    page.wait_for_url("**/incidents/*")
    # the map: Leaflet drew the shipped country outlines and the incident's marker, with no tile server
    page.wait_for_selector("#map.leaflet-container")
    _wait_until(page, _MAP_DRAWN)
    assert page.locator("#figures tr.total").first.inner_text().startswith("killed, total")
    assert page.locator("#chart polyline.killed").count() == 1
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "incident-page.png"), full_page=True)

    killed = page.locator("#figures tr.total a.figure-link[data-kind=killed]")
    assert killed.inner_text() == "102 [50–150]"
    killed.click()
    page.wait_for_url("**/reports/*")
    mark = page.locator("mark#evidence")
    assert mark.inner_text() == "102 people"
    assert page.locator("mark.evidence").count() == 1
    _wait_until(page, _EVIDENCE_IN_VIEW)
    assert mark.evaluate("m => getComputedStyle(m).backgroundColor") == "rgb(255, 224, 138)"
    assert page.problems == []


def test_a_figure_deep_in_a_report_is_scrolled_into_view(server: str, page) -> None:
    page.set_viewport_size({"width": 900, "height": 420})
    page.goto(server + "/?q=Lal+Masjid")
    page.get_by_role("link", name="Lal Masjid, Islamabad, PK").click()
    page.wait_for_url("**/incidents/*")
    _wait_until(page, _MAP_DRAWN)  # the outlines loaded, so leaving the page aborts no request
    page.locator("#figures a.figure-link").last.click()
    page.wait_for_url("**/reports/*")
    _wait_until(page, _EVIDENCE_IN_VIEW)
    assert page.evaluate("window.scrollY") > 0 or page.locator("mark#evidence").bounding_box()["y"] < 420
    assert page.problems == []


def test_report_with_markup_runs_nothing(server: str, page) -> None:
    page.goto(server + "/?q=Kidal")
    assert page.locator("#incidents a").count() == 1
    page.locator("#incidents a").click()
    page.wait_for_url("**/incidents/*")
    _wait_until(page, _MAP_DRAWN)  # leaving before the outlines load aborts their request
    page.locator("#reports a").first.click()
    page.wait_for_url("**/reports/*")
    page.wait_for_load_state("load")
    text = page.locator("#report-text").inner_text()
    assert "<script>alert('script tag')</script>" in text
    assert "<img src=x onerror=\"alert('img handler')\">" in text
    assert page.locator("h1").inner_text() == "<script>alert('title')</script>Gunmen kill three in Kidal"
    assert page.locator("#report-text a, #report-text img, #report-text svg, #report-text script").count() == 0
    assert page.locator("a[href^='javascript:']").count() == 0
    assert page.problems == []


def test_try_a_report_shows_highlights_and_runs_nothing(server: str, page) -> None:
    page.goto(server + "/try")
    page.fill(
        "textarea[name=text]",
        "Gunmen killed four soldiers at an army post in Kidal on Sunday, officials said. "
        "<script>alert('pasted')</script><img src=x onerror=alert('pasted img')>",
    )
    page.fill("input[name=published]", "2024-03-04")
    page.get_by_role("button", name="Extract").click()
    page.wait_for_selector("#record")
    assert page.locator("mark#evidence").inner_text() == "four soldiers"
    assert "<script>alert('pasted')</script>" in page.locator("#report-text").inner_text()
    assert page.problems == []
