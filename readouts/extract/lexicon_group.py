"""Lexicons tested together: which of a language's cue lexicons may match
in a sentence, told by two set intersections per rule of keying."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import islice
from typing import Any

from .tokens import Morphology, PhraseMatcher, Token, Tokens

__all__ = ["LexiconGroup"]

_Trigger = str | tuple[str, str]
"""A word that starts a phrase on its own, or the first two words of a longer one."""


class LexiconGroup:
    """The lexicons of one language read from every sentence (its cues), tested
    together. A phrase can start only at a word that is a whole phrase (or a
    word and a prefix) of its lexicon, or at the first two words of one of its
    longer phrases ("the two leaders": the pair "the two", not every "the"):
    one intersection of a sentence's keys with all such words, and one of its
    word pairs with all such pairs, tell which lexicons may match there.
    Lexicons under clitic rules or with prefix phrases are always tried."""

    def __init__(self, matchers: Iterable[PhraseMatcher[Any]]) -> None:
        self.matchers = frozenset(matchers)
        """The lexicons of the group."""
        self._always: set[PhraseMatcher[Any]] = set()
        owners: dict[Morphology | None, dict[_Trigger, set[PhraseMatcher[Any]]]] = {}
        for matcher in self.matchers:
            morph = matcher._morphology
            if matcher._prefix_re is not None or (morph is not None and morph.prefixes):
                self._always.add(matcher)
                continue
            # As PhraseMatcher.starts tries a first word: in _open, or its pair in _pairs.
            triggers: list[_Trigger] = [*matcher._open, *matcher._pairs]
            for trigger in triggers:
                owners.setdefault(morph, {}).setdefault(trigger, set()).add(matcher)
        self._rules = tuple(owners)
        self._words = {m: frozenset(t for t in found if isinstance(t, str)) for m, found in owners.items()}
        self._pairs = {m: frozenset(t for t in found if isinstance(t, tuple)) for m, found in owners.items()}
        self._owners = owners

    def live(self, tokens: list[Token]) -> set[PhraseMatcher[Any]] | None:
        """The lexicons that may match in ``tokens``; ``None`` (all of them)
        for a plain list, whose keys are not kept."""
        if not isinstance(tokens, Tokens):
            return None
        out = set(self._always)
        for morph in self._rules:
            keys = tokens.keys(morph)
            owners = self._owners[morph]
            for word in self._words[morph].intersection(keys):
                out.update(owners[word])
            for pair in self._pairs[morph].intersection(zip(keys, islice(keys, 1, None))):
                out.update(owners[pair])
        return out
