"""The outlet a page names as its own, where no catalogued signature shows it.

News pages rarely sign their copy the way agencies do, but their furniture
names them: "Log in to your WTOP account", "Folgen Sie News.de auf
Facebook", "Euractiv is part of the Trust Project" (the language files'
``own_outlet_cues``, an ``{outlet}`` where the name stands), a byline with the
outlet after a bar ("By ‹reporter› | ‹outlet› 02-02-2022", "(‹reporter› |
‹OUTLET›.com)"), a domain heading the page ("‹OUTLET›.COM, news you
can trust"), the copyright line of a catalogued outlet, or a catalogued
outlet's name alone on a line of the page's head or foot.

Agencies and offices are not read here: their signatures, datelines and
mastheads say more (``catalogue``, ``credits``). Every scan is one pass of
one compiled pattern over the page's first and last lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import lexicon
from .._casing import folded
from .._edges import edge_lines
from .._document import Document
from . import domains
from .credits import by_any_name, may_hold_copyright
from .named_cues import OUTLET

__all__ = ["Outlet", "own_outlet", "read_outlet"]

_ZONE_LINES = 12
_NAME_WORDS = 4
_LINE_CHARS = 60
_PARAGRAPH_WORDS = 12
_OUTLET_KINDS = ("news", "aggregator")
_NUMBER_DIGITS = 3
_LINK_CHARS = 4
_CREDIT_CHARS = 80


@dataclass(frozen=True, slots=True)
class Outlet:
    """An outlet the page names as its own."""

    id: str
    name: str
    kind: str | None
    """The catalogue's kind of the outlet (``news``, ``aggregator``), or ``None`` when it is not catalogued."""


# A name: up to four words, each a capitalised word, a number or a domain;
# case is checked on the match, since the cue around it is matched in any case.
_NAME = r"([^\W_][\w.&'’-]*(?:[ \t]+[^\W_][\w.&'’-]*){0,%d})" % (_NAME_WORDS - 1)


def _words_of(phrase: str) -> str:
    return r"[ \t]+".join(map(re.escape, phrase.split()))


def _template(cue: str) -> str | None:
    """The pattern of a cue, its name group where the ``{outlet}`` stands; a label
    ending in a colon or a stop before it ("Photo: {outlet}", "Fot. {outlet}") takes the
    rest of its line, a credit."""
    before, sep, after = cue.partition("{outlet}")
    if not sep:
        return None
    lead = rf"(?i:{_words_of(before)})[ \t]*" if before.strip() else ""
    if not after.strip() and before.rstrip().endswith((":", ".")):
        return lead + _CREDIT
    return lead + _NAME + rf"[ \t]*(?i:{_words_of(after)})(?!\w)"


_CREDIT = r"([^\n]{1,%d})" % _CREDIT_CHARS


@dataclass(frozen=True, slots=True)
class _CueSet:
    """Cue patterns, longest first, each with a word it cannot match without."""

    patterns: tuple[str, ...]
    keys: tuple[str, ...]
    """Each pattern's longest word, folded (``_casing.folded``)."""


@lexicon.derived
def _cues() -> tuple[_CueSet, _CueSet]:
    """The cues that name an outlet in their middle, and those that end a
    line with a credit ("Photo: ‹reporter› / ‹outlet›")."""
    # Furniture comes in any language whatever the text's: all of them are read.
    cues = {c for code in lexicon.LANGUAGES for c in lexicon.language(code).own_outlet_cues}
    keys: dict[str, str] = {}
    for cue in cues:
        part = _template(cue)
        if part:
            # One template is one cue's words, whichever cue gave it.
            keys.setdefault(part, folded(max(cue.replace(OUTLET, " ").split(), key=len, default="")))
    parts = sorted(keys, key=lambda p: (-len(p), p))
    named = tuple(p for p in parts if not p.endswith(_CREDIT))
    credits = tuple(p for p in parts if p.endswith(_CREDIT))
    return _CueSet(named, tuple(keys[p] for p in named)), _CueSet(credits, tuple(keys[p] for p in credits))


def _present(cues: _CueSet, page: str) -> re.Pattern[str] | None:
    """The union of the cues whose word ``page`` (folded) holds, or ``None``: a cue
    that cannot match changes no match of the union, and most pages hold
    none, where the whole union would be tried at every word."""
    kept = tuple(p for p, key in zip(cues.patterns, cues.keys) if key in page)
    return _union(kept) if kept else None


