"""Topic labels from keywords: the vocabulary of ``topics.json`` with the
keywords each language's data file gives for every label.

A keyword written in capitals in the data (``UN``) counts only where the
text writes it in capitals too, so the German ``UN`` is not a clipped
``und``. The words of a language's ``false_topics`` (``trade union``,
``National Security Council``, ``Wirtschaftsminister``) give no topic: the
longest phrase starting at a word wins, so such a phrase hides the keyword
it begins with or covers. The few words after a language's
``venue_words`` ("on the sidelines of the G20") name where leaders met,
not what they discussed: they give no topic either.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Collection
from functools import lru_cache

from .. import lexicon
from .cues import cues_for
from .tokens import PhraseMatcher, Token, morphology

__all__ = ["find_topic_spans", "find_topics", "topic_labels"]

# What a keyword stands for: its label, and whether the text must write it in capitals.
_Value = tuple[str, bool]
# How many words after a venue word may name the venue ("en marge de l'Assemblée générale des Nations unies").
_VENUE_REACH = 6


@lru_cache(maxsize=1)
def topic_labels() -> frozenset[str]:
    """Every label of the topic vocabulary."""
    return lexicon.topics().labels


def _capitals(keyword: str) -> bool:
    letters = [c for c in keyword if c.isalpha()]
    return len(letters) > 1 and all(c.isupper() for c in letters)


@lexicon.derived
def _matcher(language: str) -> PhraseMatcher[_Value]:
    labels = topic_labels()
    # Borrowed keywords: English acronyms (G20, IAEA) recur in every language.
    phrases: list[tuple[str, _Value]] = [
        (kw, (label, _capitals(kw)))
        for data, mode in lexicon.layers(language, "topics")
        for label, kws in data.topics.items()
        if label in labels
        for kw in kws
        if lexicon.borrows(mode, kw)
    ]
    return PhraseMatcher(phrases, morphology=morphology(language))


@lexicon.derived
def _false(language: str) -> PhraseMatcher[bool]:
    return PhraseMatcher(((kw, True) for kw in lexicon.language(language).false_topics), morphology=morphology(language))


@lexicon.derived
def _venues(language: str) -> PhraseMatcher[bool]:
    return PhraseMatcher(((kw, True) for kw in lexicon.language(language).venue_words), morphology=morphology(language))


def _venue_words(tokens: list[Token], first: int, last: int, language: str) -> range:
    """The tokens from a venue word at ``first``..``last`` to the end of
    the venue's name: at most ``_VENUE_REACH`` words, up to a conjunction
    ("on the sidelines of the summit and discussed Iran")."""
    end = min(len(tokens), last + _VENUE_REACH)
    stops = cues_for(language).conjunctions
    for k in range(last, end):
        if tokens[k].fold in stops:
            return range(first, k)
    return range(first, end)


def _spans(
    tokens: list[Token], language: str, skip: Collection[int] | Callable[[], Collection[int]] = ()
) -> list[tuple[str, int, int]]:
    matcher = _matcher(language)
    # Where a keyword may start, found on the whole list (whose keys other
    # lexicons have computed already): most sentences with none are done here.
    starts = matcher.candidates(tokens)
    if not starts:
        return []
    # False topics first, on every token (a name's title may cover the first
    # word of one: "ministro de Economía"); then the keywords, on the tokens left.
    hidden = set(skip() if callable(skip) else skip)
    for false in _false(language).finditer(tokens):
        hidden.update(range(false.first, false.last))
    for venue in _venues(language).finditer(tokens):
        hidden.update(_venue_words(tokens, venue.first, venue.last, language))
    if hidden:
        starts = [i for i in starts if i not in hidden]
        if not starts:
            return []
        # A token's place in the list without the hidden ones: less the hidden before it.
        gone = sorted(hidden)
        starts = [i - bisect_left(gone, i) for i in starts]
        # A plain list: match_at computes the keys of the few tokens it reads, not of every token.
        tokens = [t for i, t in enumerate(tokens) if i not in hidden]
    out = []
    for m in matcher.matches_from(tokens, starts):
        label, capitals = m.value
        if capitals and not all(t.text.isupper() for t in tokens[m.first : m.last] if any(c.isalpha() for c in t.text)):
            continue
        out.append((label, tokens[m.first].start, tokens[m.last - 1].end))
    return out


def find_topics(tokens: list[Token], language: str) -> set[str]:
    """Return the topic labels whose keywords occur in ``tokens``."""
    return {label for label, _, _ in _spans(tokens, language)}


def find_topic_spans(
    tokens: list[Token], language: str, skip: Collection[int] | Callable[[], Collection[int]] = ()
) -> list[tuple[str, int, int]]:
    """Return ``(label, start, end)`` for every topic keyword in ``tokens``
    (character offsets), read without the tokens whose indexes are in
    ``skip`` (a name, the words of the call itself); ``skip`` may be a
    function giving them, called only when a keyword may start in
    ``tokens``. False topics are matched on all the tokens, so one
    ("ministro de Economía") hides its keyword even when a name's title
    covers its first word."""
    return _spans(tokens, language, skip)
