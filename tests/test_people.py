from datetime import date

import pytest

from readouts.extract.people import find_mentions, gazetteer
from readouts.extract.resolver import Resolver
from readouts.extract.tokens import tokenize


def mentions(text: str, lang: str):  # type: ignore[no-untyped-def]
    return find_mentions(tokenize(text), lang, text, 0)


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Vladimir Putin spoke with his counterpart.", "en", "Vladimir Putin"),
        ("Emmanuel Macron s'est entretenu avec Vladimir Poutine.", "fr", "Vladimir Putin"),
        ("Путин провёл телефонный разговор с Макроном.", "ru", "Emmanuel Macron"),
        ("Der Bundeskanzler telefonierte mit Selenskyj.", "de", "Volodymyr Zelenskyy"),
        ("Il premier ha sentito Erdoğan.", "it", "Recep Tayyip Erdogan"),
    ],
)
def test_gazetteer_spellings_and_inflections(text: str, lang: str, name: str) -> None:
    assert name in [m.key for m in mentions(text, lang)]


def test_title_and_country_words_belong_to_the_name() -> None:
    text = "Russian President Vladimir Putin called him."
    (m,) = mentions(text, "en")
    assert text[m.start : m.end] == "Russian President Vladimir Putin"
    assert (m.role, m.country) == ("president", "RU")


def test_a_country_across_a_comma_is_not_the_names() -> None:
    text = "At the initiative of the French side, Vladimir Putin had a call."
    (m,) = mentions(text, "en")
    assert m.key == "Vladimir Putin" and m.country is None


def test_descriptor_resolves_to_a_person_named_in_the_text() -> None:
    text = "Rishi Sunak spoke to the French president, Emmanuel Macron, and later to the German chancellor."
    found = mentions(text, "en")
    resolver = Resolver([m for m in found if m.key], None, date(2023, 3, 1))
    keys = [resolver.resolve(m) for m in found]
    assert "Emmanuel Macron" in keys
    assert "Olaf Scholz" in keys  # the office holder on that date


def test_unknown_person_with_title_takes_role_and_country_from_it() -> None:
    text = "He also spoke with the Prime Minister of Estonia Maris Tammekivi."
    unknown = [m for m in mentions(text, "en") if m.kind == "unknown"]
    assert unknown and unknown[0].key == "Maris Tammekivi"
    assert (unknown[0].role, unknown[0].country) == ("prime-minister", "EE")


def test_term_dates_settle_the_office() -> None:
    gaz = gazetteer()
    assert gaz.holder("FR", "president", date(2016, 5, 1)) == "François Hollande"
    assert gaz.holder("FR", "president", date(2021, 5, 1)) == "Emmanuel Macron"
    assert gaz.office("Vladimir Putin", date(2010, 1, 1)) == ("RU", "prime-minister")
    assert gaz.office("Vladimir Putin", date(2020, 1, 1)) == ("RU", "president")


def test_unknown_person_in_apposition_after_a_counterpart_word() -> None:
    text = "El canciller habló por teléfono con su homólogo paraguayo, Rubén Ramírez Lezcano."
    unknown = [m for m in mentions(text, "es") if m.kind == "unknown"]
    assert unknown and unknown[0].key == "Rubén Ramírez Lezcano"
    assert unknown[0].country == "PY" and unknown[0].counterpart


def test_title_after_the_name() -> None:
    text = "Il ministro ha sentito Maris Tammekivi, ministro degli Esteri dell'Estonia."
    unknown = [m for m in mentions(text, "it") if m.kind == "unknown"]
    assert unknown and unknown[0].key == "Maris Tammekivi" and unknown[0].role == "foreign-minister"


def test_country_word_inside_a_title() -> None:
    text = "El ministro español de Asuntos Exteriores, Luis Palomo Ortega, viajará mañana."
    unknown = [m for m in mentions(text, "es") if m.kind == "unknown"]
    assert unknown and (unknown[0].role, unknown[0].country) == ("foreign-minister", "ES")


def test_a_title_makes_a_surname_safe_to_read() -> None:
    # "Duda" alone is a Spanish word and no surname entry; after a title it is the Polish president.
    found = [m.key for m in mentions("Shortly before midnight President Biden called President Duda.", "en")]
    assert "Andrzej Duda" in found


def test_initials_before_a_known_surname_are_not_a_person() -> None:
    text = "Состоялся телефонный разговор Министра иностранных дел Российской Федерации С.В.Лаврова с коллегой."
    assert [m.key for m in mentions(text, "ru") if m.key] == ["Sergey Lavrov"]


def _participants(text: str) -> list[tuple[str, str | None, str | None]]:
    import readouts

    (call,) = readouts.parse(text).calls
    return [(p.name, p.country, p.role) for p in call.participants]


