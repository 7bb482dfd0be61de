"""Signals about a text's style shared by the source parsers: who signed
it, whether it speaks for itself (an official readout) or retells."""

from __future__ import annotations

import re

from .. import lexicon
from .._document import Document
from .._patterns import literal_union
from ..pipeline.reading import read_sentence
from ..extract.people import is_companion
from ..extract.resolver import Resolver
from ..extract.tokens import PhraseMatcher, morphology
from ..lexicon.schema import SourceEntry
from . import catalogue

__all__ = ["readout_host", "readout_leader", "republishes", "signed_by"]

_LEAD_SENTENCES = 3
_TAIL_CHARS = 400
_FURNITURE_LINES = 40
_CLAUSE_CHARS = 200


def signed_by(doc: Document, *families: str) -> SourceEntry | None:
    """Return the first publisher of one of ``families`` whose signature ``doc`` carries."""
    for _, entry in catalogue.evidence(doc).signed:
        if entry.family in families:
            return entry
    return None


@lexicon.derived
def _reporting(language: str) -> PhraseMatcher[bool]:
    words = [w for data, mode in lexicon.layers(language, "reporting_cues") for w in data.reporting_cues if lexicon.borrows(mode, w)]
    return PhraseMatcher(((w, True) for w in words), morphology=morphology(language))


@lexicon.derived
def _aggregator_cues() -> re.Pattern[str]:
    phrases = {" ".join(w.lower().split()) for code in lexicon.LANGUAGES for w in lexicon.language(code).aggregator_cues}
    # One trie, not sixty phrases tried in turn at every word.
    return re.compile(rf"(?<!\w)(?:{literal_union(phrases, flexible_space=True)})(?!\w)")


@lexicon.derived
def _trailing_clause(language: str) -> re.Pattern[str] | None:
    verbs = {v.lower() for data, mode in lexicon.layers(language, "reporting_verbs") for v in data.reporting_verbs if lexicon.borrows(mode, v)}
    if not verbs:
        return None
    alternation = "|".join(r"\s+".join(map(re.escape, v.split())) for v in sorted(verbs, key=len, reverse=True))
    # The sentence's last clause, after a comma or a closing quote, short, with a reporting verb.
    return re.compile(rf"[,»\"”]\s*(?:[^,;:!?»\"”]{{0,80}}?\s)?(?:{alternation})(?!\w)[^,;:!?»\"”]{{0,80}}$", re.I)


# A reporter's place dateline opening the text ("Madrid/Lisboa.- El
# presidente...", "LISBON - The prime minister...", "(Ottawa) Le premier
# ministre..."): filed from somewhere, a report, not an office's readout.
_PLACE = r"[^\W\d_][^\W\d_'’.]*(?:[ /-][^\W\d_][^\W\d_'’.]*){0,3}"
_PLACE_DATELINE = re.compile(rf"^(?:(?P<dot>{_PLACE})\.-|(?P<dash>{_PLACE})[ \t]+[—–-][ \t]|\((?P<paren>{_PLACE})\)[ \t])")


def _place_dateline(text: str) -> bool:
    """Whether ``text`` opens with a place dateline: a capitalised place
    before ".-" or in brackets, or one in capitals before a dash (a name
    before a dash, "Vladimir Putin – ...", is a headline's)."""
    m = _PLACE_DATELINE.match(text)
    if m is None:
        return False
    if m.group("dash"):
        return m.group("dash").isupper()
    place = m.group("dot") or m.group("paren") or ""
    return place[:1].isupper()


def _retold(language: str, sentence: str) -> bool:
    """Whether ``sentence`` ends with a reporting clause ("..., Albanese said")."""
    pattern = _trailing_clause(language)
    return pattern is not None and pattern.search(sentence[-_CLAUSE_CHARS:]) is not None


def republishes(doc: Document) -> bool:
    """Whether the page links to the original story on another site."""
    tail = doc.text[-_TAIL_CHARS:] + "\n" + "\n".join(doc.furniture[-_FURNITURE_LINES:])
    return _aggregator_cues().search(tail.lower()) is not None


def readout_host(doc: Document) -> str | None:
    """Return the country whose leader a self-standing readout opens with
    (computed once per document).

    An official readout opens by reporting its own leader's call ("Vladimir
    Putin had a telephone conversation with...", "Le Président de la
    République s'est entretenu...") and attributes nothing to anyone else.
    Returns ``None`` for texts that retell (cite an outlet, say "according to").
    """
    leader = readout_leader(doc)
    return leader[0] if leader else None


def readout_leader(doc: Document) -> tuple[str, str | None] | None:
    """``(country, role)`` of the leader a self-standing readout opens with
    (``doc.signals``' when the document has been read, else read now)."""
    if doc.signals is not None:
        return doc.signals.leader
    return read_leader(doc, catalogue.evidence(doc))


def read_leader(doc: Document, evidence: catalogue.Evidence) -> tuple[str, str | None] | None:
    """Read ``(country, role)`` of the leader ``doc`` opens with reporting a
    call, or ``None`` when it cites an outlet (``evidence``), has a byline,
    or retells."""
    if not doc.sentences or evidence.cited or doc.byline:
        return None
    reporting = _reporting(doc.language)
    lead = [read_sentence(doc, s) for s in doc.sentences[:_LEAD_SENTENCES]]
    if any(reporting.any(r.tokens) for r in lead):
        return None
    if any(_retold(doc.language, s.text) for s in doc.sentences[:_LEAD_SENTENCES]):
        return None
    if _place_dateline(doc.sentences[0].text):
        return None
    for r in lead:
        tokens, mentions = r.tokens, list(r.mentions)
        if not r.cues.call:
            continue
        if not mentions:
            return None
        resolver = Resolver(mentions, None, doc.anchor)
        first = next((m for m in mentions if not is_companion(tokens, m, doc.language)), None)
        if first is None:
            return None
        if first.key is not None:
            country, role = resolver.country_role(first.key)
        else:
            country, role = first.country, first.role
        return (country, role) if country else None
    return None
