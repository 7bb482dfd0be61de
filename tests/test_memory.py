"""Memory tricks of a long text: tokens rebuilt instead of kept, a page's
edge lines read without splitting it, spans sharing their fields set. Each
must give what the plain way gives."""

from __future__ import annotations

import pytest

import readouts
from readouts import Span
from readouts._edges import edge_lines, iter_lines
from readouts._models import make_span
from readouts.pipeline import reading as reading_module
from readouts.pipeline.reading import read
from readouts.pipeline.sentences import split_sentences
from readouts.extract.tokens import tokenize

BODY = (
    "WASHINGTON, March 4 (Reuters) - President Joe Biden spoke by telephone on Tuesday with "
    "Chancellor Olaf Scholz of Germany about support for Ukraine.\n"
    "The two leaders also discussed energy prices and the coming NATO summit.\n"
    "Earlier in the day, Biden held a video call with Prime Minister Fumio Kishida.\n"
    "The weather in the capital was mild."
)
TITLE = "Biden speaks with Scholz"


def test_a_long_text_rebuilds_the_tokens_it_does_not_keep(monkeypatch: pytest.MonkeyPatch) -> None:
    sentences = split_sentences(BODY)
    kept = read(sentences, TITLE, "en")
    monkeypatch.setattr(reading_module, "KEEP_TOKENS_UP_TO", 0)
    rebuilt = read(sentences, TITLE, "en")
    for sentence, a, b in zip(sentences, kept.readings, rebuilt.readings):
        assert a.kept is not None and b.kept is None
        assert b.tokens == a.tokens == tokenize(sentence.text, sentence.start, "en")
        assert b.tokens is b.tokens  # asked twice in a row: rebuilt once
        assert (b.mentions, b.cues) == (a.mentions, a.cues)


def test_only_the_latest_rebuilt_token_lists_are_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reading_module, "_RECENT", 2)
    rebuilt = reading_module.Rebuilt("en")
    sentences = split_sentences(BODY)
    first = rebuilt.tokens(sentences[0].text, sentences[0].start)
    for s in sentences[1:]:
        rebuilt.tokens(s.text, s.start)
    again = rebuilt.tokens(sentences[0].text, sentences[0].start)
    assert again == first and again is not first


def test_parse_reads_a_long_text_as_a_short_one(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [f"{TITLE}\n\n{BODY}", BODY, "Macron s'est entretenu par téléphone avec Vladimir Poutine le 3 mars."]
    before = [readouts.parse(t).model_dump_json() for t in texts]
    monkeypatch.setattr(reading_module, "KEEP_TOKENS_UP_TO", 0)
    assert [readouts.parse(t).model_dump_json() for t in texts] == before


EDGE_TEXTS = ["", "\n", "a", "a\n", "\na", "a\n\n b\n \n", "\n".join(f"line {i}" if i % 3 else " " for i in range(40))]


@pytest.mark.parametrize("text", EDGE_TEXTS)
@pytest.mark.parametrize("n", [1, 2, 4, 12])
def test_edge_lines_are_those_of_the_whole_split(text: str, n: int) -> None:
    lines = [line for line in text.split("\n") if line.strip()]
    edges = edge_lines(text, n)
    assert edges == lines if len(lines) <= 2 * n else len(edges) == 2 * n
    for k in range(1, n + 1):
        assert edges[:k] == lines[:k] and edges[-k:] == lines[-k:]
    assert edges[2:][-4:] == lines[2:][-4:] or n < 4


@pytest.mark.parametrize("text", EDGE_TEXTS)
def test_iter_lines_is_split(text: str) -> None:
    assert list(iter_lines(text)) == text.split("\n")


def test_spans_share_a_fields_set_equal_to_the_constructors() -> None:
    a, b = make_span(1, 4), make_span(2, 9)
    assert a.model_fields_set == Span(start=1, end=4).model_fields_set == {"start", "end"}
    copied = a.model_copy(update={"end": 5})
    assert copied.end == 5 and b.model_fields_set == {"start", "end"}


def test_facts_hold_the_readings_mentions_and_nothing_for_no_dates() -> None:
    from readouts import Document
    from readouts.extract.facts import read_facts

    sentences = split_sentences(BODY)
    doc = Document(full=BODY, text=BODY, title=TITLE, sentences=sentences)
    doc.reading = read(sentences, TITLE, doc.language)
    facts = [read_facts(doc, s) for s in sentences]
    assert all(f.mentions is r.mentions for f, r in zip(facts, doc.reading.readings))
    assert facts[-1].dates == () and facts[-1].mentions == ()  # "The weather ...": no one, no date
    assert facts[0].dates and facts[0].mentions
