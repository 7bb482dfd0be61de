"""Tokens and phrase matching: the one mechanism every lexicon goes through.

Text is cut into word tokens (letters and digits; apostrophes, hyphens and
dots separate tokens), each folded (case-folded, Latin accents removed,
``ё`` -> ``е``). A :class:`PhraseMatcher` holds phrases of the data files as
folded token tuples in a dictionary keyed by their first token, so finding
every phrase of a lexicon in a text costs a dictionary lookup per token:
linear in the text, whatever the size of the lexicon.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import NamedTuple
from functools import lru_cache
from typing import Generic, TypeVar

__all__ = ["PhraseMatcher", "Token", "Tokens", "fold", "phrase_tokens", "stem", "tokenize"]

_WORD = re.compile(r"[^\W_]+")
_CYRILLIC_ENDINGS = tuple(
    sorted(
        "ого его ому ему ыми ими ами ями ом ем ём ой ей ою ею ым им ую юю ая яя ий ый ое ее ых их ах ях ам ям а я у ю е ы и ь й о".split(),
        key=len,
        reverse=True,
    )
)
V = TypeVar("V")


_LONGEST = 48


def fold(word: str) -> str:
    """Case-fold ``word`` and strip Latin accents (Cyrillic letters are kept)."""
    if word.isascii():
        return word.lower()
    return _fold_slow(word) if len(word) > _LONGEST else _fold_cached(word)


@lru_cache(maxsize=65536)
def _fold_cached(word: str) -> str:
    if word.isascii():
        return word.lower()
    return _fold_slow(word)


def _fold_slow(word: str) -> str:
    out = []
    for ch in word.casefold():
        if ord(ch) < 0x0250:
            out.append("".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c)))
        elif ch == "ё":
            out.append("е")
        elif ch == "й":
            out.append("й")
        else:
            out.append(ch)
    return "".join(out).replace("ß", "ss")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude stem of a folded Cyrillic word: the word less its case ending."""
    if not word or not ("\u0400" <= word[0] <= "\u04ff"):
        return word
    for ending in _CYRILLIC_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


class Token(NamedTuple):
    # A named tuple: documents have thousands of tokens, and tuples are cheap to make.
    start: int
    end: int
    text: str
    fold: str
    stem: str

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()


class Tokens(list[Token]):
    """A token list that knows its set of words, so that a lexicon none of
    whose phrases can start here is skipped with one set operation."""

    _folds: frozenset[str] | None = None
    _stems: frozenset[str] | None = None

    def words(self, stemmed: bool) -> frozenset[str]:
        if stemmed:
            if self._stems is None:
                self._stems = frozenset(t.stem for t in self)
            return self._stems
        if self._folds is None:
            self._folds = frozenset(t.fold for t in self)
        return self._folds


def tokenize(text: str, offset: int = 0) -> Tokens:
    """Return the word tokens of ``text``; offsets are shifted by ``offset``."""
    out = Tokens()
    append = out.append
    for m in _WORD.finditer(text):
        word = m.group()
        if word.isascii():
            key = word.lower()
            append(Token(m.start() + offset, m.end() + offset, word, key, key))
        elif len(word) <= _LONGEST:
            key = _fold_cached(word)
            append(Token(m.start() + offset, m.end() + offset, word, key, stem(key) if key[0] >= "\u0400" else key))
        else:
            # No lexicon entry is this long; a run with no spaces matches nothing.
            key = word[:_LONGEST].lower()
            append(Token(m.start() + offset, m.end() + offset, word, key, key))
    return out


def phrase_tokens(phrase: str) -> tuple[str, ...]:
    """Fold a lexicon phrase into the token tuple it matches."""
    return tuple(fold(w) for w in _WORD.findall(phrase))


@dataclass(frozen=True, slots=True)
class Match(Generic[V]):
    first: int
    """Index of the first token matched."""
    last: int
    """Index one past the last token matched."""
    value: V


