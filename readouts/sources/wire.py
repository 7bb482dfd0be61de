"""Wire services: Reuters, AFP, AP, TASS, Xinhua, ANSA, dpa, EFE and the
other agencies of the catalogue, recognised by their datelines."""

from __future__ import annotations

from .._document import Document
from . import scores
from .base import SourceParser
from .style import signed_by


class WireParser(SourceParser):
    """Agency copy: ``MOSCOW, September 15. /TASS/.``, ``(Reuters) -``."""

    id = "wire"
    name = "Wire services"
    kind = "wire"
    priority = 0.5

    def score(self, doc: Document) -> float:
        return scores.WIRE_DATELINE if signed_by(doc, "wire") else scores.NONE
