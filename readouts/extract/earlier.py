"""Earlier calls a call sentence dates in passing: "their previous
conversation on 5 June", "the first contact since 30 March", "after those of
16 January, 25 March and 25 April"."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from datetime import date

from .cues import cues_for
from .dates import DateRef, bare_months, resolve
from .draft import Draft
from .facts import Facts
from .fields.date import TOLD_SCAN, call_date
from .story import Story

__all__ = ["CUE_REACH", "earlier_dates", "other_medium", "other_month"]

# How many words may stand between a call cue and the date of an earlier call
# ("the call on 5 June", "un appel en date du 17 janvier"), a "since" word and
# its date ("since 5 June", "depuis le 5 juin"), an "earlier" word and its date
# ("the last time they spoke by phone was on 5 June").
CUE_REACH, _SINCE_REACH, _EARLIER_REACH = 3, 1, 6
# What may stand between two dates of one list: ", du", " et du", " and on".
_LIST_GAP = 12


def _names_day(ref: DateRef, resolved: date | None, day: date) -> bool:
    """Whether ``ref`` (``resolved`` when it could be) may name ``day``."""
    if resolved is not None:
        return resolved == day
    return (ref.month, ref.day) == (day.month, day.day) and ref.year in (None, day.year)


def _joins(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` only joins two items of a list (commas, "and", articles)."""
    gap = text[a:b]
    return 0 < len(gap) <= _LIST_GAP and not any(c.isupper() or c.isdigit() or c in ".;:()" for c in gap)



def earlier_dates(story: Story, f: Facts, draft: Draft | None) -> tuple[DateRef, ...]:
    """The dates of earlier calls a call sentence mentions in passing
    ("their previous conversation on 5 June", "the first contact since 30
    March", "after those of 16 January, 25 March and 25 April"): each is a
    call of its own between the people of the call being told (``draft``).
    """
    days = [r for r in f.dates if r.explicit and r.start >= f.dateline_end and r.event is None]
    if not days:
        return ()
    cues = cues_for(story.doc.language)
    tokens = f.tokens
    strong = [m.last for m in cues.since.finditer(tokens)]
    reaches = [(e, _SINCE_REACH) for e in strong]
    later = [m.last for m in cues.earlier.finditer(tokens)]
    reaches += [(e, _EARLIER_REACH) for e in later]
    strong += later
    if draft is not None:
        for matcher in (cues.phone, cues.video, cues.talk, cues.repeat):
            reaches += [(m.last, CUE_REACH) for m in matcher.finditer(tokens)]
    if not reaches:
        return ()
    at = {t.start: i for i, t in enumerate(tokens)}
    meetings = sorted(m.first for m in cues.meeting.finditer(tokens))
    # Sorted by position, so that each date looks only at the cues within reach of it.
    reaches.sort()
    positions = [e for e, _ in reaches]
    longest = max(n for _, n in reaches)
    strong_at = set(strong)

    def met_between(e: int, i: int) -> bool:
        k = bisect_left(meetings, e)
        return k < len(meetings) and meetings[k] < i

    current = call_date(story, draft, TOLD_SCAN)[0] if draft is not None else None
    anchor = story.segment_dates.get(f.segment) or story.anchor or current
    found: list[DateRef] = []
    previous: DateRef | None = None
    for ref in days:
        i = at.get(ref.start)
        # "the second call after the summit held on 14 March": the date is the summit's.
        window = reaches[bisect_left(positions, i - longest) : bisect_right(positions, i)] if i is not None else []
        reach = [e for e, n in window if i is not None and 0 <= i - e <= n and not met_between(e, i)]
        # "du 16 janvier, du 25 mars et du 25 avril": a list goes on from its first item.
        chained = previous is not None and _joins(f.sentence.text, previous.end - f.sentence.start, ref.start - f.sentence.start)
        previous = None
        if not reach and not chained:
            continue
        if current is not None and _names_day(ref, resolve(ref, anchor, year_hint=story.year_hint), current):
            continue
        if current is None and not (chained or f.cues.repeat or any(e in strong_at for e in reach)):
            continue  # an undated call's own date, beside its cue
        found.append(ref)
        previous = ref
    return tuple(found)


def other_medium(story: Story, f: Facts, told: Draft) -> bool:
    """Whether call sentence ``f`` tells of what was said ("Xi pointed out
    that...") with only the other medium than the one the call being told
    (``told``) was opened with, not on its day: "我同总统先生视频会晤" in a
    phone call's readout recalls an earlier call by video."""
    first = told.facts[0].cues
    if f is told.facts[0] or not f.cues.discussion or f.cues.meeting or first.phone == first.video or f.cues.phone == f.cues.video:
        return False
    if told.date_ref is not None and f.call_date is not None:
        day = resolve(told.date_ref, story.anchor)
        if day is None or day == resolve(f.call_date, story.anchor):
            return False  # the call's own day, or maybe it
    # A talk cue beside the video one is the call itself ("...by video with businessmen, after the talk").
    return f.cues.video and not f.cues.talk if first.phone else f.cues.phone


def other_month(story: Story, f: Facts, draft: Draft) -> bool:
    """Whether undated call sentence ``f`` names only a month, and not the
    month of ``draft``'s day ("the two also spoke in November" of a call
    on 21 January): an earlier call of its own, of no known day."""
    if draft.date_ref is None:
        return False
    named = {k for m in f.mentions for k in range(m.first, m.last)}  # "Theresa May" names no month
    months = [(r.year, r.month) for r in f.dates if r.month is not None and r.day is None and r.event is None]
    months += [(None, month) for k, month in bare_months(f.tokens, story.doc.language) if k not in named]
    if not months:
        return False
    day = resolve(draft.date_ref, story.segment_dates.get(draft.segment) or story.anchor)
    return day is not None and all((year or day.year, month) != (day.year, day.month) for year, month in months)
