"""Topic labels from keywords: the vocabulary of ``topics.json`` with the
keywords each language's data file gives for every label."""

from __future__ import annotations

from functools import lru_cache

from .. import lexicon
from .tokens import PhraseMatcher, Token, morphology

__all__ = ["find_topic_spans", "find_topics", "topic_labels"]


@lru_cache(maxsize=1)
def topic_labels() -> frozenset[str]:
    """Every label of the topic vocabulary."""
    return lexicon.topics().labels


@lexicon.derived
def _matcher(language: str) -> PhraseMatcher[str]:
    labels = topic_labels()
    # Borrowed keywords: English acronyms (G20, IAEA) recur in every language.
    phrases = [
        (kw, label)
        for data, mode in lexicon.layers(language, "topics")
        for label, kws in data.topics.items()
        if label in labels
        for kw in kws
        if lexicon.borrows(mode, kw)
    ]
    return PhraseMatcher(phrases, morphology=morphology(language))


def find_topics(tokens: list[Token], language: str) -> set[str]:
    """Return the topic labels whose keywords occur in ``tokens``."""
    return {m.value for m in _matcher(language).finditer(tokens)}


def find_topic_spans(tokens: list[Token], language: str) -> list[tuple[str, int, int]]:
    """Return ``(label, start, end)`` for every topic keyword in ``tokens`` (character offsets)."""
    return [(m.value, tokens[m.first].start, tokens[m.last - 1].end) for m in _matcher(language).finditer(tokens)]
