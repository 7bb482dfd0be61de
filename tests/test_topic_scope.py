"""Which sentences of a call give its topics: not those of another time,
another occasion or a venue."""

import pytest

import readouts
from readouts.extract.dates import bare_months
from readouts.extract.tokens import tokenize


def topics(text: str) -> list[str]:
    """The topics of the first call the text reports."""
    return readouts.parse(text).calls[0].topics


@pytest.mark.parametrize(
    "text, lang, months",
    [
        ("The two men also spoke in November.", "en", [11]),
        ("They met on 5 November 2023 and in May 2024.", "en", []),
        ("Ils se sont parlé en mars, puis le 3 avril.", "fr", [3]),
        ("两国领导人去年11月曾通电话。", "zh", [11]),
        ("两国领导人2024年11月曾通电话。", "zh", []),
    ],
)
def test_bare_months_are_months_named_without_day_or_year(text: str, lang: str, months: list[int]) -> None:
    assert [month for _, month in bare_months(list(tokenize(text, language=lang)), lang, marked=True)] == months


def test_a_month_verb_is_no_month_where_months_are_capitalised() -> None:
    assert bare_months(list(tokenize("They may speak again soon.", language="en")), "en", marked=True) == []


@pytest.mark.parametrize(
    "text, label",
    [
        (
            "On 12 March 2024 President Emmanuel Macron had a telephone call with Prime Minister Keir Starmer. "
            "They discussed support for Ukraine. "
            "The two leaders also spoke in January, when they discussed migration.",
            "migration",
        ),
        (
            "Am 14. Mai 2024 telefonierte Bundeskanzler Olaf Scholz mit Präsident Emmanuel Macron. "
            "Beide sprachen über die Lage in der Ukraine. "
            "Scholz sagte am 2. Mai 2024 in Berlin, der Handel mit China müsse fairer werden.",
            "economy-trade",
        ),
    ],
)
def test_a_sentence_dated_before_the_call_gives_it_no_topic(text: str, label: str) -> None:
    found = topics(text)
    assert "ukraine" in found
    assert label not in found


def test_a_later_date_in_a_sentence_of_what_was_agreed_keeps_its_topic() -> None:
    found = topics(
        "On 12 March 2024 President Emmanuel Macron had a telephone call with Prime Minister Keir Starmer. "
        "They discussed support for Ukraine and agreed to discuss climate finance on 20 March 2024."
    )
    assert {"ukraine", "climate"} <= set(found)


@pytest.mark.parametrize(
    "text, kept, dropped",
    [
        (
            "Президент Владимир Путин провел телефонный разговор с президентом Эммануэлем Макроном. "
            "Стороны обсудили ситуацию в Сирии. "
            "Ранее Путин заявлял о поставках газа в Европу.",
            "syria",
            "energy",
        ),
        (
            "Bundeskanzler Olaf Scholz hat mit Präsident Emmanuel Macron telefoniert. "
            "Beide sprachen über die Lage in Syrien. "
            "Zuvor hatte Scholz die Gaslieferungen nach Europa verteidigt.",
            "syria",
            "energy",
        ),
        (
            "Президент Володимир Зеленський провів телефонну розмову з прем'єр-міністром Кіром Стармером. "
            "Сторони обговорили ситуацію в Сирії. "
            "Нагадаємо, минулого тижня Зеленський говорив про постачання газу.",
            "syria",
            "energy",
        ),
    ],
)
def test_a_sentence_opening_on_background_gives_no_topic(text: str, kept: str, dropped: str) -> None:
    found = topics(text)
    assert kept in found
    assert dropped not in found


def test_a_background_word_inside_a_sentence_does_not_make_it_background() -> None:
    found = topics(
        "President Emmanuel Macron had a telephone call with Prime Minister Keir Starmer. "
        "They discussed the energy prices they had previously agreed to cap."
    )
    assert "energy" in found


@pytest.mark.parametrize(
    "text, lang",
    [
        (
            "Prime Minister Narendra Modi spoke by phone with Prime Minister Giorgia Meloni about trade. "
            "The two leaders had met on the sidelines of the G20 summit in Rio.",
            "en",
        ),
        (
            "Il presidente Emmanuel Macron ha avuto una telefonata con la premier Giorgia Meloni. "
            "Hanno parlato di commercio e di investimenti, e si vedranno a margine del G7 in Puglia.",
            "it",
        ),
        (
            "Le président Emmanuel Macron s'est entretenu par téléphone avec le Premier ministre Narendra Modi. "
            "Ils ont évoqué le commerce et se retrouveront en marge de l'Assemblée générale des Nations unies.",
            "fr",
        ),
    ],
)
def test_a_summit_named_as_a_venue_is_no_topic(text: str, lang: str) -> None:
    found = topics(text)
    assert "economy-trade" in found
    assert "g7-g20-un" not in found


def test_a_summit_discussed_is_still_a_topic() -> None:
    found = topics(
        "President Joe Biden spoke by phone with Prime Minister Rishi Sunak. "
        "They discussed preparations for the upcoming G20 meeting, including trade."
    )
    assert {"g7-g20-un", "economy-trade"} <= set(found)


def test_another_occasion_that_reports_nothing_said_gives_no_topic() -> None:
    found = topics(
        "Bundeskanzler Olaf Scholz hat mit Präsident Emmanuel Macron telefoniert. "
        "Beide sprachen über die Lage in Syrien. "
        "Scholz hatte bei seinem Besuch in Kairo Flüchtlingslager besucht."
    )
    assert "syria" in found
    assert "humanitarian" not in found
