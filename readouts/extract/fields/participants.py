"""Who took part in a call: each person with country and role on the day,
and the words that name them."""

from __future__ import annotations

from datetime import date

from ..._models import Participant, Span, make_span
from ..draft import Draft
from ..elect import as_elect
from ..people import PersonKey
from ..story import Story

__all__ = ["call_participants", "participant_spans"]


def call_participants(story: Story, draft: Draft, when: date | None) -> list[Participant]:
    """The call's people as participants, with their offices on ``when``.

    Someone the gazetteer does not know, introduced only as a counterpart
    ("his Polish counterpart, Radosław Sikorski"), holds the other side's office.
    """
    people = [_participant(story, p, when) for p in draft.people]
    known_roles = [p.role for p in people if p.role]
    if known_roles:
        people = [
            p.model_copy(update={"role": known_roles[0]}) if p.role is None and p.name in story.resolver.counterparts else p
            for p in people
        ]
    return people


def participant_spans(story: Story, draft: Draft, people: list[Participant]) -> dict[str, list[Span]]:
    """Where the call's sentences name each of ``people`` (the headline has no place in the text)."""
    mentions: dict[str, list[Span]] = {p.name: [] for p in people}
    for f in draft.facts:
        if f.headline:
            continue
        for mention in f.mentions:
            key = story.resolver.resolve(mention)
            if key in mentions:
                mentions[key].append(make_span(mention.start, mention.end))
    return mentions


def _participant(story: Story, key: PersonKey, when: date | None) -> Participant:
    country, role = story.resolver.country_role(key, when)
    person = Participant(name=key, country=country, role=role)
    if key not in story.elect or role is None:
        return person
    # "le président élu": elect, unless on the day they already hold that office.
    leader = story.resolver.gaz.by_name.get(key)
    day = when or story.resolver.when
    if leader is not None and day is not None and any(
        t.role == role and t.start <= day and (t.end is None or day <= t.end) for t in leader.terms
    ):
        return person
    return as_elect(person)
