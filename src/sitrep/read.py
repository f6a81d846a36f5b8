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
from datetime import date, timedelta
from pathlib import Path

from .errors import BinaryInput, EmptyInput, EncodingError, InputError, InputTooLarge, NotEnglish, PublicationDateError

DEFAULT_MAX_BYTES = 2 * 1024 * 1024
#: The most characters a report may have: spaCy refuses texts over 1,000,000 characters, and its cost grows
#: with the text, so a report is refused well before that.
MAX_CHARS = 500_000
#: The earliest day a report may be published or an event take place.
EARLIEST_DAY = date(1900, 1, 1)
#: A 'word' longer than this is not prose (a hash, an encoded blob, a run of one letter).
MAX_WORD_CHARS = 1000
#: How deep HTML may nest and still be read (the HTML parser stops at 255 levels).
MAX_HTML_DEPTH = 255


#: Frequent English function words: a report in English is full of them.
_ENGLISH_WORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "to",
        "in",
        "and",
        "or",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "it",
        "its",
        "on",
        "at",
        "by",
        "for",
        "with",
        "from",
        "that",
        "this",
        "these",
        "those",
        "as",
        "he",
        "she",
        "they",
        "his",
        "her",
        "their",
        "not",
        "but",
        "who",
        "which",
        "said",
        "says",
        "after",
        "before",
        "during",
        "while",
        "when",
        "where",
        "into",
        "than",
        "also",
        "will",
        "would",
        "could",
        "should",
        "there",
        "other",
        "more",
        "most",
    ]
)
#: Function words of other languages news is written in: a text fuller of these than of English ones is not English.
_OTHER_WORDS = frozenset(
    [
        "le",
        "la",
        "les",
        "des",
        "du",
        "et",
        "est",
        "une",
        "un",
        "dans",
        "pour",
        "que",
        "qui",
        "sur",
        "par",
        "avec",
        "ont",
        "selon",
        "der",
        "die",
        "das",
        "und",
        "ist",
        "nicht",
        "mit",
        "den",
        "dem",
        "ein",
        "eine",
        "zu",
        "im",
        "auf",
        "el",
        "los",
        "las",
        "y",
        "es",
        "por",
        "para",
        "del",
        "con",
        "una",
        "se",
        "lo",
        "al",
        "di",
        "il",
        "che",
        "per",
        "della",
        "sono",
        "gli",
        "não",
        "os",
        "em",
        "da",
        "do",
        "com",
        "uma",
    ]
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


def latest_day() -> date:
    """The latest publication day accepted: tomorrow, so a report from a time zone ahead of ours passes."""
    return date.today() + timedelta(days=1)


def check_publication_day(day: date, shown: object = None) -> date:
    """The day, if a report can have been published on it: from 1900 to tomorrow."""
    if not EARLIEST_DAY <= day <= latest_day():
        raise PublicationDateError(
            f"publication date {str(shown if shown is not None else day.isoformat())!r} is not between "
            f"{EARLIEST_DAY.isoformat()} and tomorrow"
        )
    return day


def parse_published(value: str | date | None) -> date | None:
    """Accept YYYY-MM-DD (or a longer ISO timestamp) from 1900 to tomorrow, and say clearly when it is not one."""
    if value is None:
        return None
    if isinstance(value, date):
        return check_publication_day(value)
    if not isinstance(value, str):
        raise PublicationDateError(f"publication date {value!r} is not YYYY-MM-DD")
    text = value.strip()
    if not text:
        return None
    try:
        day = date.fromisoformat(text[:10])
    except ValueError:
        raise PublicationDateError(f"publication date {text[:40]!r} is not YYYY-MM-DD") from None
    return check_publication_day(day, text[:40])


def looks_like_html(data: bytes) -> bool:
    return bool(_HTML_HINT.search(data[:4096]))


def decode(data: bytes, source: str = "input") -> str:
    """UTF-8 text, or a clear refusal; a leading byte-order mark is dropped."""
    if not data or not data.strip():
        raise EmptyInput(f"{source} is empty")
    sample = data[:8192]
    utf16 = _utf16(data)
    if utf16 is not None:
        try:
            text = data.decode(utf16)
        except UnicodeDecodeError:
            raise EncodingError(f"{source} is not valid UTF-16 text; convert it, e.g. with iconv -t UTF-8") from None
        return text.removeprefix("\ufeff")
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


def _utf16(data: bytes) -> str | None:
    """'utf-16' when the data starts with a UTF-16 byte-order mark; 'utf-16-le'/'-be' when every other byte of
    its start is NUL, as in English text written as UTF-16 without one; else None."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return "utf-16"
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        sample = sample[: len(sample) - len(sample) % 2]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) == len(odd) and even.count(0) == 0:
        return "utf-16-le"
    if even.count(0) == len(even) and odd.count(0) == 0:
        return "utf-16-be"
    return None


def check_prose(text: str, source: str = "input", max_chars: int = MAX_CHARS) -> None:
    """Refuse text too long for the parser, and text that is not made of words: a 500 KB string without a space."""
    if max_chars and len(text) > max_chars:
        raise InputTooLarge(
            f"{source} is {len(text):,} characters, over the limit of {max_chars:,} characters a report may have"
        )
    longest = max((len(m.group(0)) for m in re.finditer(rf"\S{{{MAX_WORD_CHARS + 1},}}", text)), default=0)
    if longest:
        raise NotEnglish(f"{source} does not read as prose: it has a run of {longest:,} characters without a space")


def check_english(text: str, source: str = "input") -> None:
    """Refuse text whose words are hardly ever English function words."""
    tokens = re.findall(r"[^\W\d_]+-?", text[:20000])
    if not tokens:
        raise EmptyInput(f"{source} has no words")
    if len(tokens) < 12:
        return  # too short to judge; extraction will simply find little
    share = sum(1 for t in tokens if t.rstrip("-").lower() in _ENGLISH_WORDS) / len(tokens)
    # another language's function words are written in lower case inside its prose: 'Al Jabal', 'El Ram',
    # 'UN vehicles' and 'al-Qaeda' are names in English text
    other = sum(1 for t in tokens if t.islower() and not t.endswith("-") and t in _OTHER_WORDS) / len(tokens)
    if other > share:
        raise NotEnglish(f"{source} does not look like English text ({share:.0%} English function words)")
    # a coder's telegraphic note ('Pastor killed outside police post, another man injured') has none at all;
    # only a text long enough to judge is refused for want of them
    if len(tokens) >= 40 and share < 0.08:
        raise NotEnglish(f"{source} does not look like English text ({share:.0%} English function words)")


def from_html(html: str, url: str | None = None) -> Report:
    """The main text and metadata of an HTML page."""
    import trafilatura

    extracted = trafilatura.bare_extraction(
        html,
        url=url,
        include_comments=False,
        include_tables=False,
        with_metadata=True,
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


_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9:-]*)[^>]*?(/?)>")
_VOID = frozenset(
    ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"]
)


def html_depth(html: str) -> int:
    """How deep the page's elements nest, counted from its tags (void and self-closed ones do not nest)."""
    depth = deepest = 0
    for m in _TAG.finditer(html):
        closing, name, selfclosed = m.group(1), m.group(2).lower(), m.group(3)
        if name in _VOID or selfclosed:
            continue
        if closing:
            depth = max(depth - 1, 0)
        else:
            depth += 1
            deepest = max(deepest, depth)
    return deepest


def too_large(source: str, max_bytes: int, size: int | None = None) -> InputTooLarge:
    """The refusal of input over ``max_bytes``; its size when known (a stream read only up to the limit is not)."""
    if size is None:
        return InputTooLarge(f"{source} is over the limit of {max_bytes:,} bytes (raise it with --max-bytes)")
    return InputTooLarge(f"{source} is {size:,} bytes, over the limit of {max_bytes:,} (raise it with --max-bytes)")


def read_bytes(
    data: bytes,
    *,
    source: str = "input",
    published: str | date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    url: str | None = None,
    html: bool | None = None,
    size: int | None = None,
    max_chars: int = MAX_CHARS,
) -> Report:
    """Check and read raw input; an explicit ``published`` wins over the page's own date.

    ``size`` is the input's whole size when ``data`` is only its start (a file read up to the limit).
    """
    if max_bytes and (size or len(data)) > max_bytes:
        raise too_large(source, max_bytes, size if size is not None else len(data))
    text = decode(data, source)
    is_html = looks_like_html(text[:4096].encode("utf-8", "surrogatepass")) if html is None else html
    if is_html:
        report = from_html(text, url=url)
        if not report.text.strip():
            depth = html_depth(text)
            if depth > MAX_HTML_DEPTH:
                raise InputError(
                    f"{source} is HTML nested {depth:,} levels deep, over the {MAX_HTML_DEPTH} levels that can be read"
                )
            raise EmptyInput(f"{source} is HTML with no main text to read")
    else:
        report = Report(text=text, url=url)
    report = replace(report, text=normalise_text(report.text))
    if not report.text.strip():
        raise EmptyInput(f"{source} is empty")
    check_prose(report.text, source, max_chars)
    check_english(report.text, source)
    explicit = parse_published(published)
    if explicit is not None:
        report = replace(report, published=explicit)
    return report


def read_text(
    text: str,
    *,
    published: str | date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    source: str = "input",
    max_chars: int = MAX_CHARS,
) -> Report:
    """The API's entry: a Python string is already decoded, but still checked."""
    if not isinstance(text, str):
        raise TypeError("text must be a str")
    if max_chars and len(text) > max_chars:  # before encoding it: a huge text is refused at once
        raise InputTooLarge(
            f"{source} is {len(text):,} characters, over the limit of {max_chars:,} characters a report may have"
        )
    return read_bytes(
        text.encode("utf-8", "surrogatepass"),
        source=source,
        published=published,
        max_bytes=max_bytes,
        max_chars=max_chars,
    )


def read_path(path: str, *, published: str | date | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Report:
    """Read a file, or standard input for '-'; never more than ``max_bytes`` + 1 bytes."""
    if path == "-":
        stream = getattr(sys.stdin, "buffer", None) if sys.stdin is not None else None
        if stream is None:
            raise InputError("standard input is closed: give a file, or pipe a report in")
        try:
            data = stream.read(max_bytes + 1 if max_bytes else -1)
        except (OSError, ValueError):
            raise InputError("standard input cannot be read: give a file, or pipe a report in") from None
        if max_bytes and len(data) > max_bytes:
            raise too_large("standard input", max_bytes)
        return read_bytes(data, source="standard input", published=published, max_bytes=max_bytes)
    p = Path(path)
    if not p.exists():
        raise FileNotFoundError(f"{path}: no such file")
    if p.is_dir():
        raise IsADirectoryError(f"{path} is a folder, not a report file")
    with p.open("rb") as fh:
        data = fh.read(max_bytes + 1 if max_bytes else -1)
        size = p.stat().st_size if max_bytes and len(data) > max_bytes else None
    return read_bytes(data, source=str(path), published=published, max_bytes=max_bytes, size=size)
