"""What a page shows of its publishers, read once before a source parser is
picked: the parsers' scores, their ``source`` and the publisher's settling
all read it."""

from __future__ import annotations

from dataclasses import dataclass

from .. import _budget
from .._document import Document
from ..lexicon.schema import SourceEntry
from .catalogue import Evidence, read_evidence
from .credits import read_credits, read_office, read_republished
from .own import Outlet, read_outlet
from .style import read_leader

__all__ = ["Signals", "read_signals"]


@dataclass(frozen=True, slots=True)
class Signals:
    """The publishers a page shows and cites, and how it speaks."""

    evidence: Evidence
    """Signatures, mastheads and the URL's domain; outlets cited."""
    leader: tuple[str, str | None] | None
    """``(country, role)`` of the leader a self-standing readout opens with."""
    credits: tuple[SourceEntry | None, ...]
    """Publishers named on source lines (``None``: a line naming none of the catalogue)."""
    republished: tuple[str, ...] | None
    """Outlets whose copy the page carries; ``None``: no sign of republishing."""
    licensed: tuple[str, ...]
    """Agencies whose copyright notice to clients the page's foot carries."""
    office: SourceEntry | None
    """The office whose masthead, header, dateline or source line the page shows."""
    outlet: Outlet | None = None
    """The outlet the page's furniture names as its own ("Log in to your ... account")."""


def read_signals(doc: Document) -> Signals:
    """Read what ``doc`` shows of its publishers (its reading, its URL and
    its page date, ``doc.anchor``, are read first).

    Raises:
        ParseTimeoutError: the time budget of ``parse`` ran out.
    """
    evidence = read_evidence(doc)
    _budget.check("signals")
    credits = read_credits(doc)
    republished, licensed = read_republished(doc, credits)
    _budget.check("signals")
    return Signals(
        evidence=evidence,
        leader=read_leader(doc, evidence),
        credits=tuple(credits),
        republished=tuple(republished) if republished is not None else None,
        licensed=tuple(licensed),
        office=read_office(doc, credits),
        outlet=read_outlet(doc),
    )
