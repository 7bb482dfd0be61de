"""Who a title names, and what office a person holds, on the day the text speaks of."""

import pytest

import readouts


def people(text: str) -> list[tuple[str, str | None]]:
    (call,) = readouts.parse(text).calls
    return sorted((p.name, p.role) for p in call.participants)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An undated page: the holders on the date it writes, not today's.
        (
            "The German chancellor spoke by phone with the French president on 3 March 2015.",
            [("Angela Merkel", "chancellor"), ("François Hollande", "president")],
        ),
        (
            "Il presidente del Consiglio ha avuto un colloquio telefonico con il presidente francese il 12 giugno 2019.",
            [("Emmanuel Macron", "president"), ("Giuseppe Conte", "prime-minister")],
        ),
        # A capture's month stamp dates the page.
        (
            "date 2015-03\nLa chancelière allemande s'est entretenue par téléphone avec le président français, a indiqué l'Élysée.",
            [("Angela Merkel", "chancellor"), ("François Hollande", "president")],
        ),
    ],
)
def test_a_bare_title_is_the_holder_on_the_texts_date(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Merkel telefoniert mit Obama\n\nDie Kanzlerin sprach mit dem US-Präsidenten über die Lage in der Ukraine.",
        "Poutine et Merkel au téléphone\n\nLe président russe s'est entretenu par téléphone avec la chancelière allemande, qui a insisté sur le cessez-le-feu.",
    ],
)
def test_the_headlines_named_person_wins_over_todays_holder(text: str) -> None:
    names = [n for n, _ in people(text)]
    assert "Angela Merkel" in names and "Friedrich Merz" not in names


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # A winner between the vote and the inauguration, whatever the text calls them.
        ("Madrid, 25 de noviembre de 2023. Pedro Sánchez habló por teléfono con Javier Milei sobre el acuerdo con el Mercosur.", "Javier Milei"),
        ("Warszawa, 30 maja 2015. Petro Poroszenko zadzwonił do Andrzeja Dudy i pogratulował mu zwycięstwa.", "Andrzej Duda"),
        ("Claudia Sheinbaum spoke by phone with Joe Biden on June 10, 2024.", "Claudia Sheinbaum"),
    ],
)
def test_a_winner_not_yet_sworn_in_is_elect(text: str, who: str) -> None:
    assert dict(people(text))[who] == "president-elect"


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # Re-elected, or already sworn in: in office.
        ("Moscow, 20 March 2018. Xi Jinping phoned Vladimir Putin to congratulate him on his re-election.", "Vladimir Putin"),
        ("Claudia Sheinbaum spoke by phone with Joe Biden on 10 December 2024.", "Claudia Sheinbaum"),
    ],
)
def test_a_leader_in_office_is_not_elect(text: str, who: str) -> None:
    assert dict(people(text))[who] == "president"


def test_a_named_winner_takes_the_elect_title_when_no_holder_is_named() -> None:
    text = (
        "date 2023-11\nEl presidente electo de Argentina, Javier Milei, recibió la llamada del mandatario uruguayo "
        "Luis Lacalle Pou, que lo invitó a Montevideo."
    )
    assert people(text) == [("Javier Milei", "president-elect"), ("Luis Alberto Lacalle Pou", "president")]
