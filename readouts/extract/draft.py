"""A call being assembled: its people and the sentences that tell of it."""

from __future__ import annotations

from dataclasses import dataclass

from .dates import DateRef
from .facts import Facts
from .people import PersonKey

__all__ = ["Draft", "firm_facts", "own_facts"]


@dataclass(slots=True, eq=False)
class Draft:
    """A call as grouping finds it; ``extract.fields`` turns it into a ``Call``."""

    people: list[PersonKey]
    facts: list[Facts]
    segment: int
    date_ref: DateRef | None
    hollow: bool = False
    """Opened by a sentence naming only the host of a conference ("Biden
    convened a video call with European leaders"): the next may name the rest."""
    month_only: bool = False
    """Told of with a month only ("they also spoke in November"): of no known day."""
    like: Draft | None = None
    """For an earlier call mentioned in passing, the call being told: the
    sentences they share tell of that call's initiator and topics, and its
    medium stands when the mention names none."""

    @property
    def key(self) -> frozenset[PersonKey]:
        return frozenset(self.people)


def own_facts(draft: Draft) -> list[Facts]:
    """The sentences that tell of ``draft`` itself: for an earlier call,
    not those it shares with the call being told ("the call, at Draghi's
    initiative, is their first since 30 March")."""
    if draft.like is None:
        return draft.facts
    shared = {id(f) for f in draft.like.facts}
    return [f for f in draft.facts if id(f) not in shared]


def firm_facts(draft: Draft) -> list[Facts]:
    """The sentences that may give the call's medium and duration: its first,
    and the others unless about a plan or a meeting. A sentence that names
    the call's people keeps them when a clause of it looks ahead ("a phone
    call in which they agreed to meet")."""
    facts = draft.facts
    return [facts[0]] + [
        f for f in facts[1:] if not (f.cues.planned or f.cues.meeting) or f.cues.call and set(draft.people) <= set(f.persons)
    ]
