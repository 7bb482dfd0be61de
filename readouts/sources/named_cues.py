"""Outlets named by a language's credit phrases, wherever the language puts
the name: after the phrase ("передає УНН", "segundo a agência Lusa"),
before it ("Anadolu Ajansı'nın haberine göre", "共同通信によると",
"РБК-Україна писало") or inside it ("据新华社报道").

A phrase of a language file marks where the name stands with ``{outlet}``;
a phrase without the mark is followed by the name (those are read by
``credits``). Names are the catalogue's (``data/sources.json``: name and
citation forms), looked up in a dictionary: every scan is one pass of one
compiled pattern, then a bounded look at the text beside each match.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .. import lexicon
from .._patterns import literal_union
from ..lexicon.schema import SourceEntry
from . import catalogue

__all__ = ["OUTLET", "lower_kept", "named_around"]

OUTLET = "{outlet}"
"""Where a phrase of a language file names its outlet."""

_REACH = 48
"""How far before a phrase its outlet's name may begin."""
_INSIDE = 24
"""How long a name inside a phrase ("据...报道") may be."""
_SUFFIX = re.compile(r"['’][^\W\d_]{1,6}$")
_BARE_SUFFIX = 4
"""Letters a case ending adds to a name without an apostrophe ("Ajansının")."""
_LONG_NAME = 6
"""A name read under a bare case ending must be this long ("anadolu ajansı")."""
_TRIM = " \t\"'«»“”„()[]:,"


def lower_kept(text: str) -> str:
    """``text`` lower-cased with its length (and so its offsets) kept: a
    letter whose lower case is longer ("İ") stays as it is, so a Turkish page
    is still read."""
    lowered = text.replace("’", "'").lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text.replace("’", "'"))


def _parts(phrase: str) -> tuple[str, str] | None:
    """``(before, after)`` the mark of a phrase, lower-cased and with single
    spaces, or ``None`` for a phrase without it."""
    if phrase.count(OUTLET) != 1:
        return None
    head, tail = phrase.split(OUTLET)
    return " ".join(head.lower().split()), " ".join(tail.lower().split())


@dataclass(frozen=True, slots=True)
class _Patterns:
    before: re.Pattern[str] | None
    """The words after the mark of phrases that name their outlet first."""
    inside: re.Pattern[str] | None
    """Phrases around their outlet's name; group 1 holds it."""
    after: re.Pattern[str] | None
    """Phrases followed by their outlet's name; group 1 holds what follows."""


def _union(phrases: set[str]) -> str:
    return literal_union(phrases, flexible_space=True)


@lexicon.derived
def _patterns(language: str, key: str) -> _Patterns:
    """The phrases of ``key`` with the mark, as patterns by where the name stands."""
    tails: set[str] = set()
    heads: set[str] = set()
    inside: list[str] = []
    for data, mode in lexicon.layers(language, key):
        for phrase in getattr(data, key):
            parts = _parts(phrase) if lexicon.borrows(mode, phrase) else None
            if parts is None or parts == ("", ""):
                continue
            head, tail = parts
            if head and tail:
                inside.append(rf"(?:{_union({head})})\s*([^\n]{{1,{_INSIDE}}}?)\s*(?:{_union({tail})})")
            elif tail:
                tails.add(tail)
            else:
                heads.add(head)
    # In a script without spaces a phrase may touch the word before it.
    spaced = lexicon.language(language).spaces
    edge, end = (r"(?<!\w)", r"(?!\w)") if spaced else ("", "")
    return _Patterns(
        before=re.compile(rf"\s*(?:{_union(tails)}){end}") if tails else None,
        inside=re.compile("|".join(inside)) if inside else None,
        after=re.compile(rf"{edge}(?:{_union(heads)})\s*([^\n]{{1,{_REACH}}})") if heads else None,
    )


def _name_ending(text: str, *, spaced: bool, suffixes: bool) -> SourceEntry | None:
    """The longest catalogued name that ends ``text`` (a case ending after
    it aside, in a language that writes one), or ``None``."""
    text = text.rstrip(_TRIM)
    ends = [(text, 1)]
    if suffixes:
        ends.append((_SUFFIX.sub("", text).rstrip(_TRIM), 1))
        ends.extend((text[:-n], _LONG_NAME) for n in range(1, _BARE_SUFFIX + 1) if len(text) > n and text[-n].isalpha())
    for end, shortest in ends:
        for j in range(max(0, len(end) - _REACH), len(end) - shortest + 1):
            if spaced and j > 0 and end[j - 1].isalnum():
                continue
            entry = catalogue.by_name(end[j:].strip(_TRIM))
            if entry is not None:
                return entry
    return None


def _name_starting(text: str, *, spaced: bool) -> SourceEntry | None:
    """The longest catalogued name that opens ``text``, or ``None``."""
    text = text.lstrip(_TRIM)[:_REACH]
    for j in range(len(text), 0, -1):
        if spaced and j < len(text) and text[j].isalnum():
            continue
        entry = catalogue.by_name(text[:j].strip(_TRIM))
        if entry is not None:
            return entry
    return None


def named_around(text: str, language: str, key: str) -> Iterator[tuple[int, SourceEntry]]:
    """Yield ``(offset, publisher)`` for each phrase of ``key`` in
    ``language`` that names a catalogued publisher in ``text`` (lower-cased
    by ``lower_kept``; offsets are the phrase's), in order of kind of phrase."""
    patterns = _patterns(language, key)
    data = lexicon.language(language)
    spaced, suffixes = data.spaces, data.apostrophe_suffixes
    if patterns.before is not None:
        for m in patterns.before.finditer(text):
            line_start = text.rfind("\n", 0, m.start()) + 1
            entry = _name_ending(text[max(line_start, m.start() - _REACH) : m.start()], spaced=spaced, suffixes=suffixes)
            if entry is not None:
                yield m.start(), entry
    if patterns.inside is not None:
        for m in patterns.inside.finditer(text):
            name = next((g for g in m.groups() if g is not None), "")
            entry = _name_ending(name, spaced=spaced, suffixes=suffixes)
            if entry is not None:
                yield m.start(), entry
    if patterns.after is not None:
        for m in patterns.after.finditer(text):
            entry = _name_starting(m.group(1), spaced=spaced)
            if entry is not None:
                yield m.start(), entry
