"""What the ledger compares: who took part, on which day, and what else two reports share.

The rules that decide whether two reports are of one call are named
constants here, each with the reason for its value; ``readouts._ledger``
applies them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from . import lexicon
from ._models import Call, Participant, Readout
from .extract.dates import DateRef, dateline_end, find_dates, resolve
from .extract.tokens import fold, phrase_tokens, tokenize

__all__ = [
    "DURATION_TOLERANCE",
    "GENERIC_TOPICS",
    "LOOSE_CANDIDATES",
    "MIN_SUPPORT",
    "STRONG_SUPPORT",
    "TIME_ZONE_DAYS",
    "TIME_ZONE_HOURS",
    "WINDOW_DAYS",
    "DayBasis",
    "Clues",
    "clues",
    "content_key",
    "far_apart",
    "participants_key",
    "person_key",
    "support",
]

WINDOW_DAYS = 2
"""How many days a page's publication date may follow the call it reports
when the page gives no call date (agency copy and aggregators publish the
next day, weeklies later), and how far apart two reports' days may be at
most before they are two calls, whatever else they share."""

TIME_ZONE_DAYS = 1
"""How many days two stated call dates may differ and still be one call:
Beijing's Friday morning is Washington's Thursday evening, so each side
dates the call by its own calendar. Such a match needs ``MIN_SUPPORT``
or ``STRONG_SUPPORT`` (see ``TIME_ZONE_HOURS``)."""

MIN_SUPPORT = 1
"""How many shared facts (a topic both mention, the same initiator, durations
that agree) a match needs when the dates alone do not settle it: dates a day
apart, or a report with no date at all matched to the only dated event of
its participants (there ``GENERIC_TOPICS`` do not count). Two reports
with no date at all need ``STRONG_SUPPORT``."""

STRONG_SUPPORT = 2
"""How many shared facts the doubtful matches need: a report joining an
event of the same stated day whose participants differ from its own by one
person (a third leader named in passing, "amid the threats of Donald Trump",
is a common misreading of a two-party call, but a bilateral call and a
three-party one on the same day are two calls); and dates a day apart
between sides whose clocks are close (see ``TIME_ZONE_HOURS``)."""

TIME_ZONE_HOURS = 4.0
"""Sides whose seats of government are at least this many hours apart date
one call by two calendar days often (a call at 20:00 in one is past midnight
in the other): between them dates a day apart need ``MIN_SUPPORT``.
Between closer sides a day apart is more often a misdated report or another
call, and needs ``STRONG_SUPPORT``."""

GENERIC_TOPICS = frozenset({"bilateral-relations"})
"""Topics nearly every call between two leaders touches: they support a
match whose dates are close, but tell nothing about which call an undated
report is of."""

DURATION_TOLERANCE = 0.2
"""Two durations agree when they differ by at most this share of the longer
one ("more than an hour" and "70 minutes" are the same call)."""

LOOSE_CANDIDATES = 8
"""A report with no day at all is compared with the events of its
participants only when they have at most this many: beyond that it cannot be
told which one it is, and the bound keeps the ledger linear."""

DayBasis = Literal["stated", "completed", "published", "clue", "none"]
"""How a report's day was found: the call date the text states (``stated``);
a yearless date in the call's sentences completed with the year of the
text's publication date (``completed``); the publication date alone
(``published``); a weekday, a yearless date or a yearless agency dateline,
with no year to complete it (``clue``); nothing (``none``)."""


def content_key(readout: Readout) -> str:
    """A key of the text itself: the same text parsed twice gets the same key,
    the same readout republished by another outlet (another source) does not.

    Returns:
        The first 16 hex digits of a SHA-256 of the source, the title and the
        body, case-folded with whitespace collapsed.
    """
    source = readout.source.id if readout.source and readout.source.id else ""
    parts = (source, readout.title or "", readout.text)
    normalised = "\x00".join(" ".join(unicodedata.normalize("NFKC", p).casefold().split()) for p in parts)
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:16]


@lru_cache(maxsize=1)
def _aliases() -> dict[str, str]:
    # Every spelling of the gazetteer, folded, -> the person's English name:
    # "Wladimir Putin", "Poutine", "Путин" are one person.
    out: dict[str, str] = {}
    for person in lexicon.leaders().leaders:
        for alias in (person.name, *person.aliases):
            out.setdefault(" ".join(phrase_tokens(alias)), person.name)
    return out


def person_key(participant: Participant) -> str:
    """The person a participant is, whatever the spelling: the gazetteer's
    English name when the name is one of its spellings, else the name folded
    (case and accents ignored)."""
    return _name_key(participant.name)


@lru_cache(maxsize=65536)
def _name_key(name: str) -> str:
    folded = " ".join(phrase_tokens(name))
    return fold(_aliases().get(folded, folded))


def participants_key(call: Call) -> tuple[str, ...]:
    """The set of people in ``call``, as a sorted tuple of ``person_key``."""
    return tuple(sorted({person_key(p) for p in call.participants}))


@dataclass(frozen=True, slots=True)
class Clues:
    """Day words of a call's sentences that no date could be read from."""

    month_days: frozenset[tuple[int, int]] = frozenset()
    """``(month, day)`` of dates with no year ("12 February")."""
    weekdays: frozenset[int] = frozenset()
    """Weekday numbers, Monday 0 ("on Saturday")."""
    completed: dt.date | None = None
    """The first yearless date, given the year of the publication date."""
    dateline: tuple[int, int] | None = None
    """``(month, day)`` of an agency dateline with no year ("BERLIN, Dec 3
    (Reuters) -"): the day the text was filed, not the day of the call."""