@lru_cache(maxsize=64)
def _union(patterns: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("(?<!\\w)(?:" + "|".join(f"(?:{p})" for p in patterns) + ")")


_CREDIT_PARTS = re.compile(r"\s*[,/|;]\s*")


def _credited(pattern: re.Pattern[str] | None, text: str) -> Outlet | None:
    """A catalogued outlet among the parts of a credit ("‹reporter›,
    ‹outlet›"): a staff photographer's; an agency's gives nothing."""
    if pattern is None:
        return None
    for m in pattern.finditer(text):
        credit = next((g for g in m.groups() if g), "")
        for part in _CREDIT_PARTS.split(credit):
            words = _words(part)
            found = _resolve(words, catalogued_only=True) if words else None
            if found is not None:
                return found
    return None


# "By ‹reporter› | ‹outlet› 02-02-2022", "(‹reporter› | ‹OUTLET›.com)": an
# author, a bar, then the outlet, before a date or the end of the credit (a
# bar in a menu line, "Home | News", names no outlet).
_BYLINE = re.compile(
    r"(?:^[ \t]*(?i:by|par|von|por|di|de|от)[ \t]+|\()[^\W\d_][^|()\n]{1,40}?[ \t]\|[ \t]*" + _NAME + r"(?=[ \t]*(?:$|\)|\d))",
    re.M,
)
_DOMAIN = re.compile(r"^[ \t]*((?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,})[ \t]*(?:$|[,|:–—-][ \t])", re.M)
_COPYRIGHT = re.compile(r"(?:©|\([cC]\)|(?i:copyright))[ \t]*(?:\d{4}[ \t]*)?" + _NAME)
_DOMAIN_WORD = re.compile(r"^(?:[\w-]+\.)+[A-Za-z]{2,}$")


def _words(name: str) -> str | None:
    """The leading words of ``name`` that name something: capitalised words,
    numbers and domains, up to the first word in lower case."""
    kept: list[str] = []
    linking: list[str] = []
    for word in name.split():
        word = word.strip(".,'’")
        # A short number belongs to a name ("France 24"); a date does not.
        number = word.isdigit() and len(word) <= _NUMBER_DIGITS
        if word and (word[0].isupper() or number or _DOMAIN_WORD.match(word)):
            kept += [*linking, word]
            linking = []
        elif kept and word.isalpha() and len(word) <= _LINK_CHARS and not linking:
            linking = [word]  # "Corriere del Lago": a short word between two capitalised ones
        else:
            break
    return " ".join(kept) or None


def _resolve(name: str, *, catalogued_only: bool = False) -> Outlet | None:
    """The outlet ``name`` names: a catalogue entry (by name, citation form
    or domain), else a domain's site, else (unless ``catalogued_only``) the
    name's slug. Agencies and offices give ``None``."""
    entry = by_any_name(name)
    if entry is None and _DOMAIN_WORD.match(name):
        entry = domains.entry_for_host(name.lower())
        if entry is None and not catalogued_only:
            return Outlet(domains.site_slug(name.lower()), name, None)
    if entry is not None:
        return Outlet(entry.id, entry.name, entry.kind) if entry.kind in _OUTLET_KINDS else None
    if catalogued_only:
        return None
    slug = domains.name_slug(name)
    return Outlet(slug, name, None) if slug else None


def _zones(doc: Document) -> tuple[list[str], list[str]]:
    lines = edge_lines(doc.full, _ZONE_LINES)  # not every line of a long page
    return lines[:_ZONE_LINES], lines[-_ZONE_LINES:]


def _masthead(head: list[str]) -> Outlet | None:
    """A domain heading the page, above its first paragraph."""
    for line in head:
        m = _DOMAIN.match(line)
        found = _resolve(m.group(1)) if m is not None else None
        if found is not None:
            return found
        if len(line.split()) >= _PARAGRAPH_WORDS:
            return None
    return None


def _alone(lines: list[str]) -> Outlet | None:
    """A catalogued outlet's name alone on a line."""
    for line in lines:
        if len(line) <= _LINE_CHARS:
            found = _resolve(line.strip(" .|-–—"), catalogued_only=True)
            if found is not None:
                return found
    return None


def _first(pattern: re.Pattern[str] | None, text: str, *, catalogued_only: bool = False) -> Outlet | None:
    if pattern is None:
        return None
    for m in pattern.finditer(text):
        name = next((g for g in m.groups() if g), None)
        words = _words(name) if name else None
        found = _resolve(words, catalogued_only=catalogued_only) if words else None
        if found is not None:
            return found
    return None


def read_outlet(doc: Document) -> Outlet | None:
    """Read the outlet ``doc``'s furniture names as its own, or ``None``."""
    head, tail = _zones(doc)
    lines = head + [line for line in tail if line not in head]
    zone = "\n".join(lines)
    named, credits = _cues()
    page = folded(zone)
    # A scan runs only where the page holds what it cannot match without; the
    # byline and copyright patterns match within a line, so only the lines that hold it are scanned.
    bylines = [line for line in lines if " |" in line or "\t|" in line]
    notices = [line for line in tail if may_hold_copyright(folded(line))]
    return (
        _first(_present(named, page), zone)
        or _credited(_present(credits, page), zone)
        or (_first(_BYLINE, "\n".join(bylines)) if bylines else None)
        or _masthead(head)
        or (_first(_COPYRIGHT, "\n".join(notices), catalogued_only=True) if notices else None)
        or _alone(head + tail)
    )


def own_outlet(doc: Document) -> Outlet | None:
    """The outlet ``doc`` names as its own (``doc.signals``' when the
    document has been read, else read now), or ``None``."""
    if doc.signals is not None:
        return doc.signals.outlet
    return read_outlet(doc)
