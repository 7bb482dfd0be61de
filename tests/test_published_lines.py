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
