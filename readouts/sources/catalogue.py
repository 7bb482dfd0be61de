"""The catalogue of known publishers (``data/sources.json``) and the
evidence a text gives of them: signatures (who published it) and citations
(whom it cites, for ``Source.via``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain

from .. import lexicon
from .._casing import lowered
from .._document import Document
from .._patterns import literal_union
from ..extract.tokens import PhraseMatcher, Token, phrase_tokens, tokenize
from ..lexicon.schema import SourceEntry
from . import domains

__all__ = ["Evidence", "by_id", "by_name", "cited_in", "evidence", "official_for"]


@lru_cache(maxsize=1)
def by_id() -> dict[str, SourceEntry]:
    return {s.id: s for s in lexicon.sources().sources}


@lru_cache(maxsize=1)
def families() -> frozenset[str]:
    """The ``family`` ids of the catalogue's entries: the ids of the
    built-in parsers that handle their texts."""
    return frozenset(s.family for s in lexicon.sources().sources)


@lru_cache(maxsize=1)
def _by_folded_name() -> dict[str, SourceEntry]:
    out: dict[str, SourceEntry] = {}
    for s in lexicon.sources().sources:
        for name in (s.name, *s.cited_as):
            out.setdefault(" ".join(name.casefold().split()), s)
    return out


def by_name(name: str) -> SourceEntry | None:
    """Return the publisher whose name or citation form is ``name`` (case and
    spacing aside), or ``None``."""
    return _by_folded_name().get(" ".join(name.casefold().split()))


def cited_in(tokens: list[Token]) -> list[str]:
    """Return the ids of the publishers ``tokens`` cite by name, in order of first citation."""
    cited: list[str] = []
    for m in _citations().finditer(tokens):
        sid, forms = m.value
        if tuple(t.text for t in tokens[m.first : m.last]) in forms and sid not in cited:
            cited.append(sid)
    return cited


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
            # The words as the tokenizer cuts them: characters in scripts
            # without spaces ("新华社" is three tokens).
            spellings.setdefault((phrase_key(name), s.id), set()).add(tuple(t.text for t in tokenize(name)))
    names = [(" ".join(words), (sid, frozenset(forms))) for (_, sid), forms in spellings.items() for words in [next(iter(forms))]]
    return PhraseMatcher(names, capital=True)


@lru_cache(maxsize=1)
def _signatures() -> tuple[tuple[str, tuple[SourceEntry, ...]], ...]:
    owners: dict[str, list[SourceEntry]] = {}
    for s in lexicon.sources().sources:
        for sig in s.signatures:
            owners.setdefault(sig.lower(), []).append(s)
    return tuple((sig, tuple(entries)) for sig, entries in sorted(owners.items()))




def phrase_key(name: str) -> str:
    return " ".join(phrase_tokens(name))
_LEAD_CHARS = 600
_MASTHEAD_LINES = 4
_PARAGRAPH_WORDS = 12
"""A line of this many words is a paragraph of text, not page furniture."""


@dataclass(frozen=True, slots=True)
class Evidence:
    signed: tuple[tuple[int, SourceEntry], ...]
    """Publishers whose signature the page carries, with its position."""
    cited: tuple[str, ...]
    """Ids of cited publishers, in order of first citation."""


def evidence(doc: Document) -> Evidence:
    """Return the publishers a document shows and cites (``doc.signals``'
    when the document has been read, else read now)."""
    return doc.signals.evidence if doc.signals is not None else read_evidence(doc)


@lru_cache(maxsize=1)
def _signature_scan() -> tuple[re.Pattern[str] | None, dict[str, tuple[tuple[int, str], ...]]]:
    """One pattern for every signature, and for each signature the shorter
    ones inside it with their offsets ("(afp)" in "(afp) -"), so that one
    pass over the page finds where each first occurs."""
    sigs = [sig for sig, _ in _signatures()]
    if not sigs:
        return None, {}
    pattern = re.compile(literal_union(sigs))
    inner = {sig: tuple((sig.find(other), other) for other in sigs if other != sig and other in sig) for sig in sigs}
    return pattern, inner


def _first_positions(lowered: str) -> dict[str, int]:
    pattern, inner = _signature_scan()
    found: dict[str, int] = {}
    if pattern is None:
        return found
    for m in pattern.finditer(lowered):
        sig = m.group()
        found.setdefault(sig, m.start())
        for offset, other in inner[sig]:
            found.setdefault(other, m.start() + offset)
    return found


def _first_lines(text: str, n: int) -> list[str]:
    """The first ``n`` lines of ``text`` (as ``text.split("\\n")[:n]``), without
    copying the rest of a long text."""
    out: list[str] = []
    start = 0
    while len(out) < n:
        end = text.find("\n", start)
        if end < 0:
            out.append(text[start:])
            break
        out.append(text[start:end])
        start = end + 1
    return out


def read_evidence(doc: Document) -> Evidence:
    """Read the publishers ``doc`` shows (mastheads, its URL's domain,
    signatures) and cites (in its head, title and sentences)."""
    first: dict[str, tuple[int, SourceEntry]] = {}
    credit_zone = max(_LEAD_CHARS, len(doc.full) * 3 // 4)
    # A masthead: the publisher's name alone on one of the page's first
    # lines, above its first paragraph; below it, a name alone on a line is a
    # photo credit ("Kremlin.ru" over a caption).
    for line in _first_lines(doc.full, _MASTHEAD_LINES):
        if len(line.split()) >= _PARAGRAPH_WORDS:
            break
        entry = by_name(line) if line.strip() else None
        if entry is not None and entry.kind in ("official", "aggregator"):
            first[entry.id] = (0, entry)
    entry = domains.entry_for_host(domains.host_of(doc.url))
    if entry is not None:
        first[entry.id] = (0, entry)
    from .self_named import own_report, permalink

    for hit in (permalink(doc), own_report(doc)):
        if hit is not None and hit[1].id not in first:
            first[hit[1].id] = hit
    owners = dict(_signatures())
    for sig, pos in sorted(_first_positions(lowered(doc.full)).items(), key=lambda p: p[1]):
        for s in owners[sig]:
            # A wire named only at the foot of a page ("... (AFP)") is credited
            # by the outlet that published the page, not the publisher.
            at = pos if s.kind != "wire" or pos <= credit_zone else -1
            if at >= 0 and (s.id not in first or at < first[s.id][0]):
                first[s.id] = (at, s)
    signed = list(first.values())
    signed.sort(key=lambda p: (p[0], p[1].id))
    # Citations are read in the page head and the body: lists of other stories cite nothing.
    from ..pipeline.reading import read_sentence, read_title

    cited: list[str] = []
    streams = [tokenize(line) for line in doc.head]
    title = read_title(doc)
    if title is not None:
        streams.append(title.tokens)
    # The sentences' tokens one at a time: a large text rebuilds them (see reading.KEEP_TOKENS_UP_TO).
    for tokens in chain(streams, (read_sentence(doc, sentence).tokens for sentence in doc.sentences)):
        cited.extend(sid for sid in cited_in(tokens) if sid not in cited)
    return Evidence(tuple(signed), tuple(cited))