def clues(readout: Readout, call: Call) -> Clues:
    """Read the day words of the sentences ``call`` was read from.

    Only useful for a call with no date: the parser found no date it could
    pin down, but "в субботу, 12 февраля" with no year still tells the day.
    A day and month that another call of the text is dated by belong to that
    call ("the previous conversation, on 12 February"), not to this one; a
    yearless agency dateline is the day the text was filed.

    Returns:
        The yearless dates and weekdays found (empty when there are none),
        and the first yearless date completed from ``readout.published``.
    """
    month_days: set[tuple[int, int]] = set()
    weekdays: set[int] = set()
    first: DateRef | None = None
    taken = {(c.date.month, c.date.day) for c in readout.calls if c.date is not None}
    dateline = None
    end = dateline_end(readout.text)
    if end > 0 and readout.published is None:
        head = readout.text[:end]
        dated = [r for r in find_dates(head, tokenize(head), readout.language) if r.explicit and r.year is None]
        if dated and dated[0].month is not None and dated[0].day is not None:
            dateline = (dated[0].month, dated[0].day)
    for span in call.evidence:
        sentence = span.of(readout.text)
        for ref in find_dates(sentence, tokenize(sentence, span.start), readout.language, span.start):
            if ref.event is not None:
                continue  # "the elections of 9 August": the elections' day, not the call's
            if ref.month is not None and ref.day is not None and ref.year is None:
                if (ref.month, ref.day) in taken or (end > 0 and ref.start < end):
                    continue
                month_days.add((ref.month, ref.day))
                first = first or ref
            elif ref.weekday is not None:
                weekdays.add(ref.weekday)
    completed = resolve(first, readout.published) if first and readout.published else None
    return Clues(frozenset(month_days), frozenset(weekdays), completed, dateline)


def far_apart(call: Call) -> bool:
    """Whether the participants' seats of government are
    ``TIME_ZONE_HOURS`` or more apart (also when fewer than two of their
    countries are known: nothing shows the clocks are close)."""
    offsets = lexicon.time_zones().offsets
    known = [offsets[p.country] for p in call.participants if p.country in offsets]
    return len(known) < 2 or max(known) - min(known) >= TIME_ZONE_HOURS


def _durations_agree(a: int, b: int) -> bool:
    return abs(a - b) <= DURATION_TOLERANCE * max(a, b)


def support(
    a: Call, topics: frozenset[str], initiators: frozenset[str], durations: frozenset[int], *, specific: bool = False
) -> int:
    """Count what call ``a`` shares with an event: each topic both mention,
    the same initiator, a duration that agrees with one the event states.

    Args:
        a: the call of the report being placed.
        topics: the event's topics so far.
        initiators: the person keys of the initiators the event's reports name.
        durations: the durations in minutes the event's reports state.
        specific: leave ``GENERIC_TOPICS`` out (for reports with no date).

    Returns:
        The number of shared facts (0 when nothing is shared).
    """
    shared = len(topics.intersection(a.topics).difference(GENERIC_TOPICS if specific else ()))
    if a.initiator is not None and person_key(a.initiator) in initiators:
        shared += 1
    minutes = a.duration_minutes
    if minutes is not None and any(_durations_agree(minutes, d) for d in durations):
        shared += 1
    return shared
