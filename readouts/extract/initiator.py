"""Who placed the call, from the data files' initiator templates.

A sentence is first reduced to a skeleton: each person mention becomes one
placeholder token, each country word another. Templates (``{A} dialled
{B}``, ``à l'initiative de la partie {SIDE}``) are then matched against the
skeleton token by token; ``...`` skips up to four tokens, none of them a
person (in "Biden said Macron called Putin" the caller is Macron). Between
any two parts of a template the skeleton may also hold a few words that
change nothing (articles and other fillers, weekday and relative-day
words, the language's ``initiator_skips``: "Macron on Friday called up
Putin" matches ``{A} called {B}``). Matching is bounded by the template
length times the gaps, so it stays linear in the sentence.

A crowd noun ("leaders", "قادة") is a placeholder too, which ``{A}`` takes:
"the King received calls from leaders of the region" says that the leaders
it lists called, whoever they are.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from .. import lexicon
from .tokens import Morphology, Token, Tokens, morphology, phrase_tokens

__all__ = ["Skeleton", "find_initiator", "find_initiators", "may_state_initiator"]

_GAP = 4
# How many skeleton words may part a template that names no one called
# ("at the request of the Turkish side") from the call cue it qualifies: in
# "Biden agreed, at the request of Xi, to review the tariffs", the request
# is for the review, not the call.
_CUE_REACH = 10
# How many words that change nothing may stand between two parts of a template.
_SOFT = 3
_SLOT = re.compile(r"^\{(A|B|I|SIDE)\}(.*)$")
_PERSON = "\x00P"
_COUNTRY = "\x00C"
_CROWD = "\x00M"
CROWD: object = ("crowd", None)
"""The ref of a crowd noun: what ``{A}`` holds when the callers are a crowd."""


@dataclass(frozen=True, slots=True)
class Skeleton:
    words: tuple[str, ...]
    refs: tuple[object, ...]
    """For each word: the person key or country code it stands for, else None."""
    spans: tuple[tuple[int, int], ...] = ()
    """For each word: the character offsets of the tokens it stands for."""
    cues: tuple[int, ...] | None = None
    """The words that are (or hold) a call cue, in order; ``None`` when not known."""
    nouns: tuple[int, ...] = ()
    """The words that are a noun naming the talks ("das Gespräch"), in order."""


def build_skeleton(
    tokens: Sequence[Token],
    persons: Sequence[tuple[int, int, object]],
    countries: Sequence[tuple[int, int, str]],
    morph: Morphology | None,
    crowds: Sequence[tuple[int, int]] = (),
    cues: Sequence[tuple[int, int]] | None = None,
    nouns: Sequence[tuple[int, int]] = (),
) -> Skeleton:
    """Reduce a sentence to its skeleton: one placeholder per person, country
    word and crowd noun (``crowds``: token ranges), the other words as stems
    under ``morph`` (the language's rules); ``cues`` and ``nouns``, the token
    ranges of its call cues and talk nouns, are kept as the skeleton words
    they fall in."""
    words: list[str] = []
    refs: list[object] = []
    spans: list[tuple[int, int]] = []
    marks: dict[int, tuple[int, str, object]] = {}
    for first, last, key in persons:
        marks[first] = (last, _PERSON, key)
    # Which tokens a mark covers, so that a country word overlapping a person
    # (or an earlier country word) is found in time linear in the sentence.
    taken = bytearray(len(tokens) + 1)
    for f, (l, _, _) in marks.items():
        taken[f:l] = b"\x01" * max(0, min(l, len(taken)) - f)
    for first, last, code in countries:
        if not any(taken[first:last]):
            marks[first] = (last, _COUNTRY, ("country", code))
            taken[first:last] = b"\x01" * (last - first)
    for first, last in crowds:
        if not any(taken[first:last]):
            marks[first] = (last, _CROWD, CROWD)
            taken[first:last] = b"\x01" * (last - first)
    cued = bytearray(len(tokens) + 1)
    for mark, ranges in ((1, cues or ()), (2, nouns)):
        for first, last in ranges:
            for k in range(first, min(last, len(tokens))):
                cued[k] |= mark
    at_cue: list[int] = []
    at_noun: list[int] = []
    i = 0
    while i < len(tokens):
        if i in marks:
            last, kind, ref = marks[i]
            marked = 0
            for k in range(i, last):
                marked |= cued[k]
            _keep_mark(marked, len(words), at_cue, at_noun)
            words.append(kind)
            refs.append(ref)
            spans.append((tokens[i].start, tokens[last - 1].end))
            i = last
            continue
        _keep_mark(cued[i], len(words), at_cue, at_noun)
        words.append(morph.stem(tokens[i].fold) if morph is not None else tokens[i].fold)
        refs.append(None)
        spans.append((tokens[i].start, tokens[i].end))
        i += 1
    return Skeleton(tuple(words), tuple(refs), tuple(spans), None if cues is None else tuple(at_cue), tuple(at_noun))


def _keep_mark(marked: int, at: int, cues: list[int], nouns: list[int]) -> None:
    if marked & 1:
        cues.append(at)
    if marked & 2:
        nouns.append(at)


@lexicon.derived
def _templates(language: str) -> tuple[tuple[tuple[str, ...], frozenset[str]], ...]:
    # The language's own templates, then those it borrows, all under its rules:
    # the skeleton they are matched against is stemmed so.
    morph = morphology(language)
    out = []
    borrowed = [t for d, mode in lexicon.layers(language, "initiator_templates") for t in d.initiator_templates if lexicon.borrows(mode, t)]
    for template in borrowed:
        parts: list[str] = []
        for piece in template.replace("...", " \x01 ").split():
            if piece == "\x01":
                parts.append("...")
                continue
            slot = _SLOT.match(piece)
            if slot:
                parts.append("{" + slot.group(1) + "}")
                piece = slot.group(2)  # "{A}'s" leaves "'s"
            parts.extend(morph.stem(t) if morph is not None else t for t in phrase_tokens(piece))
        literal = frozenset(p for p in parts if p not in ("{A}", "{B}", "{I}", "{SIDE}", "..."))
        out.append((tuple(parts), literal))
    return tuple(out)


def _filing_word(literal: frozenset[str]) -> str:
    # A template's longest word, likely the rarest: it can match only where that word occurs.
    return max(literal, key=lambda w: (len(w), w))


@lexicon.derived
def _template_index(language: str) -> tuple[dict[str, tuple[int, ...]], tuple[int, ...]]:
    """The indexes of the templates, by the word each needs filed under
    (``_filing_word``), and those that need no word ("{A} ... {B}")."""
    filed: dict[str, list[int]] = {}
    always: list[int] = []
    for k, (_, literal) in enumerate(_templates(language)):
        if literal:
            filed.setdefault(_filing_word(literal), []).append(k)
        else:
            always.append(k)
    return {word: tuple(ks) for word, ks in filed.items()}, tuple(always)


@lexicon.derived
def _literals(language: str) -> dict[str, tuple[frozenset[str], ...]] | None:
    """The words each template needs, by its filing word; ``None`` when one
    needs none, which any sentence may match."""
    filed, always = _template_index(language)
    if always:
        return None
    templates = _templates(language)
    return {word: tuple(dict.fromkeys(templates[k][1] for k in ks)) for word, ks in filed.items()}


def may_state_initiator(tokens: Sequence[Token], language: str) -> bool:
    """Whether some initiator template of ``language`` can match ``tokens``:
    each needs its words among them (a skeleton's words are the tokens' stems,
    less those a placeholder covers), so a sentence without them needs no
    skeleton. ``False`` means ``find_initiators`` would find no one."""
    literals = _literals(language)
    if literals is None:
        return True
    morph = morphology(language)
    keys = tokens.keys(morph) if isinstance(tokens, Tokens) else [morph.stem(t.fold) if morph is not None else t.fold for t in tokens]
    if literals.keys().isdisjoint(keys):
        return False  # most sentences: no template's rarest word, and no set of their words to make
    words = frozenset(keys)
    return any(literal <= words for word in words.intersection(literals) for literal in literals[word])


@lexicon.derived
def _skips(language: str) -> frozenset[str]:
    """The words a template steps over between its parts, as the skeleton spells them."""
    data = lexicon.language(language)
    morph = morphology(language)
    words: set[str] = set()
    for phrase in (*data.fillers, *data.weekdays, *data.relative_days, *data.initiator_skips):
        words.update(phrase_tokens(phrase))
    return frozenset(morph.stem(w) if morph is not None else w for w in words)


def _match(t: tuple[str, ...], sk: Skeleton, ti: int, si: int, found: dict[str, object], skips: frozenset[str]) -> bool:
    if ti == len(t):
        found["__end__"] = si
        return True
    part = t[ti]
    if part == "...":
        for skip in range(min(_GAP, len(sk.words) - si) + 1):
            if skip and sk.words[si + skip - 1] == _PERSON:
                return False  # a gap never steps over a person
            trial = dict(found)
            if _match(t, sk, ti + 1, si + skip, trial, skips):
                found.update(trial)
                return True
        return False
    if part == "{I}":
        # The writer of a first-person text ("I called {B}"): no word of the sentence.
        found[part] = True
        return _match(t, sk, ti + 1, si, found, skips)
    if ti > 0:
        # "Macron on Friday called up Putin": words that change nothing are stepped over.
        soft = 0
        while soft < _SOFT and si < len(sk.words) and sk.words[si] != part and sk.words[si] in skips:
            si += 1
            soft += 1
    if si >= len(sk.words):
        return False
    word = sk.words[si]
    if part in ("{A}", "{B}"):
        if not (word == _PERSON or word == _CROWD and part == "{A}") or (part in found and found[part] != sk.refs[si]):
            return False
        found[part] = sk.refs[si]
        found[part + "@"] = si
        return _match(t, sk, ti + 1, si + 1, found, skips)
    if part == "{SIDE}":
        if word != _COUNTRY:
            return False
        found[part] = sk.refs[si]
        return _match(t, sk, ti + 1, si + 1, found, skips)
    return word == part and _match(t, sk, ti + 1, si + 1, found, skips)


def find_initiators(sk: Skeleton, language: str) -> list[tuple[str, object, tuple[int, int]]]:
    """Return every caller the templates find in ``sk``, template by template
    and left to right: ``("person", key, span)`` or ``("side", code, span)``,
    or ``("crowd", key, span)`` when the callers are a crowd and ``key``
    (``None`` if unnamed) the person they called, or ``("author", None,
    span)`` where a template's ``{I}`` says the writer called ("{I}
    zadzwoniłem do {B}"); ``span`` covering the words of the matching phrase
    (each caller once)."""
    templates = _templates(language)
    skips = _skips(language)
    present = frozenset(sk.words)
    # Where each skeleton word stands: a template can start only at its first part.
    at: dict[str, list[int]] = {}
    for si, word in enumerate(sk.words):
        at.setdefault(word, []).append(si)
    out: list[tuple[str, object, tuple[int, int]]] = []
    seen: set[tuple[str, object]] = set()
    # Only the templates filed under a word of the skeleton (or needing none), in their order.
    filed, always = _template_index(language)
    for k in sorted({*always, *(k for word in present.intersection(filed) for k in filed[word])}):
        t, literal = templates[k]
        if not literal <= present:
            continue
        # A template that names no one called says nothing of a call itself:
        # it must stand by the sentence's call cue, when the skeleton knows them.
        near_cue = sk.cues is not None and "{B}" not in t and "{I}" not in t
        for si in _starts(t[0], at, len(sk.words)) if t else range(len(sk.words)):
            found: dict[str, object] = {}
            if not _match(t, sk, 0, si, found, skips):
                continue
            end = int(found["__end__"])  # type: ignore[call-overload]
            if near_cue and not _by_cue(sk, si, end):
                continue
            span = (sk.spans[si][0], sk.spans[max(si, end - 1)][1]) if sk.spans else (0, 0)
            side = found.get("{SIDE}")
            hit: tuple[str, object] | None = None
            if found.get("{A}") is CROWD:
                hit = ("crowd", found.get("{B}"))
            elif "{A}" in found:
                hit = ("person", found["{A}"])
            elif isinstance(side, tuple):
                hit = ("side", side[1])
            elif "{I}" in found:
                hit = ("author", None)
            if hit is not None and hit not in seen:
                seen.add(hit)
                out.append((hit[0], hit[1], span))
            if "{A}" in found and found["{A}"] is not CROWD:
                # "received the calls of Macron and of Scholz": each of the list calls.
                for ref in _listed_after(sk, int(found["{A}@"]), skips, _joins(language)):  # type: ignore[call-overload]
                    if ("person", ref) not in seen:
                        seen.add(("person", ref))
                        out.append(("person", ref, span))
    return out


def _starts(part: str, at: dict[str, list[int]], size: int) -> Iterable[int]:
    """The skeleton indexes, in order, where a template whose first part is
    ``part`` can match (``_match`` fails at any other): those of that word,
    of a person (of a crowd too for the caller), of a country; anywhere for
    a gap or the writer."""
    if part in ("...", "{I}"):
        return range(size)
    if part == "{A}":
        return sorted(at.get(_PERSON, []) + at.get(_CROWD, []))
    if part == "{B}":
        return at.get(_PERSON, [])
    if part == "{SIDE}":
        return at.get(_COUNTRY, [])
    return at.get(part, [])


def _by_cue(sk: Skeleton, first: int, end: int) -> bool:
    """Whether a call cue of ``sk`` stands within ``_CUE_REACH`` words of
    its words ``first`` to ``end`` (exclusive), or a talk noun before them
    ("das Gespräch fand auf Initiative des Kanzlers statt"; after them, "at
    his request, Putin briefed him on the talks", it names other talks)."""
    cues = sk.cues or ()
    i = bisect_left(cues, first - _CUE_REACH)
    if i < len(cues) and cues[i] < end + _CUE_REACH:
        return True
    j = bisect_left(sk.nouns, first - _CUE_REACH)
    return j < len(sk.nouns) and sk.nouns[j] < first


@lexicon.derived
def _joins(language: str) -> frozenset[str]:
    """The language's "and" words, as the skeleton spells them."""
    morph = morphology(language)
    words = {w for d, _ in lexicon.layers(language, "conjunctions") for phrase in d.conjunctions for w in phrase_tokens(phrase)}
    return frozenset(morph.stem(w) if morph is not None else w for w in words)


def _listed_after(sk: Skeleton, at: int, skips: frozenset[str], joins: frozenset[str]) -> list[object]:
    """The people listed after the person at skeleton index ``at`` ("A and
    B", "A, B e di C"; words that change nothing may stand between)."""
    out: list[object] = []
    i = at + 1
    last = sk.refs[at]
    while i < len(sk.words):
        if sk.words[i] == _PERSON and sk.refs[i] in (None, last):
            i += 1  # in apposition: "the King of Spain, Felipe VI"
            continue
        k = i
        joined = False
        while k < len(sk.words) and k - i < _SOFT + 1 and (sk.words[k] in skips or sk.words[k] in joins):
            joined = joined or sk.words[k] in joins
            k += 1
        if not joined or k >= len(sk.words) or sk.words[k] != _PERSON:
            break
        out.append(sk.refs[k])
        last = sk.refs[k]
        i = k + 1
    return out


def find_initiator(sk: Skeleton, language: str) -> tuple[str, object, tuple[int, int]] | None:
    """Return ``("person", key, span)`` or ``("side", code, span)`` for the
    caller, if stated; ``span`` covers the words of the matching phrase."""
    found = find_initiators(sk, language)
    return found[0] if found else None
