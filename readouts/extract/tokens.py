"""Tokens and phrase matching: the one mechanism every lexicon goes through.

Text is cut into word tokens (letters and digits; apostrophes, hyphens and
dots separate tokens), each folded (case-folded, Latin accents removed,
``ё`` -> ``е``). A ``PhraseMatcher`` holds phrases of the data files as
folded token tuples in a dictionary keyed by their first token, so finding
every phrase of a lexicon in a text costs a dictionary lookup per token:
linear in the text, whatever the size of the lexicon.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache, partial
from itertools import compress, repeat
from operator import add, itemgetter, or_
from typing import Any, Generic, NamedTuple, TypeVar

from .. import lexicon

__all__ = ["Morphology", "PhraseMatcher", "Token", "Tokens", "fold", "morphology", "phrase_tokens", "tokenize"]

V = TypeVar("V")


_LONGEST = 48


@lexicon.derived
def _word_re() -> re.Pattern[str]:
    # A letter of a script written without spaces is a token of its own, so
    # multi-letter phrases and names match there as letter sequences.
    return lexicon.word_pattern(r"[^\W_{L}]+")


def fold(word: str) -> str:
    """Case-fold ``word``, strip accents and other combining marks (Latin
    letters lose theirs; Cyrillic ``й`` keeps its own), make full-width forms
    plain, and apply the language files' ``folds``."""
    if word.isascii():
        return word.lower()
    return _fold_slow(word) if len(word) > _LONGEST else _fold_cached(word)


@lru_cache(maxsize=65536)
def _fold_cached(word: str) -> str:
    if word.isascii():
        return word.lower()
    return _fold_slow(word)


lexicon.when_languages_change(_fold_cached.cache_clear)


def _fold_slow(word: str) -> str:
    table = lexicon.folds()
    out = []
    for ch in word.casefold():
        if ord(ch) < 0x0250:
            out.append("".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c)))
        elif ch in table:
            out.append(table[ch])
        elif "\uff01" <= ch <= "\uff5e":
            out.append(chr(ord(ch) - 0xFEE0))  # full-width ASCII: "２０２５" is 2025
        elif not unicodedata.combining(ch):
            out.append(ch)  # Arabic vowel marks, Cyrillic stress marks go
    return "".join(out).replace("ß", "ss")


class Morphology:
    """A language's word-ending rules: inflectional endings, stripped from
    phrases and text alike to give the stems they are matched by, and clitic
    prefixes, which a word of the text may carry before a lexicon word.

    Only words that begin with a letter of the language are touched, so a
    Russian stemmer leaves ``Reuters`` alone. Built from a language file by
    ``morphology``; equal rules make equal (and equally hashed) objects,
    so matchers of languages that share them are built once.
    """

    __slots__ = ("_cache", "_finals", "_hash", "_key", "contractions", "endings", "letters", "min_stem", "prefixes")

    def __init__(
        self,
        letters: frozenset[str],
        endings: Iterable[str],
        prefixes: Iterable[str] = (),
        min_stem: int = 3,
        contractions: dict[str, str] | None = None,
    ) -> None:
        self.letters = letters
        self.endings = tuple(sorted({fold(e) for e in endings if e}, key=lambda e: (-len(e), e)))
        self.prefixes = tuple(sorted({fold(p) for p in prefixes if p}, key=lambda p: (-len(p), p)))
        self.min_stem = min_stem
        self.contractions = {fold(k): fold(v) for k, v in (contractions or {}).items() if k and v}
        self._finals = frozenset(e[-1] for e in self.endings)
        self._key = (letters, self.endings, self.prefixes, min_stem, tuple(sorted(self.contractions.items())))
        # Hashed once: every token list looks its keys up by its rules.
        self._hash = hash(self._key)
        self._cache: dict[str, str] = {}

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Morphology) and self._key == other._key

    def __hash__(self) -> int:
        return self._hash

    def __bool__(self) -> bool:
        return bool(self.endings or self.prefixes or self.contractions)

    def unprefixed(self, word: str) -> list[str]:
        """Stems of folded ``word`` less each prefix it starts with, longest
        prefix first (only those that leave ``min_stem`` letters)."""
        if not word or word[0] not in self.letters:
            return []
        return [self.stem(word[len(p) :]) for p in self.prefixes if word.startswith(p) and len(word) - len(p) >= self.min_stem]

    def stem(self, word: str) -> str:
        """Return folded ``word`` less its longest ending (stripped only if
        ``min_stem`` letters remain); a contraction as its preposition."""
        found = self._cache.get(word)
        if found is not None:
            return found
        out = self.contractions.get(word, word)
        if word and word[0] in self.letters:
            if out[-1] in self._finals:
                for ending in self.endings:
                    if out.endswith(ending) and len(out) - len(ending) >= self.min_stem:
                        out = out[: -len(ending)]
                        break
        if len(self._cache) >= _CACHE:
            self._cache.clear()  # bounded: adversarial text may hold any number of distinct words
        self._cache[word] = out
        return out


