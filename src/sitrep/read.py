"""Reading a report: bytes or text in, a checked ``Report`` out.

HTML is reduced to its main text with trafilatura, keeping the publication
date, title and outlet from its metadata. Input that cannot be an English
news report (empty, binary, not UTF-8, not English, too large) is refused
with an ``InputError`` whose message is one line a user can act on.
"""
from __future__ import annotations

import re
import sys
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from .errors import BinaryInput, EmptyInput, EncodingError, InputTooLarge, NotEnglish

DEFAULT_MAX_BYTES = 2 * 1024 * 1024

#: Frequent English function words: a report in English is full of them.
_ENGLISH_WORDS = frozenset(
    "the a an of to in and or is are was were be been has have had it its on at by for with from "
    "that this these those as he she they his her their not but who which said says after before "
    "during while when where into than also will would could should there other more most".split()
)
#: Function words of other languages news is written in: a text fuller of these than of English ones is not English.
_OTHER_WORDS = frozenset(
    "le la les des du et est une un dans pour que qui sur par avec ont selon der die das und ist nicht mit "
    "den dem ein eine zu im auf el los las y es por para del con una se lo al di il che per della sono gli "
    "não os em da do com uma".split()
)
_HTML_HINT = re.compile(rb"<\s*(!doctype\s+html|html|head|body|article|div|p)[\s>]", re.I)


@dataclass(frozen=True)
class Report:
    """One report to extract from: its text and what is known about it."""

    text: str
    published: date | None = None
    title: str | None = None
    outlet: str | None = None
    url: str | None = None


def parse_published(value: str | date | None) -> date | None:
    """Accept YYYY-MM-DD (or a longer ISO timestamp) and say clearly when it is not one."""
    if value is None or isinstance(value, date):
        return value
    text = str(value).strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError as exc:
        raise ValueError(f"publication date {text!r} is not YYYY-MM-DD") from exc


def looks_like_html(data: bytes) -> bool:
    return bool(_HTML_HINT.search(data[:4096]))


def decode(data: bytes, source: str = "input") -> str:
    """UTF-8 text, or a clear refusal; a leading byte-order mark is dropped."""
    if not data or not data.strip():
        raise EmptyInput(f"{source} is empty")
    sample = data[:8192]
    if b"\x00" in sample:
        raise BinaryInput(f"{source} looks like a binary file, not text or HTML")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise EncodingError(
            f"{source} is not UTF-8 text (byte {exc.start}); convert it, e.g. with iconv -t UTF-8"
        ) from None
    controls = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > max(8, len(text[:8192]) // 50):
        raise BinaryInput(f"{source} looks like a binary file, not text or HTML")
    return text


def check_english(text: str, source: str = "input") -> None:
    """Refuse text whose words are hardly ever English function words."""
    words = re.findall(r"[^\W\d_]+", text[:20000].lower())
    if not words:
        raise EmptyInput(f"{source} has no words")
    if len(words) < 12:
        return  # too short to judge; extraction will simply find little
    share = sum(1 for w in words if w in _ENGLISH_WORDS) / len(words)
    other = sum(1 for w in words if w in _OTHER_WORDS) / len(words)
    # a one-line report full of names and ages has few function words; a long one in English has many
    if share < (0.08 if len(words) >= 40 else 0.03) or other > share:
        raise NotEnglish(f"{source} does not look like English text ({share:.0%} English function words)")


def from_html(html: str, url: str | None = None) -> Report:
    """The main text and metadata of an HTML page."""
    import trafilatura

    extracted = trafilatura.bare_extraction(
        html, url=url, include_comments=False, include_tables=False, with_metadata=True,
        favor_precision=True,
    )
    if extracted is None:
        return Report(text="", url=url)
    data = extracted.as_dict() if hasattr(extracted, "as_dict") else dict(extracted)
    text = (data.get("text") or "").strip()
    title = (data.get("title") or "").strip()
    first, _, rest = text.partition("\n")
    if title and first.strip() == title and rest.strip():
        text = rest.strip()  # the headline is kept as the title, not as the first sentence
    published = None
    if data.get("date"):
        try:
            published = parse_published(data["date"])
        except ValueError:
            published = None
    return Report(
        text=text,
        published=published,
        title=(data.get("title") or None),
        outlet=(data.get("sitename") or data.get("hostname") or None),
        url=url or data.get("url") or None,
    )


def normalise_text(text: str) -> str:
    """Keep offsets meaningful: only line endings and stray NULs change."""
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")


def read_bytes(
    data: bytes,
    *,
    source: str = "input",
    published: str | date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    url: str | None = None,
    html: bool | None = None,
) -> Report:
    """Check and read raw input; an explicit ``published`` wins over the page's own date."""
    if max_bytes and len(data) > max_bytes:
        raise InputTooLarge(
            f"{source} is {len(data):,} bytes, over the limit of {max_bytes:,} (raise it with --max-bytes)"
        )
    text = decode(data, source)
    is_html = looks_like_html(data) if html is None else html
    if is_html:
        report = from_html(text, url=url)
        if not report.text.strip():
            raise EmptyInput(f"{source} is HTML with no main text to read")
    else:
        report = Report(text=text, url=url)
    report = replace(report, text=normalise_text(report.text))
    if not report.text.strip():
        raise EmptyInput(f"{source} is empty")
    check_english(report.text, source)
    explicit = parse_published(published)
    if explicit is not None:
        report = replace(report, published=explicit)
    return report


def read_text(text: str, *, published: str | date | None = None,
              max_bytes: int = DEFAULT_MAX_BYTES, source: str = "input") -> Report:
    """The API's entry: a Python string is already decoded, but still checked."""
    if not isinstance(text, str):
        raise TypeError("text must be a str")
    return read_bytes(text.encode("utf-8", "surrogatepass"), source=source,
                      published=published, max_bytes=max_bytes)


def read_path(path: str, *, published: str | date | None = None,
              max_bytes: int = DEFAULT_MAX_BYTES) -> Report:
    """Read a file, or standard input for '-'; never more than ``max_bytes`` + 1 bytes."""
    if path == "-":
        data = sys.stdin.buffer.read(max_bytes + 1 if max_bytes else -1)
        return read_bytes(data, source="standard input", published=published, max_bytes=max_bytes)
    p = Path(path)
    if not p.exists():
        raise FileNotFoundError(f"{path}: no such file")
    if p.is_dir():
        raise IsADirectoryError(f"{path} is a folder, not a report file")
    with p.open("rb") as fh:
        data = fh.read(max_bytes + 1 if max_bytes else -1)
    return read_bytes(data, source=str(path), published=published, max_bytes=max_bytes)
