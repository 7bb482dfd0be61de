"""Earlier calls mentioned in passing are calls of their own, with their own date."""

from datetime import date

import readouts


def dated(r: readouts.Readout) -> list[tuple[frozenset[str], date | None]]:
    return [(frozenset(p.name for p in c.participants), c.date) for c in r.calls]


PM = frozenset({"Emmanuel Macron", "Olaf Scholz"})


def test_a_list_of_earlier_calls_after_those_of_gives_one_call_each() -> None:
    r = readouts.parse(
        "Le président Emmanuel Macron s'est entretenu par téléphone le 3 juillet 2023 avec le chancelier Olaf Scholz. "
        "Cet appel téléphonique est le quatrième entre les deux dirigeants après ceux du 2 février, du 14 mars et du 9 mai."
    )
    assert dated(r) == [
        (PM, date(2023, 7, 3)),
        (PM, date(2023, 2, 2)),
        (PM, date(2023, 3, 14)),
        (PM, date(2023, 5, 9)),
    ]


def test_the_first_contact_since_a_date_implies_a_call_on_that_date() -> None:
    r = readouts.parse(
        "Roma, 12 ottobre 2023 - La telefonata di oggi tra Emmanuel Macron e Olaf Scholz, su iniziativa del "
        "presidente francese, è il primo contatto tra i due leader dal 4 agosto scorso."
    )
    (now, before) = r.calls
    assert (now.date, before.date) == (date(2023, 10, 12), date(2023, 8, 4))
    # The initiative belongs to the call the sentence tells, not to the one it recalls.
    assert now.initiator is not None and now.initiator.name == "Emmanuel Macron"
    assert before.initiator is None


def test_an_earlier_call_keeps_its_duration_and_the_current_one_its_date() -> None:
    r = readouts.parse(
        "Chancellor Olaf Scholz spoke by phone with President Emmanuel Macron on 20 November 2023. "
        "Their previous conversation on 2 October lasted 40 minutes."
    )
    (now, before) = r.calls
    assert now.date == date(2023, 11, 20) and now.duration is None
    assert before.date == date(2023, 10, 2) and before.duration is not None
    assert before.duration.total_seconds() == 40 * 60


def test_the_date_of_the_call_being_told_is_no_earlier_call() -> None:
    r = readouts.parse(
        "Bundeskanzler Olaf Scholz hat am 5. März 2024 mit Präsident Emmanuel Macron telefoniert. "
        "Das Telefonat vom 5. März dauerte eine Stunde."
    )
    assert dated(r) == [(PM, date(2024, 3, 5))]


def test_counting_calls_without_dates_adds_none() -> None:
    r = readouts.parse(
        "Emmanuel Macron y Olaf Scholz mantuvieron una conversación telefónica el 3 de julio de 2023. "
        "Es la tercera llamada entre ambos líderes este año."
    )
    assert dated(r) == [(PM, date(2023, 7, 3))]


def test_a_since_clause_about_something_else_is_no_call() -> None:
    r = readouts.parse(
        "Chancellor Olaf Scholz spoke by phone with President Emmanuel Macron on 20 November 2023. "
        "It was their first call since the election on 14 March."
    )
    assert dated(r) == [(PM, date(2023, 11, 20))]


def test_the_last_time_they_spoke_names_an_earlier_call() -> None:
    r = readouts.parse(
        "Владимир Путин провел телефонный разговор с Эммануэлем Макроном 3 июля 2023 года. "
        "В последний раз лидеры разговаривали по телефону 14 марта."
    )
    assert [d for _, d in dated(r)] == [date(2023, 7, 3), date(2023, 3, 14)]


def test_a_day_after_since_is_not_the_call_day() -> None:
    r = readouts.parse(
        "Emmanuel Macron a eu vendredi 29 mars 2024 un entretien téléphonique avec Olaf Scholz, "
        "leur deuxième échange depuis le sommet de dimanche."
    )
    assert dated(r) == [(PM, date(2024, 3, 29))]
