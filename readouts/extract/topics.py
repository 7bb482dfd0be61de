"""Topic labels from keywords: the vocabulary of ``topics.json`` with the
keywords each language's data file gives for every label."""

from __future__ import annotations

from functools import lru_cache

from .. import lexicon
from .tokens import PhraseMatcher, Token

__all__ = ["find_topic_spans", "find_topics", "topic_labels"]


@lru_cache(maxsize=1)
def topic_labels() -> frozenset[str]:
    """Every label of the topic vocabulary."""
    return lexicon.topics().labels


@lru_cache(maxsize=None)
def _matcher(language: str) -> PhraseMatcher[str]:
    data = lexicon.language(language)
    labels = topic_labels()
    phrases = [(kw, label) for label, kws in data.topics.items() if label in labels for kw in kws]
    if data.code != "en":
        # English proper nouns and acronyms (G20, IAEA, Nord Stream) recur everywhere.
        phrases += [
            (kw, label)
            for label, kws in lexicon.language("en").topics.items()
            for kw in kws
            if any(c.isdigit() for c in kw) or kw.isupper()
        ]
    return PhraseMatcher(phrases, stemmed=data.code == "ru")


def find_topics(tokens: list[Token], language: str) -> set[str]:
    """Return the topic labels whose keywords occur in ``tokens``."""
    return {m.value for m in _matcher(language).finditer(tokens)}


def find_topic_spans(tokens: list[Token], language: str) -> list[tuple[str, int, int]]:
    """Return ``(label, start, end)`` for every topic keyword in ``tokens`` (character offsets)."""
    return [(m.value, tokens[m.first].start, tokens[m.last - 1].end) for m in _matcher(language).finditer(tokens)]
