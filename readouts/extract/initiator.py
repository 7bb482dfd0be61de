"""Who placed the call, from the data files' initiator templates.

A sentence is first reduced to a skeleton: each person mention becomes one
placeholder token, each country word another. Templates (``{A} dialled
{B}``, ``à l'initiative de la partie {SIDE}``) are then matched against the
skeleton token by token; ``...`` skips up to four tokens. Matching is bounded
by the template length times the gap, so it stays linear in the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from .. import lexicon
from .tokens import Morphology, Token, morphology, phrase_tokens

__all__ = ["Skeleton", "find_initiator"]

_GAP = 4
_SLOT = re.compile(r"^\{(A|B|SIDE)\}(.*)$")
_PERSON = "\x00P"
_COUNTRY = "\x00C"


@dataclass(frozen=True, slots=True)
class Skeleton:
    words: tuple[str, ...]
    refs: tuple[object, ...]
    """For each word: the person key or country code it stands for, else None."""
    spans: tuple[tuple[int, int], ...] = ()
    """For each word: the character offsets of the tokens it stands for."""


def build_skeleton(
    tokens: Sequence[Token],
    persons: Sequence[tuple[int, int, object]],
    countries: Sequence[tuple[int, int, str]],
    morph: Morphology | None,
) -> Skeleton:
    """Reduce a sentence to its skeleton: one placeholder per person and
    country word, the other words as stems under ``morph`` (the language's rules)."""
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
    i = 0
    while i < len(tokens):
        if i in marks:
            last, kind, ref = marks[i]
            words.append(kind)
            refs.append(ref)
            spans.append((tokens[i].start, tokens[last - 1].end))
            i = last
            continue
        words.append(morph.stem(tokens[i].fold) if morph is not None else tokens[i].fold)
        refs.append(None)
        spans.append((tokens[i].start, tokens[i].end))
        i += 1
    return Skeleton(tuple(words), tuple(refs), tuple(spans))


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
        literal = frozenset(p for p in parts if p not in ("{A}", "{B}", "{SIDE}", "..."))
        out.append((tuple(parts), literal))
    return tuple(out)


def _match(t: tuple[str, ...], sk: Skeleton, ti: int, si: int, found: dict[str, object]) -> bool:
    if ti == len(t):
        found["__end__"] = si
        return True
    part = t[ti]
    if part == "...":
        for skip in range(min(_GAP, len(sk.words) - si) + 1):
            trial = dict(found)
            if _match(t, sk, ti + 1, si + skip, trial):
                found.update(trial)
                return True
        return False
    if si >= len(sk.words):
        return False
    word = sk.words[si]
    if part in ("{A}", "{B}"):
        if word != _PERSON or (part in found and found[part] != sk.refs[si]):
            return False
        found[part] = sk.refs[si]
        return _match(t, sk, ti + 1, si + 1, found)
    if part == "{SIDE}":
        if word != _COUNTRY:
            return False
        found[part] = sk.refs[si]
        return _match(t, sk, ti + 1, si + 1, found)
    return word == part and _match(t, sk, ti + 1, si + 1, found)


def find_initiator(sk: Skeleton, language: str) -> tuple[str, object, tuple[int, int]] | None:
    """Return ``("person", key, span)`` or ``("side", code, span)`` for the
    caller, if stated; ``span`` covers the words of the matching phrase."""
    templates = _templates(language)
    present = frozenset(sk.words)
    for t, literal in templates:
        if not literal <= present:
            continue
        for si in range(len(sk.words)):
            found: dict[str, object] = {}
            if _match(t, sk, 0, si, found):
                end = int(found["__end__"])  # type: ignore[call-overload]
                span = (sk.spans[si][0], sk.spans[max(si, end - 1)][1]) if sk.spans else (0, 0)
                if "{A}" in found:
                    return ("person", found["{A}"], span)
                side = found.get("{SIDE}")
                if isinstance(side, tuple):
                    return ("side", side[1], span)
    return None
