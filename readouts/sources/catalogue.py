"""The catalogue of known publishers (``data/sources.json``) and the
evidence a text gives of them: signatures (who published it) and citations
(whom it cites, for ``Source.via``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import lexicon
from .._document import Document
from ..extract.tokens import PhraseMatcher, phrase_tokens, tokenize
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
def _citations() -> PhraseMatcher[tuple[str, frozenset[tuple[str, ...]]]]:
    # Names of outlets are matched as written ("Politico", not "político"):
    # the matcher finds candidates, the exact words of one spelling confirm them.
    spellings: dict[tuple[str, str], set[tuple[str, ...]]] = {}
    for s in lexicon.sources().sources:
        for name in s.cited_as:
            spellings.setdefault((phrase_key(name), s.id), set()).add(tuple(_WORDS.findall(name)))
    names = [(" ".join(words), (sid, frozenset(forms))) for (_, sid), forms in spellings.items() for words in [next(iter(forms))]]
    return PhraseMatcher(names, capital=True)


@lru_cache(maxsize=1)
def _signatures() -> tuple[tuple[str, tuple[SourceEntry, ...]], ...]:
    owners: dict[str, list[SourceEntry]] = {}
    for s in lexicon.sources().sources:
        for sig in s.signatures:
            owners.setdefault(sig.lower(), []).append(s)
    return tuple((sig, tuple(entries)) for sig, entries in sorted(owners.items()))


_WORDS = re.compile(r"[^\W_]+")


def phrase_key(name: str) -> str:
    return " ".join(phrase_tokens(name))
_LEAD_CHARS = 600
_MASTHEAD_LINES = 4


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
    return found


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
    lowered = doc.full.lower()
    for sig, entries in _signatures():
        pos = lowered.find(sig)
        if pos < 0:
            continue
        for s in entries:
            # A wire named only at the foot of a page ("... (AFP)") is credited
            # by the outlet that published the page, not the publisher.
            wire_pos = pos if pos <= credit_zone else lowered.find(sig, 0, credit_zone + len(sig))
            at = wire_pos if s.kind == "wire" else pos
            if at >= 0 and (s.id not in first or at < first[s.id][0]):
                first[s.id] = (at, s)
    signed = list(first.values())
    signed.sort(key=lambda p: (p[0], p[1].id))
    # Citations are read in the page head and the body: lists of other stories cite nothing.
    from ..extract.calls import read_sentence, read_title

    matcher = _citations()
    cited: list[str] = []
    streams = [tokenize(line) for line in doc.head]
    title = read_title(doc)
    if title is not None:
        streams.append(title[0])
    streams += [read_sentence(doc, sentence)[0] for sentence in doc.sentences]
    for tokens in streams:
        for m in matcher.finditer(tokens):
            sid, forms = m.value
            if tuple(t.text for t in tokens[m.first : m.last]) in forms and sid not in cited:
                cited.append(sid)
    return Evidence(signed, cited)
