"""The catalogue of known publishers (``data/sources.json``) and the
evidence a text gives of them: signatures (who published it) and citations
(whom it cites, for ``Source.via``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import lexicon
from .._document import Document
from ..lexicon.schema import SourceEntry

__all__ = ["Evidence", "by_id", "evidence", "official_for"]


@lru_cache(maxsize=1)
def by_id() -> dict[str, SourceEntry]:
    return {s.id: s for s in lexicon.sources().sources}


def official_for(country: str | None, role: str | None = None) -> SourceEntry | None:
    """Return the catalogue's office that reports the calls of ``country``'s
    ``role`` (its first office for that country when no role matches)."""
    if not country:
        return None
    offices = [s for s in lexicon.sources().sources if s.kind == "official" and s.country == country]
    for s in offices:
        if role in s.speaks_for:
            return s
    return offices[0] if offices else None


@lru_cache(maxsize=1)
def _citation_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    names: dict[str, str] = {}
    for s in lexicon.sources().sources:
        for name in s.cited_as:
            names.setdefault(name, s.id)
    # No lookbehind: a pattern that opens with the alternation lets the engine
    # skip positions by first character; word boundaries are checked per match.
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(alternation), names


_LEAD_CHARS = 600
_MASTHEAD_LINES = 4


def _inside_word(text: str, start: int, end: int) -> bool:
    return (start > 0 and text[start - 1].isalnum() and text[start].isalnum()) or (
        end < len(text) and text[end].isalnum() and text[end - 1].isalnum()
    )


@dataclass(frozen=True, slots=True)
class Evidence:
    signed: list[tuple[int, SourceEntry]]
    """Publishers whose signature the page carries, with its position."""
    cited: list[str]
    """Ids of cited publishers, in order of first citation."""


def evidence(doc: Document) -> Evidence:
    """Return the publishers a document shows and cites (computed once per document)."""
    found = doc.memo.get("evidence")
    if found is None:
        found = doc.memo["evidence"] = _evidence(doc)
    return found  # type: ignore[no-any-return]


@lru_cache(maxsize=1)
def _signature_pattern() -> tuple[re.Pattern[str], dict[str, list[SourceEntry]]]:
    owners: dict[str, list[SourceEntry]] = {}
    for s in lexicon.sources().sources:
        for sig in s.signatures:
            owners.setdefault(sig.casefold(), []).append(s)
    # Matched on the lower-cased page: IGNORECASE would forgo the engine's literal search.
    alternation = "|".join(re.escape(sig) for sig in sorted(owners, key=len, reverse=True))
    return re.compile(alternation), owners


def _evidence(doc: Document) -> Evidence:
    first: dict[str, tuple[int, SourceEntry]] = {}
    credit_zone = max(_LEAD_CHARS, len(doc.full) * 3 // 4)
    # A masthead: the publisher's name alone on one of the page's first lines.
    top = {line.strip().casefold() for line in doc.full.split("\n", _MASTHEAD_LINES)[:_MASTHEAD_LINES] if line.strip()}
    for s in lexicon.sources().sources:
        if s.kind in ("official", "aggregator") and any(name.casefold() in top for name in (s.name, *s.cited_as)):
            first[s.id] = (0, s)
        if doc.url and any(d in doc.url for d in s.domains):
            first[s.id] = (0, s)
    pattern, owners = _signature_pattern()
    for m in pattern.finditer(doc.full.lower()):
        for s in owners.get(m.group(0).casefold(), ()):
            # A wire named only at the foot of a page ("... (AFP)") is credited
            # by the outlet that published the page, not the publisher.
            if s.kind == "wire" and m.start() > credit_zone:
                continue
            if s.id not in first:
                first[s.id] = (m.start(), s)
    signed = list(first.values())
    signed.sort(key=lambda p: (p[0], p[1].id))
    pattern, names = _citation_pattern()
    cited: list[str] = []
    # Citations are read in the page head and the body: lists of other stories cite nothing.
    head = "\n".join(doc.head)
    text = f"{head}\n{doc.title or ''}\n{doc.text}"
    for m in pattern.finditer(text):
        if _inside_word(text, m.start(), m.end()):
            continue
        sid = names[m.group(0)]
        if sid not in cited:
            cited.append(sid)
    return Evidence(signed, cited)
