"""A leader elected but not yet sworn in takes the elect form of the office."""

import readouts


def roles(r: readouts.Readout) -> dict[str, str | None]:
    return {p.name: p.role for c in r.calls for p in c.participants}


def test_text_that_says_president_elect() -> None:
    r = readouts.parse(
        "Le chancelier Olaf Scholz s'est entretenu par téléphone avec le président élu des États-Unis, Donald Trump. "
        "Les deux dirigeants ont évoqué la guerre en Ukraine."
    )
    assert roles(r) == {"Olaf Scholz": "chancellor", "Donald Trump": "president-elect"}


def test_the_then_president_elect_is_no_elect_today() -> None:
    r = readouts.parse(
        "Date: 2026-02-10\nPrime Minister Keir Starmer spoke by phone with President Donald Trump on Monday. "
        "The two men first spoke in November 2024, when Donald Trump was the then president-elect."
    )
    assert roles(r)["Donald Trump"] == "president"


def test_an_elect_title_gives_way_to_the_office_held_on_the_day() -> None:
    r = readouts.parse(
        "Date: 2025-06-01\nLa presidenta Claudia Sheinbaum habló por teléfono el 30 de mayo de 2025 con Donald Trump, "
        "a quien había felicitado como presidente electo en noviembre."
    )
    assert roles(r)["Donald Trump"] == "president"
