"""The date of a call, and the words it was read from."""

from __future__ import annotations

from datetime import date

from ..._models import Span
from ..dates import resolve
from ..draft import Draft
from ..story import DATELINE_REACH, Story

__all__ = ["TOLD_SCAN", "call_date"]

# How many sentences of the call being told are read for its date while reading on.
TOLD_SCAN = 8


def call_date(story: Story, draft: Draft, scan: int | None = None) -> tuple[date | None, Span | None]:
    """The call's date and the words it was read from (from the first
    ``scan`` sentences of the call only, when given: while reading, so
    that a long text stays linear).

    A call told of with a month only has none. In order: the date of a sentence that tells the call, the day of the
    embedded post that tells it, the date line of its section, the dateline
    of agency copy just above it; else ``None``.
    """
    if draft.month_only:
        return None, None
    # "Today" under a date line means that day, not the page's publication date.
    anchor = story.segment_dates.get(draft.segment) or story.anchor
    if anchor is None and draft.like is not None:
        anchor = call_date(story, draft.like, TOLD_SCAN)[0]  # "after those of 2 February": of the told call's year
    refs = [(draft.date_ref, draft.facts[0])] if draft.date_ref else []
    refs += [
        (f.call_date, f)
        for f in (draft.facts if scan is None else draft.facts[:scan])
        # The cues first: a sentence's call date is worked out only where it may count.
        if (f.cues.call or f.cues.discussion) and not (f.cues.meeting or f.cues.planned) and f.call_date
    ]
    for ref, f in refs:
        assert ref is not None
        # "Today" in an embedded post is the day it was posted.
        posted = story.posts.get(f.sentence.paragraph, (None, None))[1]
        found = resolve(ref, posted or anchor, year_hint=story.year_hint)
        if found is not None:
            return found, _span(story, ref.start, ref.end)
    # A post that tells of a call ("Just spoke with...") was written the day of it.
    posted = next((day for f in draft.facts[:TOLD_SCAN] if f.cues.call for day in (story.posts.get(f.sentence.paragraph, (None, None))[1],) if day), None)
    if posted is not None:
        return posted, None
    # A date line above the first call is an office's date of the call, but
    # a news page's own date: a call it reports may be of another day.
    if story.segment_dates.get(draft.segment) and (draft.segment > 0 or story.official):
        return story.segment_dates[draft.segment], story.segment_spans.get(draft.segment)
    # Agency copy reports the day's calls under its dateline ("MOSCOW, September 15. /TASS/.").
    if story.dateline and 0 <= draft.facts[0].sentence.index - story.dateline_at < DATELINE_REACH:
        return story.dateline, story.dateline_span
    return None, None


def _span(story: Story, start: int, end: int) -> Span | None:
    # Headline offsets are not offsets of the text.
    return Span(start=start, end=end) if 0 <= start < end <= len(story.doc.text) else None