_CACHE = 65536
_FEW = 3
"""Entry lists this short are tried whole: filtering them costs more than it saves."""


@lexicon.derived
def morphology(language: str) -> Morphology | None:
    """The word-ending rules of ``language``, or ``None`` if it matches whole words."""
    data = lexicon.language(language)
    rules = Morphology(lexicon.letters(language), data.endings, data.prefixes, data.min_stem, data.contractions)
    return rules if rules else None


def _cased(ch: str) -> bool:
    """Whether ``ch`` is a letter of a script with capitals."""
    return ch.upper() != ch.lower()


class Token(NamedTuple):
    # A named tuple: documents have thousands of tokens, and tuples are cheap to make.
    # No ``end`` field: a token's text is its span, and a 10 MB text has 1.5 million tokens.
    start: int
    text: str
    fold: str

    @property
    def end(self) -> int:
        """The offset one past the token's last character."""
        return self.start + len(self.text)

    @property
    def capitalised(self) -> bool:
        """Starts with a capital, or with a letter of a script without case
        (Chinese, Arabic), where a name is written like any word."""
        first = self.text[:1]
        return first.isupper() or (first.isalpha() and not first.islower())

    @property
    def upper(self) -> bool:
        """Starts with a capital letter: a script with case marks names so."""
        return self.text[:1].isupper()


class Tokens(list[Token]):
    """A token list that knows the key each token is looked up by (its fold,
    or its stem under a language's rules), computed in one pass for all the
    lexicons of the language, so that a lexicon none of whose phrases can
    start here is skipped with one set test; and that keeps each lexicon's
    matches, so no stage scans for them twice."""

    __slots__ = ("_folds", "_found", "_more", "_rules", "_stems", "_variants")

    def __init__(self, tokens: Iterable[Token] = ()) -> None:
        super().__init__(tokens)
        # A sentence's lexicons are read under at most two keyings (folds, and its
        # language's stems): each kept in a slot of its own, found without hashing
        # the rules; the dicts are made only when needed (thousands of lists per text).
        self._folds: tuple[str, ...] | None = None
        self._rules: Morphology | None = None
        self._stems: tuple[str, ...] = ()
        self._more: dict[Morphology, tuple[str, ...]] | None = None
        self._variants: dict[Morphology, frozenset[str]] | None = None
        # The matches of each lexicon scanned here (most are ruled out by the set test, never scanned).
        self._found: dict[object, tuple[Any, ...]] | None = None

    def keys(self, morphology: Morphology | None = None) -> tuple[str, ...]:
        """The folded word of each token, or its stem under ``morphology``."""
        if morphology is None:
            folds = self._folds
            if folds is None:
                folds = self._folds = tuple(map(_FOLD, self))
            return folds
        if morphology is self._rules:
            return self._stems
        more = self._more
        found = more.get(morphology) if more is not None else None
        if found is None:
            found = tuple(map(morphology.stem, self.keys()))
            if self._rules is None:
                self._rules, self._stems = morphology, found
            else:
                if more is None:
                    more = self._more = {}
                more[morphology] = found
        return found

    def words(self, morphology: Morphology | None = None) -> frozenset[str]:
        """The folded words of the list, or their stems under ``morphology``."""
        return frozenset(self.keys(morphology))

    def variants(self, morphology: Morphology) -> frozenset[str]:
        """Every key a token may be looked up by under ``morphology``: its
        stem, and its stem without each clitic it may carry."""
        if self._variants is None:
            self._variants = {}
        found = self._variants.get(morphology)
        if found is None:
            found = frozenset(self.keys(morphology)).union(*(morphology.unprefixed(t.fold) for t in self))
            self._variants[morphology] = found
        return found


