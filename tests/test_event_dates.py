"""A date governed by an event noun ("the elections of 9 August") is the
event's day, not the day of the call the sentence tells."""

from datetime import date

import pytest

import readouts
from readouts.extract.dates import find_dates
from readouts.extract.tokens import tokenize


def _events(text: str, lang: str) -> dict[str, bool]:
    """Each date of ``text`` -> whether it is an event's."""
    return {text[r.start : r.end]: r.event is not None for r in find_dates(text, tokenize(text, 0, lang), lang)}


@pytest.mark.parametrize(
    ("text", "lang", "event", "call"),
    [
        ("The two leaders spoke by phone on 20 March about the parliamentary elections of 12 March.", "en", "12 March", "20 March"),
        ("On 20 March they spoke about the referendum held on 12 March.", "en", "12 March", "20 March"),
        ("On Friday the presidents discussed Sunday's election.", "en", "Sunday", "Friday"),
        ("Am Freitag ging es um die Lage nach den Parlamentswahlen vom 12. März.", "de", "12. März", "Freitag"),
        ("Le 20 mars, ils ont évoqué l'élection législative anticipée du 12 mars.", "fr", "12 mars", "20 mars"),
        ("Il 20 marzo hanno parlato delle elezioni politiche del 12 marzo.", "it", "12 marzo", "20 marzo"),
        ("El 20 de marzo hablaron de las elecciones del 12 de marzo.", "es", "12 de marzo", "20 de marzo"),
        ("20 марта обсуждена ситуация после парламентских выборов 12 марта.", "ru", "12 марта", "20 марта"),
        ("20 марта стороны подтвердили приверженность соглашению от 12 марта.", "ru", "12 марта", "20 марта"),
        ("20 marca rozmawiali o wyborach z 12 marca.", "pl", "12 marca", "20 marca"),
        ("20 de março falaram sobre as eleições de 12 de março.", "pt", "12 de março", "20 de março"),
    ],
)
def test_the_date_of_an_event_noun_is_the_events(text: str, lang: str, event: str, call: str) -> None:
    found = _events(text, lang)
    assert found[event] is True
    assert found[call] is False


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Biden and Macron discussed the summit on Tuesday.", "en"),  # "on" binds only a day and month
        ("Merkel telefonierte am Dienstag mit Putin über die Wahl.", "de"),
        ("The leaders spoke on 20 March, after the elections.", "en"),  # the date comes first
        ("They discussed the elections, and on 20 March they agreed to meet.", "en"),  # a comma ends the phrase
    ],
)
def test_a_date_not_tied_to_the_noun_stays_free(text: str, lang: str) -> None:
    assert not any(_events(text, lang).values())


def test_a_call_dated_by_its_own_words_keeps_them() -> None:
    text = (
        "Chancellor Olaf Scholz spoke by telephone with President Emmanuel Macron. "
        "They discussed the situation after the presidential elections of 24 April 2022."
    )
    (call,) = readouts.parse(text).calls
    assert call.date is None  # the only date is the elections'

    dated = "On 2 May 2022, Olaf Scholz spoke by telephone with Emmanuel Macron about the presidential elections of 24 April 2022."
    (call,) = readouts.parse(dated).calls
    assert call.date == date(2022, 5, 2)


def test_an_event_noun_inside_a_call_cue_names_the_call() -> None:
    text = "Joe Biden and Emmanuel Macron took part in a virtual summit on 19 February 2021."
    assert _events(text, "en") == {"19 February 2021": True}  # a summit's, as far as the words go
    (call,) = readouts.parse(text).calls
    assert call.date == date(2021, 2, 19)


def test_a_german_compound_of_an_event_noun_counts() -> None:
    text = "Es ging um die Präsidentschaftswahlen vom 9. August und den Gipfel vom 20. August."
    assert _events(text, "de") == {"9. August": True, "20. August": True}


@pytest.mark.parametrize(
    "text",
    [
        "date 2023-03-15\nThe White House said on Wednesday that Joe Biden spoke with Xi Jinping on Tuesday.",
        "date 2023-03-15\nJoe Biden told reporters on Wednesday that he spoke with Xi Jinping on Tuesday.",
        "date 2023-03-15\nLe Kremlin a indiqué mercredi que Vladimir Poutine s'était entretenu mardi avec Emmanuel Macron.",
        "date 2023-03-15\nВ Кремле сообщили в среду, что Владимир Путин во вторник провёл телефонный разговор с Эммануэлем Макроном.",
    ],
)
def test_the_reporting_day_gives_way_to_the_call_day(text: str) -> None:
    (call,) = readouts.parse(text).calls
    assert call.date == date(2023, 3, 14)


def test_the_reporting_day_alone_still_dates_the_call() -> None:
    (call,) = readouts.parse("date 2023-03-15\nThe White House said on Wednesday that Joe Biden spoke with Xi Jinping.").calls
    assert call.date == date(2023, 3, 15)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Joe Biden spoke by phone with Xi Jinping two days ago.", "en"),
        ("Emmanuel Macron s'est entretenu il y a deux jours avec Joe Biden.", "fr"),
        ("Olaf Scholz telefonierte vor zwei Tagen mit Joe Biden.", "de"),
        ("Pedro Sánchez habló hace dos días por teléfono con Joe Biden.", "es"),
    ],
)
def test_days_ago_count_back_from_the_page_date(text: str, lang: str) -> None:
    (call,) = readouts.parse(f"date 2023-03-15\n{text}").calls
    assert call.date == date(2023, 3, 13)
