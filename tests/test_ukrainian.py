"""Ukrainian readouts, on sentences in the style of the presidency's and the
agencies' texts."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

import readouts
from readouts.pipeline.language import detect_language

RU = "Президент провёл телефонный разговор с премьер-министром, стороны обсудили двустороннее сотрудничество и ситуацию в регионе."


@pytest.mark.parametrize(
    "text",
    [
        "Президент провів телефонну розмову з прем'єр-міністром, сторони обговорили двосторонню співпрацю та ситуацію в регіоні.",
        "Глава держави подякував партнерам за підтримку України і наголосив на важливості посилення протиповітряної оборони.",
    ],
)
def test_ukrainian_is_told_from_russian(text: str) -> None:
    assert detect_language(text) == "uk"
    assert detect_language(RU) == "ru"


def _call(text: str) -> readouts.Call:
    readout = readouts.parse(text)
    assert readout.language == "uk"
    [call] = readout.calls
    return call


def test_a_phone_call_with_titles_and_cases() -> None:
    call = _call(
        "24 листопада 2025 року Президент України Володимир Зеленський провів телефонну розмову з "
        "Прем'єр-міністром Великої Британії Стармером. Сторони обговорили гарантії безпеки для України. "
        "Розмова тривала близько години."
    )
    assert {(p.name, p.country, p.role) for p in call.participants} == {
        ("Volodymyr Zelenskyy", "UA", "president"),
        ("Keir Starmer", "GB", "prime-minister"),
    }
    assert call.medium == "phone"
    assert call.date == date(2025, 11, 24)
    assert call.duration == timedelta(minutes=60)
    assert "security-guarantees" in call.topics


def test_a_video_call() -> None:
    call = _call(
        "Володимир Зеленський поспілкувався з Президентом Польщі Анджеєм Дудою у режимі відеоконференції. "
        "Лідери обговорили підготовку до саміту НАТО."
    )
    assert {p.name for p in call.participants} == {"Volodymyr Zelenskyy", "Andrzej Duda"}
    assert call.medium == "video"


def test_the_initiative_of_the_other_side() -> None:
    call = _call(
        "На прохання британської сторони Володимир Зеленський провів телефонну розмову з Прем'єр-міністром Стармером. "
        "Співрозмовники обговорили мирний процес."
    )
    assert call.initiator is not None and call.initiator.name == "Keir Starmer"


def test_a_planned_call_is_no_call() -> None:
    readout = readouts.parse(
        "Володимир Зеленський найближчими днями проведе телефонну розмову з Прем'єр-міністром Великої Британії Стармером, "
        "повідомив речник."
    )
    assert readout.calls == []


def test_a_request_for_a_call_is_no_call() -> None:
    readout = readouts.parse(
        "Президент Володимир Зеленський подавав запит на розмову з Президентом Російської Федерації, але відповіді не отримав."
    )
    assert readout.calls == []


def test_a_minister_after_title_and_country_keeps_both() -> None:
    call = _call(
        "Міністр закордонних справ України Дмитро Кулеба провів телефонну розмову з главою МЗС Республіки Польща Збігнєвом Рау."
    )
    assert {(p.country, p.role) for p in call.participants} == {("UA", "foreign-minister"), ("PL", "foreign-minister")}


def test_an_inflected_name_in_another_languages_spelling_is_the_gazetteers() -> None:
    # The gazetteer spells him "Збигнев Рау"; the text inflects a Ukrainian spelling.
    call = _call(
        "Глава МЗС Польщі Збігнєв Рау провів телефонну розмову з міністром закордонних справ України Дмитром Кулебою. "
        "Міністри обговорили двосторонню співпрацю."
    )
    assert {(p.name, p.country, p.role) for p in call.participants} == {
        ("Zbigniew Rau", "PL", "foreign-minister"),
        ("Dmytro Kuleba", "UA", "foreign-minister"),
    }


def test_a_surname_alone_does_not_make_another_person_the_gazetteers() -> None:
    # Same surname and office, another given name: not the person the gazetteer knows.
    readout = readouts.parse(
        "Міністр закордонних справ України Дмитро Кулеба провів телефонну розмову з главою МЗС Польщі Яном Рау."
    )
    assert "Zbigniew Rau" not in {p.name for c in readout.calls for p in c.participants}


def test_a_given_name_in_a_case_the_gazetteer_lacks_keeps_the_title() -> None:
    call = _call("Президент Зеленський провів телефонну розмову з прем'єр-міністром Естонії Каєю Каллас.")
    assert {(p.name, p.country, p.role) for p in call.participants} == {
        ("Volodymyr Zelenskyy", "UA", "president"),
        ("Kaja Kallas", "EE", "prime-minister"),
    }


def test_the_head_of_the_presidents_office_is_no_participant() -> None:
    call = _call(
        "Президент України Володимир Зеленський провів телефонну розмову з Президентом Франції Емманюелем Макроном. "
        "Про це повідомив керівник Офісу Президента України Андрій Єрмак, який також розмовляв з радником президента Франції."
    )
    assert {p.name for p in call.participants} == {"Volodymyr Zelenskyy", "Emmanuel Macron"}


def test_talks_by_video_are_the_call_not_its_topic() -> None:
    call = _call(
        "Президент Зеленський провів переговори по відеозв'язку з Прем'єр-міністром Канади Марком Карні. "
        "Сторони обговорили енергетичну співпрацю."
    )
    assert call.medium == "video"
    assert call.topics == ["energy"]


def test_ending_the_war_is_the_peace_process() -> None:
    call = _call(
        "Президент Зеленський провів телефонну розмову з Прем'єр-міністром Канади Марком Карні. "
        "Лідери обговорили шляхи завершення війни."
    )
    assert "peace-talks" in call.topics


def test_a_date_after_the_counterpart_named_with_z_is_the_calls() -> None:
    # "з" is "with" before a name, "since" only in "вперше з".
    text = "Президент України Володимир Зеленський провів телефонну розмову з Президентом Франції Емманюелем Макроном 12 березня 2024 року."
    (call,) = readouts.parse(text).calls
    assert call.date == date(2024, 3, 12)