class PhraseMatcher(Generic[V]):
    """Find lexicon phrases in a token list.

    A phrase ending in ``*`` matches any token that begins with its last
    word. With ``stemmed=True`` Cyrillic tokens also match by stem, so
    ``Путиным`` finds ``Путин``. ``capital=True`` makes a phrase match only
    where the text spells its first word with a capital (names).
    """

    def __init__(self, phrases: Iterable[tuple[str, V]], *, stemmed: bool = False, capital: bool = False) -> None:
        self._exact: dict[str, list[tuple[tuple[str, ...], bool, V]]] = {}
        self._stemmed = stemmed
        self._capital = capital
        self._prefixes: dict[str, list[tuple[tuple[str, ...], V]]] = {}
        for phrase, value in phrases:
            prefix = phrase.endswith("*")
            words = phrase_tokens(phrase.rstrip("*"))
            if not words:
                continue
            if stemmed:
                words = tuple(stem(w) for w in words)
            if prefix and len(words) == 1:
                self._prefixes.setdefault(words[0], []).append(((), value))
            else:
                self._exact.setdefault(words[0], []).append((words[1:], prefix, value))
        for entries in self._exact.values():
            entries.sort(key=lambda e: -len(e[0]))
        # First words whose phrases all go on with a known second word ("the two
        # leaders"): at such a word, one set test on the word pair rules most tries out.
        self._open = frozenset(
            first for first, entries in self._exact.items() if any(not rest or (prefix and len(rest) == 1) for rest, prefix, _ in entries)
        )
        self._pairs = frozenset((first, rest[0]) for first, entries in self._exact.items() for rest, _, _ in entries if rest)
        self._prefix_lengths = sorted({len(p) for p in self._prefixes}, reverse=True)
        self._firsts = frozenset(self._exact)
        self._prefix_re = (
            re.compile("|".join(re.escape(p) for p in sorted(self._prefixes, key=len, reverse=True)))
            if self._prefixes
            else None
        )

    def _key(self, token: Token) -> str:
        return token.stem if self._stemmed else token.fold

    def _matches_rest(self, tokens: list[Token], i: int, rest: tuple[str, ...], prefix: bool) -> bool:
        for k, word in enumerate(rest):
            key = self._key(tokens[i + 1 + k])
            if prefix and k == len(rest) - 1:
                if not tokens[i + 1 + k].fold.startswith(word):
                    return False
            elif key != word:
                return False
        return True

    def candidates(self, tokens: list[Token]) -> list[int]:
        """Positions where a phrase may start, found with one set or regex test per token."""
        firsts = self._firsts
        prefix = self._prefix_re
        if prefix is not None:
            if self._stemmed:
                return [i for i, t in enumerate(tokens) if t.stem in firsts or prefix.match(t.fold)]
            return [i for i, t in enumerate(tokens) if t.fold in firsts or prefix.match(t.fold)]
        if isinstance(tokens, Tokens) and firsts.isdisjoint(tokens.words(self._stemmed)):
            return []
        if self._stemmed:
            return [i for i, t in enumerate(tokens) if t.stem in firsts]
        return [i for i, t in enumerate(tokens) if t.fold in firsts]

    def match_at(self, tokens: list[Token], i: int) -> Match[V] | None:
        """Return the longest phrase starting at token ``i``, if any."""
        token = tokens[i]
        if self._capital and not token.capitalised:
            return None
        key = self._key(token)
        entries = self._exact.get(key)
        if entries and (key in self._open or (i + 1 < len(tokens) and (key, self._key(tokens[i + 1])) in self._pairs)):
            for rest, prefix, value in entries:
                if i + len(rest) < len(tokens) and self._matches_rest(tokens, i, rest, prefix):
                    return Match(i, i + 1 + len(rest), value)
        if self._prefixes:
            word = token.fold
            for n in self._prefix_lengths:
                if n <= len(word):
                    prefixed = self._prefixes.get(word[:n])
                    if prefixed:
                        return Match(i, i + 1, prefixed[0][1])
        return None

    def finditer(self, tokens: list[Token], start: int = 0, stop: int | None = None) -> Iterator[Match[V]]:
        """Yield non-overlapping longest matches from left to right."""
        stop = len(tokens) if stop is None else stop
        free_from = start
        for i in self.candidates(tokens):
            if i < free_from or i >= stop:
                continue
            m = self.match_at(tokens, i)
            if m is not None and m.last <= stop:
                yield m
                free_from = m.last

    def any(self, tokens: list[Token], start: int = 0, stop: int | None = None) -> bool:
        return next(self.finditer(tokens, start, stop), None) is not None
