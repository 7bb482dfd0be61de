"""Aggregator pages that republish or summarise other outlets
(Devdiscourse, The Week...). A wire story on an aggregator is the
aggregator's, with the wire in ``via``."""

from __future__ import annotations

from .._document import Document
from . import scores
from .base import SourceParser
from .style import republishes, signed_by


class AggregatorParser(SourceParser):
    """Pages of the catalogue's aggregators, recognised by their furniture."""

    id = "aggregator"
    name = "Aggregators"
    kind = "aggregator"
    priority = 0.7

    def score(self, doc: Document) -> float:
        if signed_by(doc, "aggregator"):
            return scores.AGGREGATOR_PAGE
        # "Leggi su Open.online": a page that sends readers to the original.
        return scores.REPUBLISHED if republishes(doc) else scores.NONE
