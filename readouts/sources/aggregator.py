"""Aggregator pages that republish or summarise other outlets
(Devdiscourse, The Week...). A wire story on an aggregator is the
aggregator's, with the wire in ``via``."""

from __future__ import annotations

from .._document import Document
from .base import SourceParser
from .style import signed_by


class AggregatorParser(SourceParser):
    """Pages of the catalogue's aggregators, recognised by their furniture."""

    id = "aggregator"
    name = "Aggregators"
    kind = "aggregator"
    priority = 0.7

    def score(self, doc: Document) -> float:
        return 0.95 if signed_by(doc, "aggregator") else 0.0
