"""The builders of a call's fields, and ``build_call``, which turns a draft
of grouped sentences into a ``Call`` with them."""

from __future__ import annotations

from ... import _budget
from ..._models import Call, CallEvidence, make_span
from ..draft import Draft
from ..story import Story
from .date import call_date
from .duration import call_duration
from .initiator import call_initiator
from .medium import call_medium, shared_medium
from .participants import call_participants, participant_spans
from .topics import call_topics

__all__ = ["build_call", "shared_medium"]


def build_call(story: Story, draft: Draft, opened: int) -> Call:
    """The ``Call`` ``draft`` tells, every field with the spans it was read
    from (``opened``: how many calls grouping opened in the whole text)."""
    _budget.check("extract")
    when, date_span = call_date(story, draft)
    people = call_participants(story, draft, when)
    medium, medium_spans = call_medium(story, draft, opened)
    duration, duration_spans = call_duration(story, draft)
    initiator, initiator_spans = call_initiator(story, draft, people)
    topics = call_topics(story, draft, medium, when)
    # The headline has no place in the text.
    evidence = sorted({(f.sentence.start, f.sentence.end) for f in draft.facts if not f.headline})
    return Call(
        participants=people,
        initiator=initiator,
        date=when,
        duration=duration,
        medium=medium,  # type: ignore[arg-type]
        topics=sorted(topics),
        evidence=[make_span(s, e) for s, e in evidence],
        field_evidence=CallEvidence(
            participants=participant_spans(story, draft, people),
            initiator=initiator_spans,
            date=[date_span] if date_span else [],
            duration=duration_spans,
            medium=medium_spans,
            topics={k: v for k, v in sorted(topics.items())},
        ),
    )
