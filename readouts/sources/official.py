"""Official readouts: a government office reporting its own leader's calls."""

from __future__ import annotations

from typing import ClassVar

from .._document import Document
from .._models import Source
from . import catalogue, scores
from .base import SourceParser
from .style import readout_host, readout_leader, signed_by

__all__ = ["GovernmentParser", "OfficeParser"]


class OfficeParser(SourceParser):
    """Base of the parsers for one government office: a new office is its
    ``id``, ``name``, ``domains`` and ``country``.

    It scores ``scores.OWN_SIGNATURE`` for a signature of its own (catalogue
    entries whose family is its id) and ``scores.OWN_LEADER`` for a
    self-standing readout that opens with the call of the leader of
    ``country``, and hands extraction that country as the one whose office
    speaks ("the Prime Minister" is its prime minister).
    """

    kind = "official"
    country: ClassVar[str] = ""
    """The state whose leader the office speaks for."""

    def score(self, doc: Document) -> float:
        if signed_by(doc, self.id):
            return scores.OWN_SIGNATURE
        return scores.OWN_LEADER if readout_host(doc) == self.country else scores.NONE

    def host_country(self, doc: Document) -> str | None:
        return self.country


class GovernmentParser(SourceParser):
    """Every other government office of the catalogue (White House, Downing
    Street, Bundesregierung, Palazzo Chigi, Chinese and Indian ministries...),
    and self-standing readouts of any state's leader."""

    id = "official"
    name = "Government office"
    kind = "official"
    priority = 0.4

    def score(self, doc: Document) -> float:
        if signed_by(doc, "official"):
            return scores.FAMILY_SIGNATURE
        return scores.ANY_LEADER if readout_host(doc) else scores.NONE

    def _entry_and_country(self, doc: Document) -> tuple[str | None, str | None]:
        entry = signed_by(doc, "official")
        if entry is not None:
            return entry.id, entry.country
        leader = readout_leader(doc)
        if leader is None:
            return None, None
        office = catalogue.official_for(*leader)
        return (office.id if office else None), leader[0]

    def source(self, doc: Document) -> Source | None:
        sid, _ = self._entry_and_country(doc)
        ev = catalogue.evidence(doc)
        entry = catalogue.by_id().get(sid) if sid else None
        if entry is None:
            return Source(id=None, name=None, kind="official", via=list(ev.cited))
        return Source(id=entry.id, name=entry.name, kind="official", via=[c for c in ev.cited if c != entry.id])

    def host_country(self, doc: Document) -> str | None:
        return self._entry_and_country(doc)[1]
