"""What a call was about: topic labels and the words they were read from."""

from __future__ import annotations

from datetime import date

from ..._models import Span, make_span
from ..cues import cues_for
from ..draft import Draft, own_facts
from ..facts import Facts
from ..people import vocabulary
from ..story import Story
from ..topics import find_topic_spans
from .initiator import caller_spans
from .topic_scope import tells_subjects

__all__ = ["call_topics"]

# How far "talks" may stand from "with", and "with" from the person ("talks with President Putin").
_WITH_REACH = 3


def call_topics(story: Story, draft: Draft, medium: str | None = None, when: date | None = None) -> dict[str, list[Span]]:
    """Each topic label the call's own sentences give, with its spans
    (none for the headline, which has no place in the text).

    Only the sentences that tell what the call was about count
    (``topic_scope.tells_subjects``: not those of another medium, another
    time or another occasion); ``when`` is the call's date, ``medium`` its medium.
    """
    topics: dict[str, list[Span]] = {}
    for n, f in enumerate(own_facts(draft)):
        # The keywords first: most sentences of real texts have none, and then their scope is moot.
        found = _topic_spans(story, f)
        if not found or not tells_subjects(story, draft, f, n == 0, when, medium):
            continue
        for label, a, b in found:
            spans = topics.setdefault(label, [])
            if not f.headline:
                spans.append(make_span(a, b))
    return topics


def _topic_spans(story: Story, f: Facts) -> list[tuple[str, int, int]]:
    if f.sentence.index not in story.topics:
        story.topics[f.sentence.index] = find_topic_spans(f.tokens, story.doc.language, lambda: _skipped(story, f))
    return story.topics[f.sentence.index]


def _skipped(story: Story, f: Facts) -> set[int]:
    """The tokens of ``f`` that give no topic: titles and names ("President
    of Ukraine"), the words of the call itself ("телефонных переговоров",
    "talks with Putin"), and those of the phrase that says who called ("по
    инициативе украинской стороны", "at the request of the Turkish side")."""
    language = story.doc.language
    skip = {i for m in f.mentions for i in range(m.first, m.last)}
    cues = cues_for(language)
    media: set[int] = set()
    for matcher in (cues.phone, cues.video, cues.talk):
        for m in matcher.finditer(f.tokens):
            skip.update(range(m.first, m.last))
            if matcher is not cues.talk:
                media.add(m.first)
    if media:
        # "переговори по відеозв'язку", "telephone talks": talks by a medium are the call itself.
        for m in cues.talks.finditer(f.tokens):
            if media & set(range(m.first - _WITH_REACH, m.last + _WITH_REACH)):
                skip.update(range(m.first, m.last))
    if f.mentions:
        companions = vocabulary(language).companions
        starts = {m.first for m in f.mentions}
        for m in cues.talks.finditer(f.tokens):
            after = range(m.last, min(len(f.tokens), m.last + _WITH_REACH))
            if any(f.tokens[k].fold in companions and starts & set(range(k + 1, k + 1 + _WITH_REACH)) for k in after):
                skip.update(range(m.first, m.last))
    for a, b in caller_spans(story, f):
        skip.update(i for i, t in enumerate(f.tokens) if a <= t.start and t.end <= b)
    return skip
