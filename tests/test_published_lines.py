"""Publication dates from a bracketed source-and-date line."""

from datetime import date

import readouts


def test_a_bracketed_source_and_date_heading_the_title_line() -> None:
    r = readouts.parse(
        "[Bundesregierung - 12.03.2019] Bundeskanzlerin telefoniert mit Präsident Macron\n"
        "Bundeskanzlerin Angela Merkel hat heute mit Präsident Emmanuel Macron telefoniert."
    )
    assert r.published == date(2019, 3, 12)
    assert r.calls[0].date == date(2019, 3, 12)


def test_a_bracketed_place_and_date_on_the_first_line() -> None:
    r = readouts.parse(
        "Entretien téléphonique avec le chancelier Olaf Scholz (Paris, 9 août 2024)\n"
        "Le président Emmanuel Macron s'est entretenu aujourd'hui avec le chancelier Olaf Scholz."
    )
    assert r.published == date(2024, 8, 9)


def test_a_byline_glued_to_the_first_sentence_dates_the_page_not_the_call() -> None:
    for byline in ("By Staff Reporter | Harbour Herald 06-08-2024", "By Staff Reporter 06-08-2024"):
        r = readouts.parse(f"{byline} Prime Minister Keir Starmer spoke by phone with President Emmanuel Macron on Monday.")
        assert r.published == date(2024, 8, 6)
        assert r.calls[0].date == date(2024, 8, 5)  # the Monday before that Tuesday


def test_a_spanish_agency_dateline_with_its_full_stop_and_dash() -> None:
    r = readouts.parse(
        "Londres. Martes 6 de agosto de 2024.-El primer ministro Keir Starmer habló por teléfono "
        "con el presidente Emmanuel Macron el lunes."
    )
    assert r.published == date(2024, 8, 6)
    assert r.calls[0].date == date(2024, 8, 5)


def test_a_stamp_glued_to_the_first_sentence_is_not_the_call_date() -> None:
    r = readouts.parse(
        "Posted On: 07 AUG 2024 8:48PM by the Press Office The Prime Minister, Keir Starmer, "
        "received a call from President Emmanuel Macron. They discussed Ukraine."
    )
    assert r.calls[0].date is None  # the page says when it was posted, not when they spoke


def test_a_section_and_date_line_is_the_pages_stamp_not_a_date_heading() -> None:
    text = "Política | 6 ago 2024\nEl presidente Pedro Sánchez habló por teléfono con el presidente Emmanuel Macron."
    assert readouts.parse(text).calls[0].date is None
    heading = "6 de agosto de 2024\nEl presidente Pedro Sánchez habló por teléfono con el presidente Emmanuel Macron."
    assert readouts.parse(heading).calls[0].date == date(2024, 8, 6)


def test_a_news_pages_date_line_is_its_own_day_not_the_calls() -> None:
    # Under a news headline, the date line dates the page; the call may be of another day.
    news = (
        "Sánchez y Macron hablan por teléfono\n\n6 de agosto de 2024\n\n"
        "El presidente Pedro Sánchez habló por teléfono con el presidente Emmanuel Macron, informó Moncloa."
    )
    r = readouts.parse(news)
    assert r.source is not None and r.source.kind == "news"
    assert r.published == date(2024, 8, 6)
    assert r.calls[0].date is None
    # An office's own readout is dated by its date line.
    official = "President of Russia\nTelephone conversation with President of France Emmanuel Macron\n6 August 2024\nVladimir Putin had a telephone conversation with President of France Emmanuel Macron."
    assert readouts.parse(official).calls[0].date == date(2024, 8, 6)
