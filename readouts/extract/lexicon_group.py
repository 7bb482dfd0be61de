"""Lexicons tested together: which of a language's cue lexicons may match
in a sentence, told by one set intersection per rule of keying."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .tokens import Morphology, PhraseMatcher, Token, Tokens

__all__ = ["LexiconGroup"]


class LexiconGroup:
    """The lexicons of one language read from every sentence (its cues), tested
    together: one set intersection of a sentence's keys with the first words
    of all their phrases tells which lexicons may match there, instead of one
    test per lexicon. Lexicons under clitic rules or with prefix phrases are
    always tried."""

    def __init__(self, matchers: Iterable[PhraseMatcher[Any]]) -> None:
        self._always: set[PhraseMatcher[Any]] = set()
        owners: dict[tuple[Morphology | None, str], set[PhraseMatcher[Any]]] = {}
        for matcher in matchers:
            morph = matcher._morphology
            if matcher._prefix_re is not None or (morph is not None and morph.prefixes):
                self._always.add(matcher)
                continue
            for word in matcher._firsts:
                owners.setdefault((morph, word), set()).add(matcher)
        self._rules = tuple({morph for morph, _ in owners})
        self._firsts = {m: frozenset(w for morph, w in owners if morph == m) for m in self._rules}
        self._owners = owners

    def live(self, tokens: list[Token]) -> set[PhraseMatcher[Any]] | None:
        """The lexicons that may match in ``tokens``; ``None`` (all of them)
        for a plain list, whose keys are not kept."""
        if not isinstance(tokens, Tokens):
            return None
        out = set(self._always)
        for morph in self._rules:
            for word in self._firsts[morph].intersection(tokens.keys(morph)):
                out.update(self._owners[morph, word])
        return out
