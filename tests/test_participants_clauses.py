"""Who takes part: quoted aides and ministers are not parties to the call
they speak of, unnamed counterparts are the holders of the other side's
office, and the French ordinal "premier" is no prime minister."""

import pytest

import readouts
from readouts.extract.people import find_mentions
from readouts.extract.tokens import tokenize


def parties(text: str) -> list[set[str]]:
    return [{p.name for p in c.participants} for c in readouts.parse(text).calls]


@pytest.mark.parametrize(
    "text",
    [
        "Vladimir Putin held a telephone conversation with Recep Tayyip Erdogan on Tuesday. "
        "Sergei Lavrov said the call was constructive.",
        "Narendra Modi spoke with Joe Biden. External Affairs Minister S. Jaishankar said the conversation was warm.",
        "Владимир Путин провёл телефонный разговор с Эммануэлем Макроном. "
        "Сергей Лавров заявил, что разговор был содержательным.",
        "Emmanuel Macron s'est entretenu par téléphone avec Olaf Scholz. "
        "Selon Jean-Noël Barrot, l'entretien a porté sur l'Ukraine.",
    ],
)
def test_a_quoted_minister_is_no_party_to_the_call_told(text: str) -> None:
    assert len(parties(text)) == 1


def test_a_speaker_beside_two_leaders_who_talked_is_dropped() -> None:
    found = parties("Sergei Lavrov said Vladimir Putin and Recep Tayyip Erdogan spoke by phone on Friday.")
    assert found == [{"Vladimir Putin", "Recep Tayyip Erdogan"}]


def test_a_speaker_who_called_stays_a_party() -> None:
    found = parties("Emmanuel Macron said he had spoken by phone with Olaf Scholz on Monday.")
    assert found == [{"Emmanuel Macron", "Olaf Scholz"}]


def test_a_quote_across_a_comma_is_not_the_person_before_it() -> None:
    text = (
        "Emmanuel Macron spoke with Mario Draghi by phone on Monday. "
        "On the call between Macron and Draghi, the Elysee noted that both stressed close cooperation."
    )
    (call,) = readouts.parse(text).calls
    assert {p.name for p in call.participants} == {"Emmanuel Macron", "Mario Draghi"}


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("13 March 2023\nRecep Tayyip Erdogan spoke by phone with his Russian counterpart on Monday.", "Vladimir Putin"),
        ("13 March 2023\nTurkish Foreign Minister Mevlut Cavusoglu spoke by phone with his Russian counterpart.", "Sergey Lavrov"),
        ("Le 5 mai 2021, Jean-Yves Le Drian s'est entretenu avec son homologue russe.", "Sergey Lavrov"),
    ],
)
def test_an_unnamed_counterpart_holds_the_other_sides_office(text: str, who: str) -> None:
    (found,) = parties(text)
    assert who in found


def test_a_counterpart_named_in_the_text_is_that_person() -> None:
    text = (
        "Recep Tayyip Erdogan spoke by phone with his Russian counterpart. "
        "Vladimir Putin and Recep Tayyip Erdogan discussed grain exports."
    )
    assert parties(text)[0] == {"Recep Tayyip Erdogan", "Vladimir Putin"}


@pytest.mark.parametrize(
    "text",
    [
        "C'était leur premier échange depuis l'investiture.",
        "Le premier appel entre les deux dirigeants remonte à mars.",
        "Premier entretien entre les deux dirigeants depuis mars.",
    ],
)
def test_french_ordinal_premier_is_no_title(text: str) -> None:
    tokens = tokenize(text, 0, "fr")
    assert find_mentions(tokens, "fr", text, 0) == []


def test_french_ordinal_premier_adds_no_prime_minister_to_a_call() -> None:
    text = (
        "Emmanuel Macron s'est entretenu avec le Premier ministre indien Narendra Modi. "
        "C'est le premier appel entre Emmanuel Macron et le Premier ministre indien."
    )
    assert parties(text) == [{"Emmanuel Macron", "Narendra Modi"}]


def test_french_premier_before_a_country_is_the_prime_minister() -> None:
    (found,) = parties("Le 12 janvier 2023, Emmanuel Macron a appelé le Premier britannique.")
    assert found == {"Emmanuel Macron", "Rishi Sunak"}


def test_a_state_form_between_title_and_name_keeps_the_title() -> None:
    text = "Vladimir Putin had a telephone conversation with Prime Minister of the Republic of India Narendra Modi."
    assert parties(text) == [{"Vladimir Putin", "Narendra Modi"}]


def test_a_presidents_title_for_a_state_without_one_names_its_leader() -> None:
    text = (
        "El presidente del Gobierno, Pedro Sánchez, mantuvo el 4 de abril de 2025 una conversación telefónica "
        "con el primer ministro de Canadá, Mark Carney, a petición del mandatario canadiense."
    )
    (call,) = readouts.parse(text).calls
    assert call.initiator is not None and call.initiator.name == "Mark Carney"
