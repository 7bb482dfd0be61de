"""News outlets' own reporting, and the fallback for texts that show no
publisher."""

from __future__ import annotations

from .._document import Document
from .._models import Source
from . import catalogue, scores
from .base import SourceParser
from .style import signed_by


class NewsParser(SourceParser):
    """Any text that retells a call; publisher named when the page shows it."""

    id = "news"
    name = "News outlets"
    kind = "news"
    priority = 0.0

    def score(self, doc: Document) -> float:
        # An outlet's own signature (its footer) outranks the wire it credits.
        return scores.FAMILY_SIGNATURE if signed_by(doc, "news") else scores.FALLBACK

    def source(self, doc: Document) -> Source | None:
        entry = signed_by(doc, "news")
        cited = catalogue.evidence(doc).cited
        if entry is None:
            return Source(id=None, name=None, kind="news", via=list(cited))
        return Source(id=entry.id, name=entry.name, kind="news", via=[c for c in cited if c != entry.id])
