"""Calls by a crowd of leaders: "many foreign leaders had a call with Trump",
"among other callers were A, B and C"."""

from __future__ import annotations

from .call_persons import clause_end
from .cues import cues_for
from .draft import Draft
from .facts import Facts
from .people import PersonKey, vocabulary
from .story import Story

__all__ = ["crowd_of"]

# How many words may stand between a crowd word and its noun ("many other
# foreign leaders"), how many between the noun and a crowd word after it
# ("dirigeants étrangers", "líderes mundiales"), and how far before the noun
# a "with" word makes the crowd one conference ("the call with other leaders").
_CROWD_NOUN_AFTER, _CROWD_NOUN_BEFORE, _CROWD_COMPANION_REACH = 2, 1, 3


def crowd_of(story: Story, f: Facts, told: Draft | None) -> tuple[PersonKey, list[PersonKey]] | None:
    """Whether ``f`` tells of calls by a crowd of leaders ("many foreign
    leaders had a call with Trump", "among other callers were A, B and C"):
    the person they called and the callers it names (maybe none yet).
    One conference of many ("a video call with other world leaders") is no crowd.
    """
    if f.cues.video or f.cues.meeting:
        return None
    cues = cues_for(story.doc.language)
    tokens = f.tokens
    # "with" words, not "and" ones: "Macron and other leaders called Trump" is a crowd.
    vocab = vocabulary(story.doc.language)
    companions = vocab.companions - vocab.conjunctions
    words = list(cues.crowd_words.finditer(tokens))
    if not words:
        return None
    # Word ends and starts as sets: a noun is looked up beside them, not against each.
    ends, starts = {w.last for w in words}, {w.first for w in words}
    noun = next(
        (
            m
            for m in cues.crowd_nouns.finditer(tokens)
            if ends & set(range(m.first - _CROWD_NOUN_AFTER, m.first + 1))
            or starts & set(range(m.last, m.last + _CROWD_NOUN_BEFORE + 1))
        ),
        None,
    )
    if noun is None or any(t.fold in companions for t in tokens[max(0, noun.first - _CROWD_COMPANION_REACH) : noun.first]):
        return None  # "Meloni took part in the call with other leaders": one conference
    if any(m.first < noun.first - _CROWD_NOUN_AFTER or m.first >= noun.last for m in cues.joint.finditer(tokens)):
        return None  # a joint cue of its own, not "among other callers"
    after: list[PersonKey] = []
    # Only the noun's clause lists callers: "Merkel received congratulations from many leaders - Trump has not called".
    end = clause_end(f, tokens[noun.last - 1].end)
    for mention in f.mentions:
        key = story.resolver.resolve(mention)
        if key is not None and noun.last <= mention.first and mention.start < end and key not in after:  # mentions are capped
            after.append(key)
    if len(after) == 1:
        return after[0], []
    called = story.hub
    if told is not None and len(after) > 1:
        free = [p for p in told.people if p not in after]
        called = story.hub if story.hub in free else free[0] if free else story.hub
    if called is None:
        return None
    return called, [p for p in after if p != called]
