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
    assert strip_boilerplate(PAGE).stamp == "2024-03-05"


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
