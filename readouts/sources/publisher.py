"""The publisher of a page, once its source parser has read the text: the
URL (or the page's own canonical URL) names the site, the text says what
kind of text it is.

- A catalogued domain gives its entry (``kremlin.ru`` is ``kremlin``); any
  other host its slug (``www.algerie-eco.com`` is ``algerie-eco``).
- An official readout reproduced whole on another site (its office's
  masthead or source line in the text) keeps the office as its source.
- Agency copy on a site that is not the agency's is republished: the site,
  kind ``aggregator``, with the agency in ``via``.
- A government domain makes the text official; a self-standing readout
  guessed from its style on a site that is not a government's is news.
"""

from __future__ import annotations

from .._document import Document
from .._models import Source, SourceKind
from ..lexicon.schema import SourceEntry
from . import catalogue, domains
from .credits import credited_by_phrase, licensed_from, office_header, republished_from
from .own import Outlet, own_outlet

__all__ = ["settle"]


def _via(first: list[str], rest: list[str], own: str | None) -> list[str]:
    out: list[str] = []
    for sid in (*first, *rest):
        if sid != own and sid not in out:
            out.append(sid)
    return out


def _from_entry(entry: SourceEntry, kind: str, via: list[str]) -> Source:
    return Source(id=entry.id, name=entry.name, kind=kind, via=_via([], via, entry.id))  # type: ignore[arg-type]


def settle(doc: Document, found: Source | None) -> Source | None:
    """Return the publisher of ``doc`` given what its parser found from the text.

    Without a URL (given or the page's own) the text's answer stands, except
    that a page's ``og:site_name`` names a publisher the text does not show.
    """
    if found is None:
        return None
    office = office_header(doc)
    if office is not None:
        # An office's masthead or source line: its readout, wherever it is posted.
        return _from_entry(office, "official", found.via)
    host = domains.host_of(doc.url)
    if host is None:
        return _text_only(doc, found)
    entry = domains.entry_for_host(host)
    republished = republished_from(doc) or []
    if entry is not None:
        if entry.kind == "official" or (entry.id == found.id and (found.kind != "news" or republished_from(doc) is None)):
            return _from_entry(entry, entry.kind if entry.id != found.id else found.kind, found.via)
        kind: SourceKind = entry.kind  # type: ignore[assignment]
        if kind == "news" and (found.kind in ("wire", "aggregator") or republished_from(doc) is not None):
            kind = "aggregator"
        wire = [found.id] if found.id and found.kind == "wire" else []
        return _from_entry(entry, kind, [*wire, *republished, *found.via])
    slug = domains.site_slug(host)
    name = doc.site_name or host
    if domains.is_government(host):
        if found.kind == "official" and found.id is not None:
            return found  # an office's readout, posted by another office
        return Source(id=slug, name=name, kind="official", via=_via([], found.via, slug))
    if found.kind == "wire" or found.kind == "aggregator" or republished_from(doc) is not None:
        wire = [found.id] if found.id and found.kind == "wire" else []
        return Source(id=slug, name=name, kind="aggregator", via=_via(wire, [*republished, *found.via], slug))
    # A readout guessed from its style alone, on a site that is no government's, is retold.
    return Source(id=slug, name=name, kind="news", via=_via([], found.via, slug))


_DATELINE_CHARS = 300


def _datelined(doc: Document, sid: str) -> bool:
    """Whether the agency's signature opens the page ("BERLIN (dpa) -"): its
    own copy, whatever credit closes it."""
    return any(entry.id == sid and at <= _DATELINE_CHARS for at, entry in catalogue.evidence(doc).signed)


def _credited(doc: Document, sid: str) -> bool:
    return any(entry.id == sid for entry in credited_by_phrase(doc))


def _shown(doc: Document, sid: str) -> bool:
    return any(entry.id == sid for _, entry in catalogue.evidence(doc).signed)


def _client_language(doc: Document, sid: str) -> bool:
    entry = catalogue.by_id().get(sid)
    return entry is not None and entry.languages is not None and doc.language not in entry.languages


def _text_only(doc: Document, found: Source) -> Source:
    republished = republished_from(doc)
    if found.kind == "official" and found.id is not None and not _shown(doc, found.id):
        # An office guessed from the leader a readout opens with: the text
        # does not show who published it.
        found = Source(id=None, name=None, kind="official", via=found.via)
    own = own_outlet(doc)
    if own is not None and own.id != found.id and (found.id is None or found.kind == "wire"):
        return _own_page(own, found, republished)
    if found.kind == "wire" and found.id is not None and _client_language(doc, found.id):
        # Agency copy in a language the agency keeps no site in (Reuters in
        # French, a newswire with no public site): a client's page.
        return Source(id=None, name=None, kind="aggregator", via=_via([found.id], [*(republished or []), *found.via], None))
    if republished and found.kind == "wire" and found.id in republished and (found.id in licensed_from(doc) or not _datelined(doc, found.id) or _credited(doc, found.id)):
        # The agency's own credit closing the copy, its copyright notice to
        # clients, or a phrase crediting it ("据新华社报道"): the page
        # republishes the wire; who did, the text does not say.
        return Source(id=None, name=None, kind="aggregator", via=_via(republished, found.via, None))
    if republished and found.kind in ("news", "official", "aggregator"):
        return Source(id=found.id, name=found.name, kind="aggregator", via=_via(republished, found.via, found.id))
    if found.id is None and doc.site_name:
        entry = catalogue.by_name(doc.site_name)
        if entry is not None:
            return _from_entry(entry, entry.kind if found.kind != "aggregator" else found.kind, found.via)
        slug = domains.name_slug(doc.site_name)
        if slug is not None:
            kind = "news" if found.kind == "official" else found.kind
            return Source(id=slug, name=doc.site_name, kind=kind, via=_via([], found.via, slug))
    return found


def _own_page(own: Outlet, found: Source, republished: list[str] | None) -> Source:
    """The page of the outlet its furniture names: agency copy or a source
    credit on it make it republished, a readout guessed from its style is
    retold there."""
    wire = [found.id] if found.id and found.kind == "wire" else []
    if own.kind == "aggregator" or wire or found.kind == "aggregator" or republished is not None:
        kind: SourceKind = "aggregator"
    else:
        kind = "news"
    return Source(id=own.id, name=own.name, kind=kind, via=_via(wire, [*(republished or []), *found.via], own.id))
