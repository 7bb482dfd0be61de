import pytest

from readouts._document import Stamp
from readouts.pipeline.boilerplate import strip_boilerplate

PAGE = """date 2024-03-05 Home
World News
Premier talks with Chancellor by phone
The Prime Minister held a telephone conversation with the Federal Chancellor on Tuesday evening, his office said in a statement.
The two leaders discussed support for Ukraine and the coming summit of the alliance in the summer.
Also Read: Ten things to know about the budget
Subscribe to our newsletter for the best stories of the day.
The Prime Minister held a telephone conversation with the Federal Chancellor on Tuesday evening, his office said in a statement.
TRENDING
1
Storm closes schools across the north
Markets rally after rate decision
"""


def test_capture_header_is_read_as_stamp() -> None:
    assert strip_boilerplate(PAGE).stamp == Stamp(2024, 3, 5)


def test_title_is_found_and_kept_out_of_the_body() -> None:
    out = strip_boilerplate(PAGE)
    assert out.title == "Premier talks with Chancellor by phone"
    assert out.title not in out.lines


def test_furniture_lines_are_dropped() -> None:
    body = "\n".join(strip_boilerplate(PAGE).lines)
    assert "Also Read" not in body
    assert "Subscribe" not in body


def test_tail_after_trending_is_dropped() -> None:
    body = "\n".join(strip_boilerplate(PAGE).lines)
    assert "Storm closes schools" not in body
    assert "Markets rally" not in body


def test_repeated_paragraph_is_kept_once() -> None:
    lines = strip_boilerplate(PAGE).lines
    assert sum("held a telephone conversation" in line for line in lines) == 1


def test_markers_of_other_languages_apply() -> None:
    text = "Il presidente del Consiglio ha avuto oggi un colloquio telefonico con il presidente turco, ha reso noto Palazzo Chigi in una nota.\nLeggi anche: le notizie del giorno"
    body = "\n".join(strip_boilerplate(text).lines)
    assert "Leggi anche" not in body


def test_trending_before_the_body_is_not_a_tail() -> None:
    text = "Trending\nThe President spoke by phone with the Prime Minister of Japan today about trade and the situation on the Korean Peninsula."
    assert any("spoke by phone" in line for line in strip_boilerplate(text).lines)


def test_stamp_lines_in_any_language_are_furniture_kept_for_the_date() -> None:
    text = "Aggiornato il 19/02/2025 alle 09:30\nIl ministro ha avuto ieri un colloquio telefonico con il suo omologo cinese, riferisce la Farnesina in una nota."
    out = strip_boilerplate(text)
    assert out.head and out.head[0].startswith("Aggiornato")
    assert all("Aggiornato" not in line for line in out.lines)


def test_cookie_banner_is_furniture() -> None:
    text = (
        "Questo sito utilizza cookie tecnici e di profilazione. Chiudendo questo banner acconsenti all'uso dei cookie.\n"
        "Il presidente del Consiglio ha avuto oggi un colloquio telefonico con il cancelliere tedesco sulla situazione in Medio Oriente."
    )
    assert len(strip_boilerplate(text).lines) == 1


def test_headline_is_the_last_short_line_above_the_body() -> None:
    text = "President of Russia\nEvents\nNews\nTelephone conversation with Prime Minister of India Narendra Modi\nMarch 20, 2024\nVladimir Putin had a telephone conversation with Prime Minister of the Republic of India Narendra Modi."
    assert strip_boilerplate(text).title == "Telephone conversation with Prime Minister of India Narendra Modi"


def test_embedded_post_credit_is_removed() -> None:
    text = "Had a useful conversation with President Lula today on trade. - Narendra Modi (@narendramodi) May 3, 2025"
    assert "May 3" not in "\n".join(strip_boilerplate(text).lines)


@pytest.mark.parametrize("stamp", ["02/08/2024 14:27", "05 marzo 2025 - 08:45", "AFP • 12/03/2024 à 17:48", "15 ФЕВ 2025, 18:41"])
def test_a_date_with_its_time_is_a_publication_stamp(stamp: str) -> None:
    text = f"Il ministro ha avuto una conversazione telefonica con il suo omologo sulla situazione in Libia e nel Mediterraneo.\n{stamp}"
    out = strip_boilerplate(text)
    assert stamp in out.head and all(stamp not in line for line in out.lines)


def test_an_embedded_posts_credit_is_kept_as_its_post() -> None:
    from readouts.pipeline.boilerplate import strip_boilerplate

    out = strip_boilerplate(
        "The prime minister described the exchange on social media on Tuesday evening.\n"
        "Had a warm conversation with my friend President Lula about our trade ties.\n"
        "- Narendra Modi (@narendramodi) March 24, 2026\n"
        "Officials said a visit was being prepared for the coming months."
    )
    assert not any("@narendramodi" in line for line in out.lines)
    [post] = out.posts
    assert (post.author, post.posted) == ("Narendra Modi", "March 24, 2026")
    assert out.lines[post.paragraph].startswith("Had a warm conversation")


@pytest.mark.parametrize(
    "desk",
    ["By our correspondent", "Par notre correspondant", "Von unserem Korrespondenten", "Dal nostro corrispondente", "Por nuestro corresponsal", "От нашего корреспондента"],
)
def test_a_desk_byline_is_a_byline_not_the_headline(desk: str) -> None:
    text = (
        "Leaders agree to keep talking after late-night call\n"
        f"{desk}\n"
        "The Prime Minister spoke by telephone with the President on Tuesday evening. "
        "The two leaders discussed energy prices and agreed to stay in close contact."
    )
    out = strip_boilerplate(text)
    assert out.title == "Leaders agree to keep talking after late-night call"
    assert out.byline
    assert desk not in out.lines


def test_a_desk_word_inside_a_sentence_is_no_byline() -> None:
    text = (
        "Leaders agree to keep talking after late-night call\n"
        "By our correspondent's account the call lasted an hour and covered energy prices in detail.\n"
    )
    assert not strip_boilerplate(text).byline
