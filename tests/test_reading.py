"""The reading step: every sentence and the headline read once, before a source parser is picked."""

from datetime import date

import readouts
from readouts import Document, Sentence
from readouts.pipeline.reading import read, read_sentence, read_title
from readouts.pipeline.sentences import split_sentences

BODY = (
    "Prime Minister Mark Carney spoke by telephone with President Emmanuel Macron. "
    "The leaders discussed support for Ukraine."
)
TITLE = "Carney speaks with Macron"


def _document(reading: bool) -> Document:
    sentences = split_sentences(BODY)
    doc = Document(full=BODY, text=BODY, title=TITLE, sentences=sentences)
    if reading:
        doc.reading = read(sentences, TITLE, doc.language)
    return doc


def test_each_sentence_has_its_reading_and_a_made_up_one_has_none() -> None:
    doc = _document(reading=True)
    assert doc.reading is not None and len(doc.reading.readings) == len(doc.sentences) == 2
    first = doc.reading.of(doc.sentences[0])
    assert first is not None and first.cues.call and len(first.mentions) == 2
    made_up = Sentence(index=0, start=0, end=5, text="Other", paragraph=0)
    assert doc.reading.of(made_up) is None
    assert doc.reading.of(Sentence(index=7, start=0, end=5, text="Other", paragraph=0)) is None


def test_a_document_built_by_hand_is_read_when_asked_and_reads_the_same() -> None:
    by_hand, read_once = _document(reading=False), _document(reading=True)
    for a, b in zip(by_hand.sentences, read_once.sentences):
        x, y = read_sentence(by_hand, a), read_sentence(read_once, b)
        assert [t.text for t in x.tokens] == [t.text for t in y.tokens] and x.mentions == y.mentions and x.cues == y.cues
    title = read_title(by_hand)
    assert title is not None and title == read_title(read_once)


def test_a_reading_in_another_language_is_not_used() -> None:
    doc = _document(reading=True)
    doc.language = "fr"
    assert read_sentence(doc, doc.sentences[0]) is not doc.reading.readings[0]  # type: ignore[union-attr]


def test_the_pages_own_date_wins_over_the_reference_date() -> None:
    text = "date 2024-03-06\nEmmanuel Macron spoke by phone with Olaf Scholz on Monday."
    r = readouts.parse(text, reference_date=date(2020, 1, 1))
    assert r.published == date(2024, 3, 6) and r.calls[0].date == date(2024, 3, 4)
