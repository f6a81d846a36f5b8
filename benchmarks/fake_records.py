"""Records made without the model, for tests of writing, linking and concurrency: fast and exact."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from sitrep.read import Report

PLACES = [("Kidal", "ML", 18.44, 1.41), ("Gao", "ML", 16.27, -0.04), ("Mopti", "ML", 14.49, -4.18)]


def record_of(report: Report) -> dict[str, Any]:
    """An event per report: its place and day from the text 'PLACE|YYYY-MM-DD|KILLED|words...'."""
    place, day, killed = report.text.split("|")[:3]
    name, country, lat, lon = next(p for p in PLACES if p[0] == place)
    return {
        "published": report.published.isoformat() if report.published else None,
        "title": report.title,
        "outlet": report.outlet,
        "url": report.url,
        "people": [],
        "organizations": [],
        "quotes": [],
        "events": [
            {
                "main": True,
                "event_type": "violence_against_civilians",
                "sub_event_type": "attack",
                "date": day,
                "date_precision": "day",
                "date_evidence": [[len(place) + 1, len(place) + 1 + len(day)]],
                "place": {"name": name, "locality": name, "country": country, "lat": lat, "lon": lon},
                "actors": [],
                "totals": {"killed": int(killed)},
                "figures": [
                    {
                        "kind": "killed",
                        "count": int(killed),
                        "group": "villagers",
                        "group_class": "civilians",
                        "certainty": "stated",
                        "evidence": [[0, 5]],
                    }
                ],
            }
        ],
    }


def fake_extract_many(reports: Iterable[Report]) -> Iterator[dict[str, Any]]:
    for report in reports:
        yield record_of(report)


def _word(number: int, kind: str) -> str:
    """A capitalised made-up name, its own for each number and kind ('Cabor', 'Mabir')."""
    letters = "".join(chr(97 + number // 26**i % 26) for i in range(2))
    return f"{kind.upper()}{letters}{'bor' if kind == 'r' else 'bir' if kind == 'm' else 'bur'}"


def corpus_lines(n: int) -> list[str]:
    """n reports of n // 3 incidents: each incident told by three reports, days apart from the next."""
    lines = []
    for k in range(n):
        incident, telling = divmod(k, 3)
        place = PLACES[incident % 3][0]
        day = f"2024-{1 + incident // 28 % 12:02d}-{1 + incident % 28:02d}"
        road, market, chief = (_word(incident, kind) for kind in "rmc")  # each happening its own names
        text = (
            f"{place}|{day}|{3 + telling}|Report {k} of an attack on {road} Road by the {market} market "
            f"in {place}, chief {chief} said, telling {telling}."
        )
        lines.append(json.dumps({"text": text, "published": day, "url": f"https://example.org/{k}"}))
    return lines
