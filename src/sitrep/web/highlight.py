"""A report's text cut into plain and highlighted pieces, for templates that escape every piece.

Evidence spans are character offsets into the stored text. Pieces are never
HTML: the template escapes each one, so a report's own markup shows as text.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Piece:
    text: str
    marked: bool = False
    label: str = ""  # what the highlighted words are evidence of
    first: bool = False  # the first highlight: scrolled into view


def pieces(text: str, spans: Iterable[tuple[int, int, str]]) -> list[Piece]:
    """The text in order, spans marked; overlapping spans merge, spans outside the text are dropped."""
    clean = sorted(
        (max(0, s), min(len(text), e), label)
        for s, e, label in spans
        if isinstance(s, int) and isinstance(e, int) and s < e and s < len(text) and e > 0
    )
    merged: list[tuple[int, int, str]] = []
    for start, end, label in clean:
        if merged and start <= merged[-1][1]:
            first_start, first_end, labels = merged[-1]
            names = labels.split("; ") if labels else []
            if label and label not in names:
                names.append(label)
            merged[-1] = (first_start, max(first_end, end), "; ".join(names))
        else:
            merged.append((start, end, label))
    out: list[Piece] = []
    at = 0
    for index, (start, end, label) in enumerate(merged):
        if start > at:
            out.append(Piece(text[at:start]))
        out.append(Piece(text[start:end], True, label, index == 0))
        at = end
    if at < len(text):
        out.append(Piece(text[at:]))
    return out


def safe_link(url: str | None) -> str | None:
    """A report's URL as a link only when it is http(s): never a javascript: or data: link."""
    if not url:
        return None
    lowered = url.strip().lower()
    return url.strip() if lowered.startswith(("http://", "https://")) else None