_FOLD = itemgetter(2)
"""A token's ``fold``, read in C."""
_SPELLINGS: dict[str, tuple[str, str]] = {}
"""Each spelling seen, with its fold: the tokens of a text share their strings."""
lexicon.when_languages_change(_SPELLINGS.clear)
_new_token = partial(tuple.__new__, Token)
_group, _start = re.Match.group, re.Match.start


def tokenize(text: str, offset: int = 0, language: str | None = None) -> Tokens:
    """Return the word tokens of ``text``; offsets are shifted by ``offset``.

    In a ``language`` whose words take suffixes after an apostrophe
    (Turkish ``Putin'le``) the suffix is no token of its own.
    """
    spellings = _SPELLINGS
    if len(spellings) >= _CACHE:
        spellings.clear()  # bounded: adversarial text may hold any number of distinct words
    matches = list(_word_re().finditer(text))
    words = list(map(_group, matches))
    found = list(map(spellings.get, words))
    if None in found:
        for k, word in enumerate(words):
            if found[k] is None:
                found[k] = spellings.get(word) or _spelling(word)
    if not found:
        return Tokens()
    starts = map(_start, matches)
    if offset:
        starts = map(add, starts, repeat(offset))
    # One string per spelling, however often it occurs, and each token a tuple made in C.
    texts, folds = zip(*found)
    out = Tokens(map(_new_token, zip(starts, texts, folds)))
    if language is not None and "'" in text and lexicon.language(language).apostrophe_suffixes:
        return _without_suffixes(out, text, offset)
    return out


def _spelling(word: str) -> tuple[str, str]:
    """``(text, fold)`` of a spelling not seen yet, kept for the next time."""
    if len(word) > _LONGEST:
        # No lexicon entry is this long; a run with no spaces matches nothing.
        return (word, word[:_LONGEST].lower())
    folded = sys.intern(word.lower() if word.isascii() else _fold_cached(word))
    found = _SPELLINGS[word] = (folded if folded == word else word, folded)
    return found


def _without_suffixes(tokens: Tokens, text: str, offset: int) -> Tokens:
    out = Tokens()
    previous: Token | None = None
    for token in tokens:
        at = token.start - offset
        if previous is not None and at >= 2 and text[at - 1] == "'" and previous.end - offset == at - 1 and token.text.islower():
            continue  # "Erdoğan'ın": the suffix belongs to the name
        out.append(token)
        previous = token
    return out


def phrase_tokens(phrase: str) -> tuple[str, ...]:
    """Fold a lexicon phrase into the token tuple it matches."""
    return tuple(fold(w) for w in _word_re().findall(phrase))


class Match(NamedTuple, Generic[V]):
    # A named tuple: made hundreds of times per text, and tuples are cheap to make.
    first: int
    """Index of the first token matched."""
    last: int
    """Index one past the last token matched."""
    value: V


_new_match = partial(tuple.__new__, Match)
"""A match made in C (``Match(...)`` goes through a Python ``__new__``)."""


