"""Extract the calls a document reports.

Three steps, each in a module of its own: ``story`` reads the text as a
whole (each sentence's facts, who the people are, the date sections, the
hub); ``grouping`` decides which sentence belongs to which call; the
builders of ``fields`` turn each group into a ``Call``.
"""

from __future__ import annotations

from .._document import Document
from .._models import Call
from .fields import build_call, shared_medium
from .fields.initiator import repeated_initiator
from .grouping import Grouper
from .story import Story

__all__ = ["extract_calls"]


def extract_calls(doc: Document, *, host_country: str | None = None, official: bool = False) -> list[Call]:
    """Return every call ``doc`` reports, in the order the text tells them.

    ``host_country`` is the state whose office publishes the text (its
    leader is the hub of the calls); ``official`` says the text is that
    office's own readout, whose paragraphs are about their call to the end.
    """
    if not doc.sentences:
        return []
    story = Story(doc, host_country, official)
    grouper = Grouper(story)
    drafts = grouper.run()
    return repeated_initiator(story, shared_medium([build_call(story, d, len(grouper.drafts)) for d in drafts]))