def test_a_person_outside_every_term_has_the_role_the_text_gives_or_none() -> None:
    gaz = gazetteer()
    assert gaz.office("Recep Tayyip Erdogan", date(2003, 6, 1)) == ("TR", "prime-minister")
    assert gaz.office("Recep Tayyip Erdogan", date(2016, 6, 1)) == ("TR", "president")
    assert gaz.office("Recep Tayyip Erdogan", date(2002, 6, 1)) == ("TR", None)
    assert gaz.office("Recep Tayyip Erdogan", date(2002, 6, 1), "prime-minister") == ("TR", "prime-minister")


def test_a_2003_erdogan_is_prime_minister() -> None:
    people = _participants("Ankara, 12 May 2003. Recep Tayyip Erdoğan held a telephone conversation with Tony Blair.")
    assert ("Recep Tayyip Erdogan", "TR", "prime-minister") in people


def test_a_name_holding_a_body_word_is_the_person() -> None:
    text = "Kim Jong Un held a telephone conversation with Vladimir Putin."
    keys = [m.key for m in mentions(text, "en")]
    assert "Kim Jong Un" in keys and None not in keys
    assert ("Kim Jong Un", "KP", "supreme-leader") in _participants("5 June 2024. " + text)


@pytest.mark.parametrize("name", ["Luis Alberto Arce Catacora", "Luis Arce"])
def test_the_label_and_the_short_form_both_resolve(name: str) -> None:
    people = _participants(f"La Paz, 3 March 2022. {name} held a telephone conversation with Alberto Fernández.")
    assert (people[0][1], people[0][2]) == ("BO", "president")


def test_a_monarch_of_several_realms_speaks_for_their_own_country() -> None:
    assert gazetteer().office("Charles III", date(2023, 5, 1)) == ("GB", "king")
    people = _participants("Tokyo, 10 January 2021. Emperor Naruhito held a telephone conversation with Joe Biden.")
    assert people[0][1:] == ("JP", "emperor")


def test_a_governor_general_has_that_title() -> None:
    assert gazetteer().holder("AU", "governor-general", date(2010, 6, 1)) == "Quentin Bryce"
    assert gazetteer().holder("AU", "governor-general", date(2022, 6, 1)) == "David Hurley"
    assert gazetteer().holder("CA", "governor-general", date(2015, 6, 1)) == "David Johnston"
    people = _participants("Canberra, 4 April 2009. Quentin Bryce held a telephone conversation with Barack Obama.")
    assert ("Quentin Bryce", "AU", "governor-general") in people
    people = _participants("Canberra, 4 April 2005. Quentin Bryce held a telephone conversation with Kofi Annan.")
    assert ("Quentin Bryce", "AU", None) in people  # her term began in 2008


@pytest.mark.parametrize(
    ("text", "lang", "names"),
    [
        ("Президент Володимир Зеленський провів розмову з Емманюелем Макроном.", "ru", {"Volodymyr Zelenskyy", "Emmanuel Macron"}),
        ("Prezydent Andrzej Duda rozmawiał telefonicznie z Wołodymyrem Zełenskim.", "en", {"Andrzej Duda", "Volodymyr Zelenskyy"}),
        ("Cumhurbaşkanı Erdoğan, Vladimir Putin ile telefonda görüştü.", "en", {"Recep Tayyip Erdogan", "Vladimir Putin"}),
        ("O presidente Lula conversou por telefone com Javier Milei.", "en", {"Luiz Inácio Lula da Silva", "Javier Milei"}),
        ("通话：习近平、马克龙", "en", {"Xi Jinping", "Emmanuel Macron"}),
        ("電話会談：プーチン、トランプ", "en", {"Vladimir Putin", "Donald Trump"}),
        ("اتصال هاتفي بين بوتين و ماكرون", "en", {"Vladimir Putin", "Emmanuel Macron"}),
    ],
)
def test_spellings_in_the_other_languages(text: str, lang: str, names: set[str]) -> None:
    # Ukrainian case forms are reached by stemming, as Russian ones are.
    assert {m.key for m in mentions(text, lang) if m.kind == "name"} >= names


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The archive keeps a letter from Lyndon Johnson to the Canadian prime minister.", "en"),
        ("Le biographe de Lyndon Johnson publie ses carnets.", "fr"),
        ("El archivo guarda una carta de Lyndon Johnson al primer ministro canadiense.", "es"),
        ("В архиве хранится письмо Линдона Джонсона канадскому премьеру.", "ru"),
    ],
)
def test_a_surname_after_another_given_name_is_someone_else(text: str, lang: str) -> None:
    assert "Boris Johnson" not in [m.key for m in mentions(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        # A weekday, a title or the person's own second given name before the surname.
        ("On Monday Johnson called the French president.", "en", "Boris Johnson"),
        ("Yesterday Tayyip Erdogan called the Russian president.", "en", "Recep Tayyip Erdogan"),
        ("Am Montag telefonierte Kanzler Scholz mit dem französischen Präsidenten.", "de", "Olaf Scholz"),
        ("Le président Macron a appelé hier Boris Johnson.", "fr", "Emmanuel Macron"),
    ],
)
def test_a_surname_after_other_capitalised_words_is_still_the_person(text: str, lang: str, name: str) -> None:
    assert name in [m.key for m in mentions(text, lang)]
