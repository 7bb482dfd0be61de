"""The people a call sentence reports as taking part, and its caller's side."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from .cues import cues_for
from .facts import Facts
from .people import Mention, PersonKey, is_companion
from .story import Story

__all__ = ["call_persons"]

# A dash between spaces cuts a sentence into clauses ("Merkel received calls - Trump and Putin have not called yet").
_CLAUSE = re.compile(r"\s-\s")


def call_persons(story: Story, f: Facts) -> tuple[list[PersonKey], PersonKey | None]:
    """The people a call sentence reports as taking part, and its caller's side.

    Kept: people in a clause with a call cue ("Merkel received calls - Trump
    and Putin have not called yet": Merkel), nearer a call cue than a
    meeting cue ("Trump's call with Putin comes after Putin met Assad":
    not Assad), and not named before the sentence's caller unless joined
    to a call ("under the Trump administration, Xi spoke with Macron").
    """
    cues = cues_for(story.doc.language)
    calls = sorted(
        m.first for matcher in (cues.phone, cues.video, cues.talk) for m in matcher.finditer(f.tokens)
    )
    meetings = sorted(m.first for m in cues.meeting.finditer(f.tokens))
    cuts = [m.start() + f.sentence.start for m in _CLAUSE.finditer(f.sentence.text)]
    bounds = [f.sentence.start, *cuts, f.sentence.end]

    # Bisection over the sorted cue and cut offsets keeps this linear in
    # mentions plus cues, however many of each one sentence holds.
    inner = bounds[1:-1]

    def clause_of(pos: int) -> int:
        return bisect_right(inner, pos)

    def nearest(sorted_at: list[int], i: int) -> int:
        j = bisect_left(sorted_at, i)
        return min((abs(sorted_at[k] - i) for k in (j - 1, j) if 0 <= k < len(sorted_at)), default=10**6)

    call_clauses = {clause_of(f.tokens[i].start) for i in calls}
    kept: list[tuple[Mention, PersonKey]] = []
    for m in f.mentions:
        key = story.resolver.resolve(m)
        if key is None or clause_of(m.start) not in call_clauses:
            continue
        if nearest(meetings, m.first) < nearest(calls, m.first):
            continue
        kept.append((m, key))
    if not kept:
        return [], None
    companion = [is_companion(f.tokens, m, story.doc.language) for m, _ in kept]
    # The sentence's own caller: the nearest person before a call cue who is
    # not named after "with"; else the first such person.
    subject_at = None
    callers = [i for i in range(len(kept)) if not companion[i]]
    if callers:
        # The first cue with a caller before it, and the last caller before that cue.
        earliest = min(kept[i][0].last for i in callers)
        j = bisect_left(calls, earliest)
        if j < len(calls):
            cue = calls[j]
            subject_at = max(i for i in callers if kept[i][0].last <= cue)
    if subject_at is None:
        subject_at = callers[0] if callers else 0
    people: list[PersonKey] = []
    listed: set[PersonKey] = set()
    for i, (m, key) in enumerate(kept):
        if i < subject_at and not companion[i]:
            continue
        if key not in listed:
            listed.add(key)
            people.append(key)
    centre = story.hub if story.hub in people else kept[subject_at][1]
    return people, centre
