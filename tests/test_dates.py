from datetime import date

import pytest

from readouts.extract.dates import DateRef, find_dates, resolve
from readouts.extract.tokens import tokenize


def refs(text: str, lang: str) -> list[DateRef]:
    return find_dates(text, tokenize(text), lang)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The call took place on 12 March 2019 in the evening.", "en", date(2019, 3, 12)),
        ("They spoke on October 3, 2021 about energy.", "en", date(2021, 10, 3)),
        ("Les deux présidents se sont parlé le 4 décembre 2020.", "fr", date(2020, 12, 4)),
        ("Разговор состоялся 22 мая 2024 года.", "ru", date(2024, 5, 22)),
        ("La telefonata si è svolta il 9 febbraio 2023.", "it", date(2023, 2, 9)),
        ("Das Telefonat fand am 5. März 2022 statt.", "de", date(2022, 3, 5)),
        ("La llamada se realizó el 29 de enero de 2025.", "es", date(2025, 1, 29)),
        ("Updated: 16-11-2021 00:58 IST", "en", date(2021, 11, 16)),
        ("Stamp 2018-07-01 here", "en", date(2018, 7, 1)),
    ],
)
def test_explicit_dates(text: str, lang: str, expected: date) -> None:
    found = [r for r in refs(text, lang) if r.explicit]
    assert found, text
    assert resolve(found[0], None) == expected


def test_may_alone_is_not_a_month() -> None:
    assert not [r for r in refs("Leaders may speak again soon.", "en") if r.month]


def test_weekday_resolves_to_latest_such_day_on_or_before_anchor() -> None:
    (ref,) = refs("Macron spoke with him on Monday.", "en")
    assert resolve(ref, date(2021, 11, 16)) == date(2021, 11, 15)  # a Tuesday anchor
    assert resolve(ref, date(2021, 11, 15)) == date(2021, 11, 15)  # the same Monday


def test_weekday_without_anchor_is_unknown() -> None:
    (ref,) = refs("They spoke on Friday.", "en")
    assert resolve(ref, None) is None


@pytest.mark.parametrize(
    ("text", "lang", "delta"),
    [("They spoke today.", "en", 0), ("Ils se sont parlé hier.", "fr", -1), ("Вчера они поговорили.", "ru", -1), ("Hanno parlato oggi.", "it", 0)],
)
def test_relative_words(text: str, lang: str, delta: int) -> None:
    found = [r for r in refs(text, lang) if r.relative is not None]
    assert found and resolve(found[0], date(2020, 6, 10)) == date(2020, 6, 10 + delta)


def test_date_without_year_takes_the_anchor_year_and_never_the_future() -> None:
    (ref,) = [r for r in refs("They last spoke on 28 December.", "en") if r.explicit]
    assert resolve(ref, date(2023, 1, 5)) == date(2022, 12, 28)


def test_impossible_dates_are_ignored() -> None:
    assert not [r for r in refs("On 31 February 2021 nothing happened.", "en") if r.explicit]


@pytest.mark.parametrize(
    ("language", "sentence", "weekdays"),
    [
        ("uk", "Серед іншого, сторони обговорили енергетичну безпеку.", []),
        ("ru", "Среди прочего, стороны обсудили энергетическую безопасность.", []),
        ("uk", "У середу сторони обговорили енергетичну безпеку.", [2]),
        ("ru", "В среду и в пятницу стороны обсудили энергетику.", [2, 4]),
        ("pl", "W środę strony omówiły bezpieczeństwo energetyczne.", [2]),
    ],
)
def test_weekdays_match_the_forms_the_file_spells(language: str, sentence: str, weekdays: list[int]) -> None:
    # "среди"/"серед" ("among") share a stem with Wednesday: weekdays are
    # matched as spelled forms, not by stripping endings.
    from readouts.extract.dates import find_dates
    from readouts.extract.tokens import tokenize

    found = find_dates(sentence, tokenize(sentence, language=language), language)
    assert [r.weekday for r in found if r.weekday is not None] == weekdays
