"""Topic keywords are read without scanning what cannot change them: each
shortcut is checked against the full computation it stands for."""

import random
from typing import Any

import pytest

from readouts.extract import topics
from readouts.extract.tokens import PhraseMatcher, Token, Tokens, tokenize

SENTENCES = [
    ("en", "The Prime Minister and the President discussed the two-state solution, the West Bank and grain exports."),
    ("en", "On the sidelines of the G20 summit they spoke about North Korea and the Korean Peninsula."),
    ("en", "The trade minister joined the call on energy security, sanctions and tariffs."),
    ("ru", "Стороны обсудили ситуацию в Нагорном Карабахе и на Южном Кавказе, а также энергетику."),
    ("ru", "Министр энергетики доложил о поставках газа и о санкциях."),
    ("it", "Hanno parlato della soluzione a due stati, della Striscia di Gaza e del nucleare iraniano."),
    ("it", "Il ministro dell'Economia ha riferito sui dazi e sulla crisi migratoria."),
    ("de", "Sie sprachen über die Sanktionen gegen Russland und die Rolle der UN."),
    ("ar", "وبحث الرئيسان الاتفاق النووي والوضع في قطاع غزة والضفة الغربية."),
]


def _reference(tokens: list[Token], language: str, skip: set[int]) -> list[tuple[str, int, int]]:
    # The full computation: hide false topics, venues and ``skip``, scan what is left afresh.
    hidden = set(skip)
    for m in topics._false(language).finditer(tokens):
        hidden.update(range(m.first, m.last))
    for m in topics._venues(language).finditer(tokens):
        hidden.update(topics._venue_words(tokens, m.first, m.last, language))
    left = Tokens([t for i, t in enumerate(tokens) if i not in hidden])
    out = []
    for m in topics._matcher(language).finditer(left):
        label, capitals = m.value
        if capitals and not all(t.text.isupper() for t in left[m.first : m.last] if any(c.isalpha() for c in t.text)):
            continue
        out.append((label, left[m.first].start, left[m.last - 1].end))
    return out


@pytest.mark.parametrize(("lang", "text"), SENTENCES)
def test_spans_are_those_of_the_tokens_left_scanned_afresh(lang: str, text: str) -> None:
    rng = random.Random(text)
    tokens = tokenize(text, 0, lang)
    # No skip, every single token skipped, and random sets (hiding a word joins its neighbours).
    skips = [set(), *({i} for i in range(len(tokens))), *(set(rng.sample(range(len(tokens)), 3)) for _ in range(20))]
    for skip in skips:
        assert topics.find_topic_spans(tokenize(text, 0, lang), lang, skip) == _reference(tokens, lang, skip)
    assert topics.find_topic_spans(tokens, lang)  # the sentences hold keywords


def test_the_skip_is_computed_only_where_a_keyword_may_start() -> None:
    asked: list[bool] = []

    def skip() -> set[int]:
        asked.append(True)
        return {4}  # "sanctions"

    assert topics.find_topic_spans(tokenize("He wished him a happy birthday."), "en", skip) == []
    assert asked == []
    found = topics.find_topic_spans(tokenize("They discussed trade and sanctions."), "en", skip)
    assert asked == [True]
    assert [label for label, _, _ in found] == [label for label, _, _ in topics.find_topic_spans(tokenize("They discussed trade and."), "en")]


def test_a_lexicon_that_finds_nothing_is_not_scanned_again(monkeypatch: pytest.MonkeyPatch) -> None:
    matcher = PhraseMatcher([("phone call", True)])
    tokens = tokenize("They will call again by phone.")  # both words, not the phrase
    scans: list[int] = []
    scan = PhraseMatcher._all

    def counted(self: PhraseMatcher[bool], *args: Any) -> Any:
        scans.append(1)
        return scan(self, *args)

    monkeypatch.setattr(PhraseMatcher, "_all", counted)
    assert list(matcher.finditer(tokens)) == []
    assert list(matcher.finditer(tokens)) == []
    assert len(scans) == 1
