import pytest

from readouts.extract.tokens import tokenize
from readouts.extract.topics import find_topics, topic_labels


@pytest.mark.parametrize(
    ("text", "lang", "label"),
    [
        ("They discussed the ceasefire in Gaza.", "en", "israel-palestine"),
        ("Les deux présidents ont évoqué la situation en Ukraine.", "fr", "ukraine"),
        ("Стороны обсудили ситуацию на Украине.", "ru", "ukraine"),
        ("Hanno parlato della crisi migratoria nel Mediterraneo.", "it", "migration"),
        ("Sie sprachen über die Sanktionen gegen Russland.", "de", "sanctions"),
        ("Abordaron el tráfico de fentanilo y los aranceles.", "es", "drugs-arms-trafficking"),
        ("Both leaders looked ahead to the G20 summit.", "en", "g7-g20-un"),
    ],
)
def test_keywords_give_labels(text: str, lang: str, label: str) -> None:
    assert label in find_topics(tokenize(text), lang)


def test_labels_come_from_the_vocabulary() -> None:
    found = find_topics(tokenize("Energy, trade, Syria, COVID-19 vaccines and grain exports."), "en")
    assert found and found <= topic_labels()


def test_no_topic_in_small_talk() -> None:
    assert find_topics(tokenize("He wished him a happy birthday."), "en") == set()