class PhraseMatcher(Generic[V]):
    """Find lexicon phrases in a token list.

    A phrase ending in ``*`` matches any token that begins with its last
    word. With a ``morphology`` (see ``morphology``) phrases and tokens
    match by stem, so ``Путиным`` finds ``Путин``. ``capital=True`` makes a phrase match only
    where the text spells its first word with a capital (names).
    """

    def __init__(
        self, phrases: Iterable[tuple[str, V]], *, morphology: Morphology | None = None, capital: bool = False
    ) -> None:
        self._exact: dict[str, list[tuple[tuple[str, ...], bool, V]]] = {}
        self._morphology = morphology
        self._capital = capital
        self._prefixes: dict[str, list[tuple[tuple[str, ...], V]]] = {}
        for phrase, value in phrases:
            prefix = phrase.endswith("*")
            words = phrase_tokens(phrase.rstrip("*"))
            if not words:
                continue
            if morphology is not None:
                words = tuple(morphology.stem(w) for w in words)
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
        # Every word of every phrase: a text word that is none of them is tried without its clitic.
        self._words = frozenset(self._exact) | {w for entries in self._exact.values() for rest, _, _ in entries for w in rest}
        self._unprefixed: dict[str, str] = {}
        """Each fold's key under clitic rules: ``_key`` (bounded)."""
        self._prefix_hits: dict[str, bool] = {}
        """Each fold, whether a prefix phrase matches it (bounded)."""
        self._firsts = frozenset(self._exact)
        self._prefix_re = (
            re.compile("|".join(re.escape(p) for p in sorted(self._prefixes, key=len, reverse=True)))
            if self._prefixes
            else None
        )
        # Matched by the token list's kept keys alone: no clitics, no prefix phrases.
        self._plain = self._prefix_re is None and (morphology is None or not morphology.prefixes)
        # The phrases of a long entry list that can match before a given next word
        # (the rest, with those whose next word is a prefix or that end at the first).
        self._loose = {
            first: [e for e in entries if not e[0] or (e[1] and len(e[0]) == 1)] for first, entries in self._exact.items()
        }
        self._tries: dict[tuple[str, str], list[tuple[tuple[str, ...], bool, V]]] = {}

    def _entries(self, key: str, second: str | None) -> list[tuple[tuple[str, ...], bool, V]]:
        """The phrases starting with ``key`` that may match when the next token's
        key is ``second`` (``None`` at the end), longest first: those whose second
        word is another cannot (a gazetteer lists dozens of names after "Mohammed")."""
        entries = self._exact[key]
        if len(entries) <= _FEW:
            return entries
        if second is None:
            return self._loose[key]
        found = self._tries.get((key, second))
        if found is None:
            found = [e for e in entries if not e[0] or (e[1] and len(e[0]) == 1) or e[0][0] == second]
            if len(self._tries) >= _CACHE:
                self._tries.clear()
            self._tries[key, second] = found
        return found

    def _key(self, token: Token) -> str:
        morph = self._morphology
        if morph is None:
            return token.fold
        if not morph.prefixes:
            return morph.stem(token.fold)
        fold = token.fold
        key = self._unprefixed.get(fold)
        if key is None:
            key = morph.stem(fold)
            if key not in self._words:
                # "وبحث", "بالرئيس": a clitic before a word of the lexicon.
                key = next((k for k in morph.unprefixed(fold) if k in self._words), key)
            if len(self._unprefixed) >= _CACHE:
                self._unprefixed.clear()
            self._unprefixed[fold] = key
        return key

    def _clitic_keys(self, tokens: list[Token]) -> list[str]:
        """``_key`` of every token (under clitic rules), read from its cache in C."""
        folds = tokens.keys() if isinstance(tokens, Tokens) else [t.fold for t in tokens]
        keys = list(map(self._unprefixed.get, folds))
        if None in keys:
            for k, key in enumerate(keys):
                if key is None:
                    keys[k] = self._key(tokens[k])
        return keys  # type: ignore[return-value]

    def _prefixed(self, tokens: list[Token]) -> list[bool]:
        """Whether each token begins with a prefix phrase ("elezion*"), read from a cache in C."""
        assert self._prefix_re is not None
        folds = tokens.keys() if isinstance(tokens, Tokens) else [t.fold for t in tokens]
        hits = list(map(self._prefix_hits.get, folds))
        if None in hits:
            match = self._prefix_re.match
            if len(self._prefix_hits) >= _CACHE:
                self._prefix_hits.clear()
            for k, hit in enumerate(hits):
                if hit is None:
                    hits[k] = self._prefix_hits[folds[k]] = match(folds[k]) is not None
        return hits  # type: ignore[return-value]

    def _matches_rest(self, tokens: list[Token], i: int, rest: tuple[str, ...], prefix: bool) -> bool:
        for k, word in enumerate(rest):
            key = self._key(tokens[i + 1 + k])
            if prefix and k == len(rest) - 1:
                if not tokens[i + 1 + k].fold.startswith(word):
                    return False
            elif key != word:
                return False
        return True

    @staticmethod
    def _rest_in(keys: tuple[str, ...], tokens: list[Token], i: int, rest: tuple[str, ...], prefix: bool) -> bool:
        # As _matches_rest, with the keys already computed.
        last = len(rest) - 1
        for k, word in enumerate(rest):
            if prefix and k == last:
                if not tokens[i + 1 + k].fold.startswith(word):
                    return False
            elif keys[i + 1 + k] != word:
                return False
        return True

    def candidates(self, tokens: list[Token]) -> list[int]:
        """Positions where a phrase may start, found with one set or regex test per token."""
        firsts = self._firsts
        prefix = self._prefix_re
        if self._morphology is not None and self._morphology.prefixes:
            if prefix is None and isinstance(tokens, Tokens) and firsts.isdisjoint(tokens.variants(self._morphology)):
                return []  # no token, with or without a clitic, starts a phrase
            starts = map(firsts.__contains__, self._clitic_keys(tokens))
            if prefix is not None:
                starts = map(or_, starts, self._prefixed(tokens))
            return list(compress(range(len(tokens)), starts))
        if prefix is not None:
            if isinstance(tokens, Tokens):
                keys: Iterable[str] = tokens.keys(self._morphology)
            elif self._morphology is not None:
                keys = map(self._morphology.stem, (t.fold for t in tokens))
            else:
                keys = [t.fold for t in tokens]
            return list(compress(range(len(tokens)), map(or_, map(firsts.__contains__, keys), self._prefixed(tokens))))
        if isinstance(tokens, Tokens):
            keys = tokens.keys(self._morphology)
            if firsts.isdisjoint(keys):
                return []
            return list(compress(range(len(keys)), map(firsts.__contains__, keys)))
        if self._morphology is not None:
            stem = self._morphology.stem
            return [i for i, t in enumerate(tokens) if stem(t.fold) in firsts]
        return [i for i, t in enumerate(tokens) if t.fold in firsts]

    def match_at(self, tokens: list[Token], i: int) -> Match[V] | None:
        """Return the longest phrase starting at token ``i``, if any."""
        token = tokens[i]
        if self._capital and not token.capitalised and _cased(token.text[:1]):
            return None  # a script without capitals (Arabic, Chinese) cannot mark a name
        morph = self._morphology
        if isinstance(tokens, Tokens) and (morph is None or not morph.prefixes):
            # The keys the token list holds for every lexicon of its language.
            keys = tokens.keys(morph)
            key = keys[i]
            if key in self._exact:
                second = keys[i + 1] if i + 1 < len(keys) else None
                if key in self._open or (second is not None and (key, second) in self._pairs):
                    for rest, prefix, value in self._entries(key, second):
                        if i + len(rest) < len(keys) and self._rest_in(keys, tokens, i, rest, prefix):
                            return Match(i, i + 1 + len(rest), value)
        else:
            key = self._key(token)
            if key in self._exact:
                second = self._key(tokens[i + 1]) if i + 1 < len(tokens) else None
                if key in self._open or (second is not None and (key, second) in self._pairs):
                    for rest, prefix, value in self._entries(key, second):
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
        """Yield non-overlapping longest matches from left to right (over a
        whole ``Tokens`` list, found once and kept with it)."""
        if start == 0 and stop is None and isinstance(tokens, Tokens):
            kept = tokens._found
            found = kept.get(self) if kept is not None else None
            if found is None:
                if not self._plain:
                    found = tuple(self._scan(tokens, 0, len(tokens)))
                else:
                    keys = tokens.keys(self._morphology)
                    if self._firsts.isdisjoint(keys):
                        return iter(())  # most lexicons have no word in most sentences
                    found = self._all(tokens, keys)
                # Kept even when empty: a lexicon with a first word here but no phrase is asked again.
                if kept is None:
                    kept = tokens._found = {}
                kept[self] = found
            return iter(found)
        return self._scan(tokens, start, len(tokens) if stop is None else stop)

    def _all(self, tokens: Tokens, keys: tuple[str, ...]) -> tuple[Match[V], ...]:
        out: list[Match[V]] = []
        free_from = 0
        for m in self._starts(tokens, keys):
            if m.first >= free_from:
                out.append(m)
                free_from = m.last
        return tuple(out)

    def starts(self, tokens: list[Token]) -> list[Match[V]]:
        """The longest phrase starting at each token where one starts, in
        order (they may overlap); as ``match_at`` at every candidate."""
        if not (self._plain and isinstance(tokens, Tokens)):
            return [m for m in map(partial(self.match_at, tokens), self.candidates(tokens)) if m is not None]
        keys = tokens.keys(self._morphology)
        if self._firsts.isdisjoint(keys):
            return []  # most lexicons have no word in most sentences
        return self._starts(tokens, keys)

    def _starts(self, tokens: Tokens, keys: tuple[str, ...]) -> list[Match[V]]:
        # The kept-keys path of match_at in one loop: this runs for every
        # lexicon with a word in a sentence.
        out: list[Match[V]] = []
        n = len(keys)
        exact, open_, pairs, capital = self._exact, self._open, self._pairs, self._capital
        for i in compress(range(n), map(self._firsts.__contains__, keys)):
            if capital:
                # As match_at: Token.capitalised and _cased, inline.
                first = tokens[i].text[:1]
                if not (first.isupper() or (first.isalpha() and not first.islower())) and first.upper() != first.lower():
                    continue
            key = keys[i]
            second = keys[i + 1] if i + 1 < n else None
            if key in open_ or (second is not None and (key, second) in pairs):
                entries = exact[key]
                for rest, prefix, value in entries if len(entries) <= _FEW else self._entries(key, second):
                    if i + len(rest) < n and (not rest or self._rest_in(keys, tokens, i, rest, prefix)):
                        out.append(_new_match((i, i + 1 + len(rest), value)))
                        break
        return out

    def _scan(self, tokens: list[Token], start: int, stop: int) -> Iterator[Match[V]]:
        return self.matches_from(tokens, (i for i in self.candidates(tokens) if start <= i < stop), stop)

    def matches_from(self, tokens: list[Token], starts: Iterable[int], stop: int | None = None) -> Iterator[Match[V]]:
        """Yield non-overlapping longest matches from left to right, trying
        only ``starts`` (increasing positions, such as ``candidates`` gives),
        each match ending by ``stop`` (the end of ``tokens`` if ``None``)."""
        stop = len(tokens) if stop is None else stop
        free_from = 0
        for i in starts:
            if i < free_from:
                continue
            m = self.match_at(tokens, i)
            if m is not None and m.last <= stop:
                yield m
                free_from = m.last

    def any(self, tokens: list[Token], start: int = 0, stop: int | None = None) -> bool:
        return next(self.finditer(tokens, start, stop), None) is not None
