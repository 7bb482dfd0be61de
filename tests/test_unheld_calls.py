"""Call words that tell of no call held: a habit in the present tense, a talk
with a place after its counterpart, a call someone set out to make."""

import pytest

import readouts
from readouts.extract.cues import cues_for, read_cues
from readouts.extract.tokens import tokenize


def pairs(text: str) -> list[frozenset[str]]:
    return [frozenset(p.name for p in c.participants) for c in readouts.parse(text).calls]


@pytest.mark.parametrize(
    "text",
    [
        "Recep Tayyip Erdogan told the channel that he speaks with Vice President Joe Biden to discuss Iraq.",
        "Olaf Scholz sagte, er spricht mit Emmanuel Macron über alle Fragen Europas.",
        "Pedro Sánchez explicó que habla con Emmanuel Macron sobre la política europea.",
    ],
)
def test_a_habit_in_the_present_is_no_call(text: str) -> None:
    assert pairs(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Joe Biden speaks with Emmanuel Macron on Tuesday about Ukraine.",
        "Olaf Scholz spricht mit Emmanuel Macron am Dienstag über die Ukraine.",
    ],
)
def test_a_present_tense_call_of_a_named_day_is_a_call(text: str) -> None:
    assert len(pairs(text)) == 1


def test_a_headline_in_the_present_still_names_the_call() -> None:
    assert pairs("Joe Biden speaks with Emmanuel Macron\n\nThe two leaders discussed Ukraine and trade.") == [
        frozenset({"Joe Biden", "Emmanuel Macron"})
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Le 15 novembre, le Président Xi Jinping s'est entretenu avec le Président français Emmanuel Macron à Bali.",
        "On 15 November President Xi Jinping spoke with French President Emmanuel Macron in Bali.",
        "Il 15 novembre il presidente Xi Jinping ha parlato con il presidente Emmanuel Macron a Bali.",
        "15 ноября Си Цзиньпин побеседовал с Эммануэлем Макроном в Бали.",
    ],
)
def test_a_talk_with_a_place_after_the_counterpart_is_in_person(text: str) -> None:
    assert pairs(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "On 15 November President Xi Jinping spoke by phone with French President Emmanuel Macron in the evening.",
        "Le 15 novembre, le Président Xi Jinping s'est entretenu au téléphone avec Emmanuel Macron à Pékin.",
    ],
)
def test_a_phone_call_stays_one_wherever_it_is_placed(text: str) -> None:
    assert len(pairs(text)) == 1


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "El presidente esperó en Olivos para felicitar telefónicamente a Donald Trump."),
        ("fr", "Le président est resté à l'Élysée afin de s'entretenir au téléphone avec Donald Trump."),
        ("en", "The president stayed at his residence in order to phone Donald Trump."),
    ],
)
def test_a_call_someone_set_out_to_make_is_no_call(language: str, text: str) -> None:
    assert not read_cues(tokenize(text, 0, language), cues_for(language), text, 0).call


def test_a_call_made_to_congratulate_is_a_call() -> None:
    assert len(pairs("Pedro Sánchez llamó a Donald Trump para felicitar al presidente electo.")) == 1


def test_names_paragraphs_after_a_conference_do_not_join_it() -> None:
    found = readouts.parse(
        "Javier Milei mantuvo hoy un encuentro virtual con el director de una empresa petrolera. "
        "Por la tarde hará lo mismo con otra empresa. La agenda sigue. Habrá más reuniones. "
        "Donald Trump era el favorito del Gobierno."
    ).calls
    assert all(len(c.participants) < 2 or "Donald Trump" not in {p.name for p in c.participants} for c in found)


def test_a_person_of_a_talk_urged_for_later_takes_no_part() -> None:
    found = readouts.parse(
        "Prime Minister Narendra Modi on Monday spoke to President Vladimir Putin over phone, where he urged him "
        "to hold direct talks with President Volodymyr Zelensky. The phone call lasted for about 50 minutes."
    ).calls
    assert [frozenset(p.name for p in c.participants) for c in found] == [frozenset({"Narendra Modi", "Vladimir Putin"})]
    assert found[0].duration_minutes == 50


@pytest.mark.parametrize(
    "text",
    [
        "A conversa entre Lula e Donald Trump foi realizada nesta segunda-feira por meio de uma audioconferência.",
        "The talk between Lula and Donald Trump was held on Monday by audio conference.",
    ],
)
def test_an_audio_conference_is_a_phone_call(text: str) -> None:
    (call,) = readouts.parse(text).calls
    assert call.medium == "phone"
