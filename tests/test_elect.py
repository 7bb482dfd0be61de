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


def test_a_call_between_the_vote_and_the_oath() -> None:
    r = readouts.parse(
        "Date: 2024-11-20\nBundeskanzler Olaf Scholz hat am Dienstag mit Donald Trump telefoniert. "
        "Scholz gratulierte Trump zum Wahlsieg."
    )
    assert roles(r)["Donald Trump"] == "president-elect"


def test_a_retelling_written_after_the_oath_says_president() -> None:
    r = readouts.parse(
        "Date: 2025-06-01\nLa presidenta Claudia Sheinbaum habló por teléfono con Donald Trump el 7 de noviembre de 2024."
    )
    assert roles(r)["Donald Trump"] == "president"
