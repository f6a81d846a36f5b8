from datetime import date

import pytest

from sitrep.errors import BinaryInput, EmptyInput, EncodingError, InputTooLarge, NotEnglish
from sitrep.read import check_english, looks_like_html, read_bytes, read_path

ENGLISH = (
    "Gunmen attacked a police post on the edge of the town on Monday night, killing two officers "
    "and wounding three others, a district official said."
)

HTML = f"""<!DOCTYPE html><html><head><title>Police post attacked</title>
<meta property="og:site_name" content="The Valley Courier">
<meta property="article:published_time" content="2021-05-04T08:00:00Z"></head>
<body><nav>Home | World | Sport</nav><article><h1>Police post attacked</h1>
<p>{ENGLISH}</p><p>The attackers fled into the hills before reinforcements arrived, and a search was
under way on Tuesday morning, the official added.</p></article>
<footer>Copyright The Valley Courier</footer></body></html>"""


def test_plain_text_is_read_as_is():
    report = read_bytes(ENGLISH.encode(), published="2021-05-04")
    assert report.text == ENGLISH
    assert report.published == date(2021, 5, 4)


def test_html_main_text_and_metadata():
    report = read_bytes(HTML.encode())
    assert looks_like_html(HTML.encode())
    assert report.text.startswith("Gunmen attacked a police post")
    assert "Home | World" not in report.text
    assert report.title == "Police post attacked"
    assert report.outlet == "The Valley Courier"
    assert report.published == date(2021, 5, 4)


def test_explicit_publication_date_wins_over_the_page():
    assert read_bytes(HTML.encode(), published="2021-05-05").published == date(2021, 5, 5)


@pytest.mark.parametrize(
    ("data", "error", "words"),
    [
        (b"", EmptyInput, "empty"),
        (b"   \n\t ", EmptyInput, "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), BinaryInput, "binary"),
        ("Un homme a été tué par balle".encode("latin-1") + b" \xe9\xe9", EncodingError, "not UTF-8"),
        (
            "Des hommes armés ont attaqué un poste de police lundi soir, tuant deux agents et blessant "
            "trois autres, selon un responsable du district qui a parlé sous couvert d'anonymat.".encode(),
            NotEnglish,
            "English",
        ),
        (b"a" * 101, InputTooLarge, "over the limit"),
    ],
)
def test_bad_input_is_refused_with_a_clear_message(data, error, words):
    with pytest.raises(error) as info:
        read_bytes(data, max_bytes=100 if error is InputTooLarge else 2_000_000)
    assert words in str(info.value)
    assert "\n" not in str(info.value)


@pytest.mark.parametrize(
    "text",
    [
        "Long-running grazing dispute near Kopsiro. Herder killed outside a police post, two others hurt, "
        "cattle driven off.",
        "Militia fighters fire mortar rounds towards army base in El Wak, Mandera County. No casualties, "
        "attackers fled.",
        "Air force jets struck convoy of fuel tankers near Al Jufra (Al Wahat). No casualties reported.",
        "IRAQ. Two UN trucks struck roadside mines in separate incidents, injuring four UN guards.",
    ],
)
def test_a_coders_telegraphic_note_is_english(text):
    check_english(text)


def test_a_short_text_in_another_language_is_refused():
    with pytest.raises(NotEnglish):
        check_english(
            "Hombres armados mataron a dos policías en la plaza del pueblo y se fueron por el camino del río."
        )


def test_bad_publication_date():
    with pytest.raises(ValueError, match="not YYYY-MM-DD"):
        read_bytes(ENGLISH.encode(), published="10/07/2007")


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(FileNotFoundError):
        read_path(str(tmp_path / "nope.txt"))
    with pytest.raises(IsADirectoryError):
        read_path(str(tmp_path))


def test_crlf_line_endings_are_normalised(tmp_path):
    path = tmp_path / "r.txt"
    path.write_bytes(ENGLISH.replace(", killing", ",\r\nkilling").encode())
    assert "\r" not in read_path(str(path)).text
