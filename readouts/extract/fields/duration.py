"""How long a call lasted."""

from __future__ import annotations

from datetime import timedelta

from ..._models import Span
from ..draft import Draft, firm_facts
from ..durations import find_duration
from ..facts import Facts
from ..story import Story

__all__ = ["call_duration"]


def call_duration(story: Story, draft: Draft) -> tuple[timedelta | None, list[Span]]:
    """The first duration its sentences give that belongs to this call, and its words."""
    for f in firm_facts(draft):
        found = _duration(story, f)
        if found is not None and _owns(story, draft, f, found[1]):
            spans = [Span(start=f.tokens[found[1]].start, end=f.tokens[found[2] - 1].end)] if not f.headline else []
            return timedelta(minutes=found[0]), spans
    return None, []


def _duration(story: Story, f: Facts) -> tuple[int, int, int] | None:
    if f.sentence.index not in story.durations:
        story.durations[f.sentence.index] = find_duration(f.tokens, story.doc.language)
    return story.durations[f.sentence.index]


def _owns(story: Story, draft: Draft, f: Facts, index: int) -> bool:
    """Whether what stands at token ``index`` of ``f`` belongs to ``draft``:
    in a sentence naming several counterparts, the nearest one's call."""
    resolver = story.resolver
    named = [m for m in f.mentions if resolver.resolve(m) not in (None, story.hub)]
    if len({resolver.resolve(m) for m in named}) < 2:
        return True
    nearest = min(named, key=lambda m: min(abs(m.first - index), abs(m.last - 1 - index)))
    return resolver.resolve(nearest) in draft.people
