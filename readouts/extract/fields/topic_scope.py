"""Which sentences of a call tell what the call was about.

Grouping hands a call every sentence that names its people or goes on
with what was said; not all of them tell of the call's subjects. A
sentence dated before the call ("he said on 3 May" of a call on 5 May,
"the two men also spoke in November"), one that looks back
("the last time they met", "當時", "Previously, ..."), and one about
another occasion (a visit, a summit) that reports nothing said tell of
other times and places: their subjects are not the call's.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from ... import lexicon
from ..cues import cues_for
from ..dates import bare_months, resolve
from ..draft import Draft
from ..facts import Facts
from ..story import Story
from ..tokens import PhraseMatcher, morphology

__all__ = ["tells_subjects"]

# How many words may open a sentence before its background word ("And earlier, ...", "而此前").
_OPENING = 1


def tells_subjects(story: Story, draft: Draft, f: Facts, first: bool, when: date | None, medium: str | None) -> bool:
    """Whether sentence ``f`` of ``draft`` tells what the call was about
    (``first``: it is the call's first own sentence, which always does;
    ``when``: the call's date; ``medium``: its medium)."""
    if first or f.headline:
        return True
    if _other_medium(f, medium) or _other_occasion(f) or _looks_back(story, f):
        return False
    return not _elsewhen(story, draft, f, when)


def _other_medium(f: Facts, medium: str | None) -> bool:
    # "recalling their videoconference in April, when they discussed climate" in the readout of a phone call.
    return (medium == "phone" and f.cues.video) or (medium == "video" and f.cues.phone and not f.cues.video)


def _other_occasion(f: Facts) -> bool:
    # "Steinmeier, on a visit to Romania, answered a journalist": a meeting, no call, nothing discussed.
    # A sentence with a word of talking ("Duda talks with Zelensky about his visit") tells of the call.
    return f.cues.meeting and not (f.cues.discussion or f.cues.phone or f.cues.video or f.cues.talk)


def _looks_back(story: Story, f: Facts) -> bool:
    # "The last time Putin and Aliyev met was in Tianjin", "當時習近平指出" (at that time, Xi said).
    if any(True for _ in cues_for(story.doc.language).earlier.finditer(f.tokens)):
        return True
    # "Zuvor hatte der Kanzler Iran aufgefordert...", "Нагадаємо, ...": a sentence of background.
    return any(m.first <= _OPENING for m in _background(story.doc.language).finditer(f.tokens[: _OPENING + 4]))


@lexicon.derived
def _background(language: str) -> PhraseMatcher[bool]:
    return PhraseMatcher(((w, True) for w in lexicon.language(language).background_words), morphology=morphology(language))


def _elsewhen(story: Story, draft: Draft, f: Facts, when: date | None) -> bool:
    """Whether ``f`` is dated at another time than the call, before it (a
    date after it may be a plan the call made): it has a date that is not
    the call's and none that is."""
    refs = [r for r in f.dates if r.event is None and r not in f.elsewhere]
    spoke = f.cues.phone or f.cues.video or f.cues.talk
    # An office's readout is about its call to the end: a date there belongs to
    # a clause of what was said ("the G7 presidency, begun on 1 January")
    # unless the sentence tells of another conversation or meeting.
    if when is None or story.official and not (spoke or f.cues.meeting):
        return False
    anchor = story.segment_dates.get(draft.segment) or story.anchor or when
    before = same = False
    for r in refs:
        if r.day is None and r.weekday is None and r.relative is None:
            if r.month is not None and r.year is not None:
                before |= (r.year, r.month) < (when.year, when.month)
                same |= (r.year, r.month) == (when.year, when.month)
            continue
        # A date without its year is of the call's year: "the forum on 18 April"
        # in a text of a call in March is ahead of it, not a year back.
        day = resolve(replace(r, year=when.year) if r.explicit and r.year is None else r, anchor, year_hint=story.year_hint)
        if day is not None:
            before |= day < when
            same |= day == when
    # "The two men also spoke in November": a month named alone.
    # A later month is of the year before when the sentence tells of a
    # conversation ("spoke in November" of a January call), else ahead of
    # the call ("the December meeting on climate" in a September call).
    # A plan's month ("they will meet in February") is the next one of that name.
    for _, month in [] if f.cues.planned else bare_months(f.tokens, story.doc.language, marked=True):
        before |= month < when.month or (month > when.month and spoke)
        same |= month == when.month
    return before and not same
